"""The labels of options: أ ب ج for Arabic options, a b c for English ones."""

from __future__ import annotations

from collections.abc import Iterable

ARABIC_LABELS = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي")
LATIN_LABELS = tuple("abcdefghij")


def choice_labels(options: Iterable[str]) -> tuple[str, ...]:
    """أ ب ج for Arabic options, a b c for English ones."""
    has_arabic = any(any("\u0600" <= ch <= "\u06ff" for ch in option) for option in options)
    return ARABIC_LABELS if has_arabic else LATIN_LABELS
