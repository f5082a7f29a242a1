"""The labels of options: أ ب ج for Arabic options, a b c for English ones, as many as needed."""

from __future__ import annotations

from collections.abc import Iterable

# The abjad order every Arabic exam uses for options (أ ب ج د هـ و ز ...), all 28 letters.
ARABIC_LETTERS = (
    "أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
    "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
)  # fmt: skip
LATIN_LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")
ARABIC_LABELS = ARABIC_LETTERS
LATIN_LABELS = LATIN_LETTERS
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def choice_labels(options: Iterable[str]) -> tuple[str, ...]:
    """أ ب ج for Arabic options, a b c for English ones; numbers after the last letter."""
    options = list(options)
    has_arabic = any(any("\u0600" <= ch <= "\u06ff" for ch in option) for option in options)
    letters = ARABIC_LETTERS if has_arabic else LATIN_LETTERS
    if len(options) <= len(letters):
        return letters
    numbers = [str(n) for n in range(len(letters) + 1, len(options) + 1)]
    if has_arabic:
        numbers = [n.translate(_ARABIC_DIGITS) for n in numbers]
    return letters + tuple(numbers)
