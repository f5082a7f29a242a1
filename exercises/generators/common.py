"""Small pieces every generator shares: seeded randomness, keys, spans, choice items."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence
from typing import TypeVar

from exercises.arabic.analysis_types import AnalyzedDocument, Span
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.items import Item, ItemKind

T = TypeVar("T")

MIN_OPTIONS = 3
MAX_OPTIONS = 4


def rng_for(seed: int, *salt: object) -> random.Random:
    """A generator of its own for one decision, so items do not depend on each other's draws.

    String seeds go through SHA-512 inside ``random``, so this is stable across processes.
    """
    return random.Random(":".join([str(seed), *map(str, salt)]))


def short_hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:10]


def sentence_span(analysed: AnalyzedDocument, index: int) -> Span:
    sentence = analysed.document.sentences[index]
    return Span(sentence.start, sentence.end)


def paragraph_span(analysed: AnalyzedDocument, index: int) -> Span:
    paragraph = analysed.document.paragraphs[index]
    return Span(paragraph.start, paragraph.end)


def heading_sentences(analysed: AnalyzedDocument) -> frozenset[int]:
    paragraphs = analysed.document.paragraphs
    return frozenset(
        sentence.index
        for sentence in analysed.document.sentences
        if paragraphs[sentence.paragraph].is_heading
    )


def window(values: Sequence[T], position: int, radius: int) -> Sequence[T]:
    """The values up to ``radius`` places either side of ``position`` (itself included), in
    order: a long article's candidates are bounded by this, a short one's are all its values."""
    return values[max(0, position - radius) : position + radius + 1]


def difficulty_from_zipf(value: float) -> float:
    """Common words (Zipf 6) are easy, rare ones (Zipf 3 and below) hard."""
    return round(min(1.0, max(0.0, (6.0 - value) / 3.0)), 2)


def same_text(a: str, b: str) -> bool:
    return normalize_key(a).strip() == normalize_key(b).strip()


def distinct(
    texts: Iterable[str], *, exclude: Sequence[str] = (), limit: int | None = None
) -> list[str]:
    """Keep the first of texts a reader would see as the same (vowels, hamza seats ignored).

    With ``limit``, stop once that many are kept: ``texts`` may be a lazy iterable whose
    later texts are never computed.
    """
    seen = {normalize_key(text).strip() for text in exclude}
    kept: list[str] = []
    if limit is not None and limit <= 0:
        return kept
    for text in texts:
        key = normalize_key(text).strip()
        if key and key not in seen:
            seen.add(key)
            kept.append(text)
            if len(kept) == limit:
                break
    return kept


def choice_item(
    *,
    key: str,
    kind: ItemKind,
    subtype: str,
    prompt: str,
    instruction: str,
    answer: str,
    distractors: Iterable[str],
    seed: int,
    support: tuple[Span, ...],
    hint: str = "",
    explanation: str = "",
    difficulty: float = 0.5,
    lemma: str = "",
    extra: dict[str, str] | None = None,
) -> Item | None:
    """A multiple-choice item with the answer and up to three distractors, shuffled by seed.

    Returns None when fewer than two distinct distractors remain: an item with one wrong option
    is a coin toss, not an exercise. ``distractors`` is read only until three distinct ones are
    found, so it may be a lazy iterable.
    """
    wrong = distinct(distractors, exclude=(answer,), limit=MAX_OPTIONS - 1)
    if len(wrong) < MIN_OPTIONS - 1:
        return None
    options = [answer, *wrong]
    rng_for(seed, key, "options").shuffle(options)
    return Item(
        key=key,
        kind=kind,
        type="multiple_choice",
        subtype=subtype,
        prompt=prompt,
        instruction=instruction,
        answer=answer,
        options=tuple(options),
        support=support,
        hint=hint,
        explanation=explanation,
        difficulty=difficulty,
        lemma=lemma,
        extra=dict(extra or {}),
    )


def shuffled(texts: Sequence[str], seed: int, key: str) -> tuple[str, ...]:
    """Texts in a seeded order that differs from the given one whenever there are two or more."""
    order = list(texts)
    rng = rng_for(seed, key, "shuffle")
    for _ in range(8):
        rng.shuffle(order)
        if len(order) < 2 or order != list(texts):
            break
    if len(order) >= 2 and order == list(texts):
        order = order[1:] + order[:1]
    return tuple(order)


def interleave(groups: Sequence[Sequence[Item]], limit: int) -> list[Item]:
    """Take one item from each group in turn, so a count limit keeps every group represented."""
    chosen: list[Item] = []
    position = 0
    while len(chosen) < limit and any(position < len(group) for group in groups):
        for group in groups:
            if position < len(group) and len(chosen) < limit:
                chosen.append(group[position])
        position += 1
    return chosen


def unique_items(items: Iterable[Item]) -> list[Item]:
    """Drop items whose key or prompt an earlier item already has."""
    keys: set[str] = set()
    prompts: set[str] = set()
    kept = []
    for item in items:
        if item.key in keys or item.prompt in prompts:
            continue
        keys.add(item.key)
        prompts.add(item.prompt)
        kept.append(item)
    return kept


def spread(indices: Sequence[int], wanted: int) -> list[int]:
    """``wanted`` positions of ``indices`` evenly spaced from first to last, in order."""
    if wanted <= 0 or not indices:
        return []
    if wanted >= len(indices):
        return list(indices)
    step = len(indices) / wanted
    return [indices[int(i * step)] for i in range(wanted)]


def spread_order(values: Sequence[T]) -> list[T]:
    """All values reordered so that any first n of them come from all over the sequence."""
    ordered: list[T] = []
    taken: set[int] = set()
    parts = 1
    while len(ordered) < len(values):
        for step in range(parts):
            position = (step * len(values)) // parts
            if position not in taken:
                taken.add(position)
                ordered.append(values[position])
        parts *= 2
    return ordered
