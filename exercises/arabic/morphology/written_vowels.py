"""The vowel marks a writer put on a word, as evidence for its reading.

News is mostly unvowelled, but a writer marks a word where it could be misread: ويُفتتح (the
passive), كُتب. A reading whose vowels contradict a written mark is not the word on the page;
a mark left out says nothing, and the last letter's (the case ending) is the context's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.text.normalize import normalize_key

_FATHA, _DAMMA, _KASRA, _SHADDA, _SUKUN = "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"
_VOWELS = frozenset({_FATHA, _DAMMA, _KASRA, _SUKUN})
_MARKS = _VOWELS | {_SHADDA}


def has_marks(written: str) -> bool:
    return any(char in _MARKS for char in written)


def agrees_with_marks(vocalized: str, written: str) -> bool:
    """Whether a reading's vowelled form agrees with every vowel and shadda written on the word
    (all but the last letter's). Spelt with other letters (ى for ي, a hamza's seat): True."""
    reading, page = vowelled_letters(vocalized), vowelled_letters(written)
    if [letter for letter, _ in reading] != [letter for letter, _ in page]:
        return True
    for index, ((_, ours), (_, theirs)) in enumerate(zip(reading, page, strict=True)):
        if index == len(page) - 1:
            break
        after_article = index >= 2 and [c for c, _ in page[index - 2 : index]] == ["ا", "ل"]
        if _SHADDA in theirs and _SHADDA not in ours and not after_article:
            return False  # الشّمس: the lexicon writes no shadda on a sun letter
        mine, written_vowel = ours & _VOWELS, theirs & _VOWELS
        if mine and written_vowel and not mine & written_vowel:
            return False
    return True


def readings_for_marks(written: str, readings: Sequence[Analysis]) -> tuple[Analysis, ...]:
    """The readings that agree with the word's written marks; all of them when none does (a
    writer's slip leaves the word read as if unmarked)."""
    if not has_marks(written):
        return tuple(readings)
    agreeing = tuple(r for r in readings if agrees_with_marks(r.vocalized, written))
    return agreeing or tuple(readings)


def vowelled_letters(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each letter (as a matching key) with the marks written on it."""
    found: list[tuple[str, set[str]]] = []
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.combining(char):
            if found:
                found[-1][1].add(char)
        else:
            found.append((normalize_key(char) or char, set()))
    return [(letter, frozenset(marks)) for letter, marks in found]
