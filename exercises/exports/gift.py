"""GIFT quizzes of an article's items (Moodle's plain-text question format).

Multiple choice ``{=right ~wrong}``, true/false ``{T}``/``{F}``, typed ``{=answer =bare}``,
matching ``{=left -> right}`` (ordering: each event with its position), and a cloze item in
GIFT's own "missing word" form, the answer block standing where the blank was.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from exercises.exports.article import ExportArticle
from exercises.exports.quiz import (
    accepted_answers,
    category_path,
    is_true,
    matching_pairs,
    prompt_html,
    question_names,
    usable,
)
from exercises.generators.items import BLANK, Item

_SPECIAL = re.compile(r"([~=#{}:\\])")


def gift_escape(text: str) -> str:
    """Backslash the characters GIFT reads as syntax: ~ = # { } : and \\ (and fold lines)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def gift_bytes(articles: Sequence[ExportArticle]) -> bytes:
    """All items of ``articles`` in GIFT, UTF-8, one category per article."""
    blocks = []
    for article in articles:
        blocks.append(f"$CATEGORY: {' '.join(category_path(article).split())}")
        items = tuple(item for item in article.items if usable(item))
        names = question_names(items)
        blocks += [gift_question(item, names[item.key]) for item in items]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def gift_question(item: Item, name: str) -> str:
    """One question in GIFT for a ``usable`` item."""
    head = f"::{gift_escape(name)}::[html]"
    if item.kind == "cloze":
        before, after = (gift_escape(html.escape(p, quote=False)) for p in item.prompt.split(BLANK))
        instruction = (
            f"<p>{gift_escape(html.escape(item.instruction))}</p>" if item.instruction else ""
        )
        return (
            f'{head}{instruction}<p dir\\="rtl" lang\\="ar">{before} {_answers(item)} {after}</p>'
        )
    return f"{head}{gift_escape(prompt_html(item))} {_answers(item)}"


def _answers(item: Item) -> str:
    if item.type == "true_false":
        return "{T}" if is_true(item) else "{F}"
    if item.type in ("matching", "ordering"):
        pairs = " ".join(
            f"={gift_escape(left)} -> {gift_escape(right)}" for left, right in matching_pairs(item)
        )
        return "{ " + pairs + " }"
    if item.type == "multiple_choice" and item.answer in item.options:
        options = " ".join(
            ("=" if option == item.answer else "~") + gift_escape(option) for option in item.options
        )
        return "{ " + options + " }"
    return "{ " + " ".join("=" + gift_escape(a) for a in accepted_answers(item.answer)) + " }"
