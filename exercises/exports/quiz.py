"""What the LMS exporters (Moodle XML, GIFT) share: names, answers, pairs.

Question names and id numbers come from the article key and the item key, so importing a newer
export of the same article can be matched to the earlier one.
"""

from __future__ import annotations

import html

from exercises.exports.article import ExportArticle
from exercises.exports.text import without_vowels
from exercises.generators.items import Item

TRUE_ANSWERS = frozenset({"صح", "صحيح", "true", "True", "T"})
CATEGORY_ROOT = "Arabic exercises"


def question_name(item: Item) -> str:
    if item.subtype in ("", item.kind, item.type) or item.subtype in item.key:
        return item.key
    return f"{item.key} ({item.subtype})"


def question_idnumber(article: ExportArticle, item: Item) -> str:
    # Moodle caps id numbers at 100 characters.
    return f"{article.key[:16]}-{item.key}"[:100]


def category_path(article: ExportArticle) -> str:
    title = " ".join(article.title.replace("/", "-").split()) or article.key[:12]
    return f"$course$/top/{CATEGORY_ROOT}/{title}"


def is_true(item: Item) -> bool:
    return item.answer.strip() in TRUE_ANSWERS


def accepted_answers(answer: str) -> tuple[str, ...]:
    """The answer and, when it has vowel marks, the same without them (learners rarely type them)."""
    answer = answer.strip()
    bare = without_vowels(answer)
    return (answer, bare) if bare != answer else (answer,)


def matching_pairs(item: Item) -> tuple[tuple[str, str], ...]:
    """Pairs to match; an ordering item becomes "event -> its position"."""
    if item.type == "ordering":
        return tuple((text, str(position)) for position, text in enumerate(item.sequence, 1))
    return item.pairs


def prompt_html(item: Item, arabic_html: str | None = None) -> str:
    """The question as HTML: the English instruction, then the Arabic (or ``arabic_html``, markup
    already escaped) right to left."""
    arabic = html.escape(item.prompt, quote=False) if arabic_html is None else arabic_html
    parts = []
    if item.instruction:
        parts.append(f"<p>{html.escape(item.instruction)}</p>")
    parts.append(f'<p dir="rtl" lang="ar" style="font-size:1.4em">{arabic}</p>')
    return "".join(parts)


def usable(item: Item) -> bool:
    """Whether the item has what its type needs to become a question."""
    if item.type == "matching":
        return len(item.pairs) >= 2
    if item.type == "ordering":
        return len(item.sequence) >= 2
    if item.type == "multiple_choice":
        return item.answer in item.options
    return bool(item.answer.strip())
