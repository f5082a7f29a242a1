"""Full vowels of a word in its sentence, from the chosen reading.

The lexicon's prefix + stem + suffix vocalizations, joined as they are, leave what a learner
needs to read the word aloud unmarked where two parts meet. Once the reading is chosen, this
module completes them:

- the article's lam before a sun letter is silent and the sun letter doubled (الشَّمْس, no
  sukun on the lam); before a moon letter the lam has a sukun (الْقَمَر); before hamzat
  al-wasl it takes a kasra and the alef is silent (الِانْتِخابات);
- hamzat al-wasl is written as a plain alef, as school texts and learners' dictionaries print
  it (the lexicon's alef wasla is already one): its vowel is shown only at the start of a word
  (اِجْتَمَعَ), not after a proclitic, where it is not pronounced (وَاجْتَمَعَ);
- proclitics keep the lexicon's vowels (بِ، لِ، وَ، فَ، كَ، سَـ);
- the pronouns ـه، ـهم، ـهما، ـهن take their vowel: ـهِ after a kasra or ي and where the
  case is certainly genitive (after a preposition, its proclitic, or a noun in construct),
  ـهُ elsewhere; ـهم ends in a sukun.

Case endings are not added: the lexicon leaves the case vowel out, and so does this module.
Only ``vocalized`` changes; lemma, part of speech and every other field stay as chosen.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from exercises.arabic.analysis_types import Analysis

SUN_LETTERS = frozenset("تثدذرزسشصضطظلن")
FATHA, DAMMA, KASRA, SHADDA, SUKUN = "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"
_SHORT_VOWELS = frozenset((FATHA, DAMMA, KASRA))
_MARKS = frozenset(chr(code) for code in range(0x064B, 0x0653)) | {"\u0670"}
_TANWEEN = frozenset("\u064b\u064c\u064d")
_ARTICLE_TAG = "Al/DET"
_PREPOSITION_CLITICS = frozenset({"bi/PREP", "li/PREP", "ka/PREP"})
# Buckwalter morphemes of the third-person pronouns, whose vowel follows what precedes them.
_HA_PRONOUNS = {"hu": "ه", "hum": "هم", "humA": "هما", "hun~a": "هن"}
# Suffixes a noun in construct (مُدِير الشَّرِكَة) may carry: no pronoun, no nunation.
_CONSTRUCT_SUFFIXES = frozenset({"ap/NSUFF_FEM_SG", "At/NSUFF_FEM_PL", "|t/NSUFF_FEM_PL"})

Unit = list[str]  # [letter, its marks]


def full_vowels(
    chosen: Sequence[Analysis | None], sentence_starts: frozenset[int] = frozenset()
) -> list[Analysis | None]:
    """Every chosen reading with its word's full vowels (see the module's docstring).

    Args:
        chosen: one reading per word token, in order (``None`` where there is none).
        sentence_starts: positions of the words that begin a sentence; a word's genitive case
            is read off the word before it only within one sentence.
    """
    result: list[Analysis | None] = []
    for position, analysis in enumerate(chosen):
        if analysis is not None and (analysis.prefix_text or analysis.suffixes):
            # only a ـه pronoun (hu, hum, humA, hun~a) asks whether the case is genitive
            genitive = (
                (
                    analysis.suffixes[-1].startswith("hu")
                    and position > 0
                    and position not in sentence_starts
                    and _governs_genitive(chosen[position - 1])
                )
                if analysis.suffixes
                else False
            )
            analysis = _with_vowels(analysis, genitive)
        result.append(analysis)
    return result


@lru_cache(maxsize=65_536)
def _with_vowels(analysis: Analysis, genitive: bool) -> Analysis:
    # by value: a text pays once for each reading of a written form
    vowels = word_vowels(analysis, genitive=genitive)
    if vowels == analysis.vocalized:
        return analysis
    return dataclasses.replace(analysis, vocalized=vowels)


def word_vowels(analysis: Analysis, *, genitive: bool = False) -> str:
    """The reading's whole word with full vowels; ``genitive``: the case is known genitive."""
    units = _units(analysis.vocalized)
    prefix_length = len(analysis.prefix_text)
    letters = "".join(unit[0] for unit in units)
    if not letters.startswith(analysis.prefix_text) or len(units) <= prefix_length:
        return analysis.vocalized
    if _has_article(analysis, units):
        _join_article(units, analysis.prefix_text)
    elif prefix_length:
        _silence_wasla(units[prefix_length])
    genitive = genitive or not _PREPOSITION_CLITICS.isdisjoint(analysis.prefixes)
    _vowel_pronoun(units, analysis.suffixes, genitive=genitive)
    return unicodedata.normalize("NFC", "".join(letter + marks for letter, marks in units))


def _units(text: str) -> list[Unit]:
    units: list[Unit] = []
    for char in text:
        if char in _MARKS and units:
            units[-1][1] += char
        elif char not in _MARKS:
            units.append([char, ""])
    return units


def _has_article(analysis: Analysis, units: list[Unit]) -> bool:
    prefix_text = analysis.prefix_text
    if _ARTICLE_TAG not in analysis.prefixes or not prefix_text:
        return False
    # لِ + ال before a lam is written with one lam (لِلُغَة): the stem's lam follows.
    return prefix_text.endswith(("ال", "لل")) or (
        prefix_text.endswith("ل") and units[len(prefix_text)][0] == "ل"
    )


def _join_article(units: list[Unit], prefix_text: str) -> None:
    """The article's lam against the stem's first letter."""
    first = units[len(prefix_text)]
    # بِال، وَال، لِل: the article's lam is written; لِ + لُغَة (لِلُّغَة) shares the stem's lam.
    lam = units[len(prefix_text) - 1] if prefix_text.endswith(("ال", "لل")) else None
    if first[0] == "ا" and _SHORT_VOWELS & set(first[1]):
        if lam is not None:
            lam[1] = KASRA
        _silence_wasla(first)
    elif first[0] in SUN_LETTERS:
        if lam is not None:
            lam[1] = lam[1].replace(SUKUN, "")
        if SHADDA not in first[1]:
            first[1] = SHADDA + first[1]
    elif lam is not None and not lam[1]:
        lam[1] = SUKUN


def _silence_wasla(unit: Unit) -> None:
    """Hamzat al-wasl inside the word (after a proclitic) is not pronounced: a plain alef."""
    if unit[0] == "ا" and not _TANWEEN & set(unit[1]):
        unit[1] = "".join(mark for mark in unit[1] if mark not in _SHORT_VOWELS)


def _vowel_pronoun(units: list[Unit], suffixes: tuple[str, ...], *, genitive: bool) -> None:
    """ـه، ـهم، ـهما، ـهن that the lexicon left bare take their vowel."""
    if not suffixes:
        return
    morpheme = suffixes[-1].split("/", 1)[0]
    written = _HA_PRONOUNS.get(morpheme)
    if written is None or len(units) <= len(written):
        return
    start = len(units) - len(written)
    ha = units[start]
    if "".join(unit[0] for unit in units[start:]) != written or ha[0] != "ه" or ha[1]:
        return
    before = units[start - 1]
    after_i = KASRA in before[1] or (before[0] == "ي" and before[1] in ("", SUKUN))
    ha[1] = KASRA if after_i or genitive else DAMMA
    if morpheme == "hum" and not units[-1][1]:
        units[-1][1] = SUKUN


def _governs_genitive(previous: Analysis | None) -> bool:
    """Whether the word after ``previous`` is certainly genitive: after a bare preposition, or
    after a noun in construct (no article, no pronoun, no nunation)."""
    if previous is None:
        return False
    if previous.pos == "ADP":
        return not previous.suffixes
    return (
        previous.pos == "NOUN"
        and _ARTICLE_TAG not in previous.prefixes
        and all(tag in _CONSTRUCT_SUFFIXES or tag.endswith("_POSS") for tag in previous.suffixes)
        and not _TANWEEN & set(previous.vocalized)
    )
