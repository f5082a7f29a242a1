"""Comprehension: questions answered by reading the article, one small module per type."""

from __future__ import annotations

from collections.abc import Callable

from exercises.generators.article_context import ArticleContext
from exercises.generators.cause_effect import cause_items
from exercises.generators.common import spread_order, unique_items
from exercises.generators.giveaways import shows_word
from exercises.generators.headings import heading_items
from exercises.generators.isolation import contained
from exercises.generators.items import GenerationOptions, Item
from exercises.generators.main_idea import main_idea_items
from exercises.generators.meaning import meaning_items
from exercises.generators.numbers import number_items
from exercises.generators.reference import reference_items
from exercises.generators.sequence import sequence_items
from exercises.generators.true_false import TRUE, true_false_items
from exercises.generators.who_said import who_said_items

# The questions a set asks when the article offers them, even if the cloze must move its gaps.
SET_FLOOR = 10

SubGenerator = Callable[[ArticleContext, int], list[Item]]

# The order items come in when the count is tight: every type gets its turn.
SUBTYPES: tuple[tuple[str, SubGenerator], ...] = (
    ("heading", heading_items),
    ("main_idea", main_idea_items),
    ("who_said", who_said_items),
    ("numbers", number_items),
    ("true_false", true_false_items),
    ("reference", reference_items),
    ("meaning", meaning_items),
    ("cause", cause_items),
    ("sequence", sequence_items),
)


def generate_comprehension(article: ArticleContext, options: GenerationOptions) -> tuple[Item, ...]:
    """Up to ``options.count`` comprehension items, the types taking turns.

    Args:
        article: the analysed article with its vocabulary.
        options: count and seed are used; level and the cloze options are not.
    Returns:
        Items in type order (headings, main idea, who said, numbers and dates, true/false,
        reference, meaning, cause, sequence), each type's items spread over the article.
    """
    groups = [
        spread_order(contained(article.label, name, [], make, article, options.seed))
        for name, make in SUBTYPES
    ]
    kept = {id(item) for item in unique_items(item for group in groups for item in group)}
    groups = [[item for item in group if id(item) in kept] for group in groups]
    chosen = _choose([_units(group) for group in groups], options.count, article)
    order = {name: position for position, (name, _) in enumerate(SUBTYPES)}
    order["dates"] = order["numbers"]
    chosen.sort(key=lambda item: (order.get(item.subtype, 99), _position(item)))
    return tuple(chosen)


def _position(item: Item) -> int:
    return item.support[0].start if item.support else 0


Unit = tuple[Item, ...]


def _units(group: list[Item]) -> list[Unit]:
    """One item per unit, except true/false: a true and a false statement go together, so every
    set has as many true statements as false ones; an unpaired statement is left out."""
    if not group or group[0].subtype != "true_false":
        return [(item,) for item in group]
    true = [item for item in group if item.answer == TRUE]
    false = [item for item in group if item.answer != TRUE]
    return list(zip(true, false, strict=False))


def _choose(groups: list[list[Unit]], limit: int, article: ArticleContext) -> list[Item]:
    """Units that show none of the set's cloze answers first; of those that do, one of each
    type the others left out, then more up to ``SET_FLOOR`` (``registry`` then moves the cloze
    gaps they show: a short article's few sentences serve both kinds, and a gap is easier to
    move than a question to replace)."""

    def shows(unit: Unit) -> bool:
        return any(shows_word(item, article.cloze_words) for item in unit)

    chosen = _interleave_units([[u for u in group if not shows(u)] for group in groups], limit)
    asked = {item.subtype for item in chosen}
    showing = [[u for u in group if shows(u)] for group in groups]
    missing = [group[:1] for group in showing if group and group[0][0].subtype not in asked]
    chosen += _interleave_units(missing, limit - len(chosen))
    offered = sum(len(unit) for group in groups for unit in group)
    share = min(limit, offered, SET_FLOOR)
    if len(chosen) < share:
        taken = {id(item) for item in chosen}
        rest = [[u for u in group if id(u[0]) not in taken] for group in showing]
        chosen += _interleave_units(rest, share - len(chosen))
    return chosen


def _interleave_units(groups: list[list[Unit]], limit: int) -> list[Item]:
    """One unit of each group in turn up to ``limit`` items; a unit too big for the room left
    gives its turn to the next group."""
    chosen: list[Item] = []
    position = 0
    while len(chosen) < limit and any(position < len(group) for group in groups):
        for group in groups:
            if position < len(group) and len(chosen) + len(group[position]) <= limit:
                chosen.extend(group[position])
        position += 1
    return chosen
