"""Era abbreviations after a year: 480 ق. م (before Christ), 1258 م (AD), 1250 هـ (Hijri).

The lexicon reads each of these letters as a spelt-out name (ABBREV). After a year they are
words: ق stands for قَبْل (before, a preposition), م for المِيلاد / مِيلادِيّ (of the birth of
Christ) and هـ for هِجْرِيّ (of the Hijra), both nouns as the Arabic UD treebanks tag them.
A year is a number of three or four digits, or any number after عام or سنة: 5 م is five
metres, not a date.
"""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.analysis_types import Analysis, Token
from exercises.arabic.text.normalize import bare, normalize_key

ERA_TAG = "ERA_ABBREV"
_ERAS = {
    "ق": ("ADP", "before (qabl, in a date: BC)"),
    "م": ("NOUN", "AD (milādī, in a date)"),
    "ه": ("NOUN", "AH (hijrī, in a date)"),
}
_BEFORE = "ق"
_YEAR_WORDS = frozenset(normalize_key(word) for word in ("عام", "سنة", "العام", "السنة"))
_YEAR_DIGITS = (3, 4)


def era_readings(tokens: Sequence[Token], word_tokens: Sequence[Token]) -> dict[int, Analysis]:
    """The readings of ق، م and هـ that stand in a date, by position among the word tokens.

    Args:
        tokens: all tokens of the document, words, numbers and punctuation.
        word_tokens: the word tokens, in order.

    Returns:
        Position (in ``word_tokens``) -> the era reading, for the letters after a year (or م
        after such a ق.).
    """
    readings = {}
    for position, token in enumerate(word_tokens):
        letter = _letter(token)
        if letter in _ERAS and _in_date(tokens, token.index, letter):
            pos, gloss = _ERAS[letter]
            readings[position] = Analysis(
                lemma=letter,
                lemma_vocalized=letter,
                vocalized=token.text,
                pos=pos,
                tag=ERA_TAG,
                stem=letter,
                gloss=gloss,
                lemma_id=f"era:{letter}",
            )
    return readings


def _letter(token: Token) -> str:
    return bare(token.text).rstrip("ـ")


def _in_date(tokens: Sequence[Token], index: int, letter: str) -> bool:
    """Whether the letter follows a year (480 ق، 1258 م) or م follows ق. of a date (ق. م)."""
    before = index - 1
    if before >= 0 and tokens[before].kind == "punct" and tokens[before].text == ".":
        if letter == _BEFORE:
            return False  # the year comes right before ق
        before -= 1
    if before < 0:
        return False
    previous = tokens[before]
    if previous.kind == "number":
        return before == index - 1 and _is_year(tokens, before)
    return (
        letter != _BEFORE
        and previous.kind == "word"
        and _letter(previous) == _BEFORE
        and _in_date(tokens, before, _BEFORE)
    )


def _is_year(tokens: Sequence[Token], index: int) -> bool:
    """A number of three or four digits, or one after عام or سنة."""
    digits = sum(character.isdigit() for character in tokens[index].text)
    if digits in _YEAR_DIGITS:
        return True
    previous = tokens[index - 1] if index > 0 else None
    return previous is not None and normalize_key(previous.text) in _YEAR_WORDS
