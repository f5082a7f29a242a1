"""GIFT quizzes of an article's items (Moodle's plain-text question format).

Multiple choice ``{=right ~wrong}``, true/false ``{T}``/``{F}``, typed ``{=answer =bare}``,
matching ``{=left -> right}``, and a cloze item in GIFT's own "missing word" form, the answer
block standing where the blank was.

GIFT has no ordering question of its own (Moodle's ``qformat_gift`` knows description, essay,
numerical, multiple choice, matching, true/false and short answer), but it lets a question type
plugin read a block first: ``qtype_ordering`` (standard in Moodle 4.4 and later, a plugin
before) reads ``{>N ALL VERTICAL ABSOLUTE_POSITION SHOW none`` followed by the items in their
right order, one a line. ``ordering="ordering"`` writes ordering items so; the default,
``"matching"``, writes each event matched with its position, which any Moodle imports. An item
that the ordering block cannot carry (a brace or # in an event, which it reads as syntax and
cannot escape) is written as matching either way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from exercises.exports.article import ExportArticle
from exercises.exports.quiz import (
    OrderingType,
    accepted_answers,
    article_html,
    article_name,
    category_path,
    feedback_text,
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


def gift_bytes(articles: Sequence[ExportArticle], *, ordering: OrderingType = "matching") -> bytes:
    """All items of ``articles`` in GIFT, UTF-8, one category per article; ordering items as
    ``ordering`` says (see the module's docstring)."""
    blocks = []
    for article in articles:
        blocks.append(f"$CATEGORY: {' '.join(category_path(article).split())}")
        items = tuple(item for item in article.items if usable(item))
        if items:  # a question without answers is a description: the article
            name, body = article_name(article), article_html(article)
            blocks.append(f"::{gift_escape(name)}::[html]{gift_escape(body)}")
        names = question_names(items)
        blocks += [
            gift_question(item, names[item.key], feedback_text(article, item), ordering)
            for item in items
        ]
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


def gift_question(
    item: Item, name: str, feedback: str = "", ordering: OrderingType = "matching"
) -> str:
    """One question in GIFT for a ``usable`` item, with ``feedback`` (plain text) as its general
    feedback."""
    head = f"::{gift_escape(name)}::[html]"
    if item.type == "ordering" and ordering == "ordering" and _orderable(item):
        general = f"####{gift_escape(feedback)}\n" if feedback.strip() else ""
        # qtype_ordering takes each line as an item, as it is (it unescapes nothing).
        events = "\n".join(" ".join(event.split()) for event in item.sequence)
        options = f">{len(item.sequence)} ALL VERTICAL ABSOLUTE_POSITION SHOW none"
        return f"{head}{gift_escape(prompt_html(item))} {{{options}\n{events}\n{general}}}"
    if item.kind == "cloze":
        before, after = (gift_escape(html.escape(p, quote=False)) for p in item.prompt.split(BLANK))
        instruction = (
            f"<p>{gift_escape(html.escape(item.instruction))}</p>" if item.instruction else ""
        )
        return f'{head}{instruction}<p dir\\="rtl" lang\\="ar">{before} {_answers(item, feedback)} {after}</p>'
    return f"{head}{gift_escape(prompt_html(item))} {_answers(item, feedback)}"


def _orderable(item: Item) -> bool:
    return not any(ch in event for event in item.sequence for ch in "{}#")


def _html(text: str) -> str:
    # Choices and matching prompts take the question's format (HTML); typed answers and matching
    # answers are compared as plain text, so they stay as they are.
    return html.escape(text, quote=False)


def _answers(item: Item, feedback: str = "") -> str:
    general = f" ####{gift_escape(feedback)}" if feedback.strip() else ""
    if item.type == "true_false":
        return ("{T" if is_true(item) else "{F") + general + "}"
    if item.type in ("matching", "ordering"):
        answers = [
            f"={gift_escape(_html(left))} -> {gift_escape(right)}"
            for left, right in matching_pairs(item)
        ]
    elif item.type == "multiple_choice" and item.answer in item.options:
        answers = [
            ("=" if option == item.answer else "~") + gift_escape(_html(option))
            for option in item.options
        ]
    else:
        answers = ["=" + gift_escape(a) for a in accepted_answers(item.answer)]
    return "{ " + " ".join(answers) + general + " }"
