"""The exercise item every generator returns and every exporter reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from exercises.arabic.analysis_types import Span

ItemKind = Literal["cloze", "comprehension", "roots"]
ItemType = Literal["multiple_choice", "typed", "true_false", "matching", "ordering"]

BLANK = "＿＿＿＿"  # what a cloze prompt shows where the answer goes


@dataclass(frozen=True, slots=True)
class Item:
    """One exercise item.

    ``answer`` is the exact text of the right option for choice items, the expected text for typed
    items and "صح"/"خطأ" for true/false. Matching items carry ``pairs`` (left, right) and ordering
    items ``sequence`` (the right order); their ``options`` are the same texts shuffled.
    """

    key: str  # stable identity within an article: same input and seed, same key
    kind: ItemKind
    type: ItemType
    subtype: str  # e.g. "cloze", "who_said", "numbers", "true_false", "heading", "root_share"
    prompt: str  # Arabic
    instruction: str  # one English line for beginners
    answer: str
    options: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    sequence: tuple[str, ...] = ()
    support: tuple[Span, ...] = ()  # the sentence(s) of the article that hold the evidence
    hint: str = ""  # English, e.g. the gloss of the cloze answer
    explanation: str = ""
    difficulty: float = 0.5  # 0 easy .. 1 hard
    lemma: str = ""  # the lemma the item practises, when there is one
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class GenerationOptions:
    kinds: tuple[ItemKind, ...] = ("cloze", "comprehension", "roots")
    count: int = 20  # items per kind at most
    level: str | None = None  # only cloze targets at this learner level or below
    seed: int = 0
    cloze_typed: bool = False  # typed answers instead of multiple choice
    keep_clitics: bool = False  # blank only the stem, keep attached clitics visible
    # The English meaning as a cloze hint: None gives it to typed cloze only (with four
    # options a hint turns the item into matching English to Arabic).
    cloze_hints: bool | None = None
    # Headlines of the teacher's other articles: the wrong options of a «main idea» question
    # (without them, headlines of a list of other stories are used).
    other_titles: tuple[str, ...] = ()


def item_fields(item: Item) -> dict:
    """The item's content as JSON-ready values (spans as [start, end] pairs)."""
    return {
        "kind": item.kind,
        "type": item.type,
        "subtype": item.subtype,
        "prompt": item.prompt,
        "instruction": item.instruction,
        "options": list(item.options),
        "answer": item.answer,
        "pairs": [list(pair) for pair in item.pairs],
        "sequence": list(item.sequence),
        "support": [[span.start, span.end] for span in item.support],
        "hint": item.hint,
        "explanation": item.explanation,
        "difficulty": item.difficulty,
        "lemma": item.lemma,
    }
