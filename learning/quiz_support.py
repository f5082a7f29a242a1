"""The sentence of the article behind each pair of a matching item: the feedback shows these,
not every paragraph the item was drawn from. Plain Python, no Django."""

from __future__ import annotations

import re
from collections.abc import Sequence

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\s*\n+\s*")
_ELLIPSIS = " …"
_NEEDLE_WORDS = 4


def sentences(passages: Sequence[str]) -> list[str]:
    return [part.strip() for text in passages for part in _SENTENCE_END.split(text) if part.strip()]


def pair_sentences(
    pairs: Sequence[Sequence[str]], passages: Sequence[str]
) -> list[tuple[str, str, str]]:
    """(left, right, sentence) per pair: the first sentence holding the right-hand text (its
    first words: a paragraph's opening is cut with …), else the left-hand one; "" when none
    does or when it is the pair's own text (a heading is a sentence by itself)."""
    found = sentences(passages)
    shown: set[str] = set()
    rows = []
    for left, right in pairs:
        sentence = _holding(found, right) or _holding(found, left)
        if sentence in shown or sentence.strip(" .") in (left.strip(" ."), right.strip(" .")):
            sentence = ""
        shown.add(sentence)
        rows.append((left, right, sentence))
    return rows


def _holding(found: list[str], text: str) -> str:
    words = text.removesuffix(_ELLIPSIS).split()
    if not words:
        return ""
    needle = " ".join(words[:_NEEDLE_WORDS])
    return next((sentence for sentence in found if needle in sentence), "")
