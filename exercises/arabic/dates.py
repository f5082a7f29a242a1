"""Era abbreviations after a year: 480 ق. م (before Christ), 1258 م (AD), 1250 هـ (Hijri).

The lexicon reads each of these letters as a spelt-out name (ABBREV). After a year they are
words: ق stands for قَبْل (before, a preposition), م for المِيلاد / مِيلادِيّ (of the birth of
Christ) and هـ for هِجْرِيّ (of the Hijra), both nouns as the Arabic UD treebanks tag them.
"""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.normalize import bare
from exercises.arabic.types import Analysis, Token

_ERAS = {
    "ق": ("ADP", "before (qabl, in a date: BC)"),
    "م": ("NOUN", "AD (milādī, in a date)"),
    "ه": ("NOUN", "AH (hijrī, in a date)"),
}
_BEFORE = "ق"
ERA_TAG = "ERA_ABBREV"


def mark_era_abbreviations(
    tokens: Sequence[Token], word_tokens: Sequence[Token], chosen: list[Analysis | None]
) -> list[Analysis | None]:
    """Read ق، م and هـ after a year (or م after ق.) as the words they abbreviate.

    Args:
        tokens: all tokens of the document, words, numbers and punctuation.
        word_tokens: the word tokens, in the order of ``chosen``.
        chosen: the reading chosen for each word token.

    Returns:
        The readings, with era abbreviations in dates replaced.
    """
    result = list(chosen)
    for position, token in enumerate(word_tokens):
        letter = bare(token.text).rstrip("ـ")
        if letter not in _ERAS or not _in_date(tokens, token.index, letter):
            continue
        pos, gloss = _ERAS[letter]
        result[position] = Analysis(
            lemma=letter,
            lemma_vocalized=letter,
            vocalized=token.text,
            pos=pos,
            tag=ERA_TAG,
            stem=letter,
            gloss=gloss,
            lemma_id=f"era:{letter}",
        )
    return result


def _in_date(tokens: Sequence[Token], index: int, letter: str) -> bool:
    """Whether the letter follows a year in digits (480 ق، 1258 م) or م follows ق. (ق. م)."""
    before = index - 1
    if before >= 0 and tokens[before].kind == "punct" and tokens[before].text == ".":
        before -= 1
        if letter == _BEFORE:
            return False  # the year comes right before ق
    if before < 0:
        return False
    previous = tokens[before]
    if previous.kind == "number":
        return index - before == 1
    return previous.kind == "word" and bare(previous.text) == _BEFORE and letter != _BEFORE
