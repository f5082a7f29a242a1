"""Matching items of a size a learner (and a printed page) can take: at most eight pairs.

An article with twelve headings makes two heading-matching items of six pairs rather than one
of twelve: a teacher would rather have several, and every pair is kept.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from exercises.generators.common import shuffled
from exercises.generators.items import Item

MAX_PAIRS = 8
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def split_matching(items: Iterable[Item], seed: int) -> list[Item]:
    """The items, each matching item of more than ``MAX_PAIRS`` pairs cut into even parts."""
    out: list[Item] = []
    for item in items:
        if item.type != "matching" or len(item.pairs) <= MAX_PAIRS:
            out.append(item)
            continue
        parts = -(-len(item.pairs) // MAX_PAIRS)
        size = -(-len(item.pairs) // parts)
        for number in range(parts):
            out.append(
                _part(item, item.pairs[number * size : (number + 1) * size], number, parts, seed)
            )
    return out


def _part(
    item: Item, pairs: tuple[tuple[str, str], ...], number: int, parts: int, seed: int
) -> Item:
    key = item.key if number == 0 else f"{item.key}:{number + 1}"
    label = f"({number + 1}/{parts})".translate(_ARABIC_DIGITS)
    return dataclasses.replace(
        item,
        key=key,
        prompt=f"{item.prompt} {label}",
        instruction=f"{item.instruction} (part {number + 1} of {parts})",
        answer="\n".join(f"{left} — {right}" for left, right in pairs),
        options=shuffled([right for _, right in pairs], seed, key),
        pairs=pairs,
        extra=dict(item.extra),
    )
