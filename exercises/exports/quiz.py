"""What the LMS exporters (Moodle XML, GIFT) share: names, answers, pairs.

Id numbers come from the article key (a hash of its text) and the item key, so importing a
newer export of the same article can be matched to the earlier one. Names are for the teacher:
"Cloze 3: the first words of the prompt".
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Literal

from exercises.exports.article import ExportArticle
from exercises.exports.text import without_vowels
from exercises.generators.items import BLANK, Item

TRUE_ANSWERS = frozenset({"صح", "صحيح", "true", "True", "T"})
CATEGORY_ROOT = "Arabic exercises"
NAME_WORDS = 6  # words of the prompt in a question's name
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
# Spellings learners type for the same word: a bare alef for أ إ آ ٱ, ه for a final ة, ي for a
# final ى.
_ALEFS = str.maketrans("أإآٱ", "اااا")
_TA_MARBUTA = re.compile(r"ة(?=\s|$)")
_ALEF_MAQSURA = re.compile(r"ى(?=\s|$)")

# How ordering items are written: as matching (event -> position; any Moodle) or as Moodle's
# ordering question (qtype_ordering: standard in Moodle 4.4 and later, a plugin before).
OrderingType = Literal["matching", "ordering"]


def question_names(items: tuple[Item, ...]) -> dict[str, str]:
    """Each item key's question name: "Cloze 3: <first words of the prompt>", numbered by kind."""
    counts: Counter[str] = Counter()
    names = {}
    for item in items:
        counts[item.kind] += 1
        words = item.prompt.replace(BLANK, " ___ ").split()
        opening = " ".join(words[:NAME_WORDS])
        if len(words) > NAME_WORDS:
            opening += " …"
        names[item.key] = f"{item.kind.capitalize()} {counts[item.kind]}: {opening}"[:250]
    return names


def question_idnumber(article: ExportArticle, item: Item) -> str:
    # Moodle caps id numbers at 100 characters.
    return f"{article.key[:16]}-{item.key}"[:100]


def article_idnumber(article: ExportArticle) -> str:
    return f"{article.key[:16]}-article"


def category_path(article: ExportArticle) -> str:
    """Moodle's category path: names split on a single "/" ("//" is a slash in a name), each
    name HTML (Moodle strips tags from it), so the title is escaped for both."""
    title = " ".join(article.title.split()) or article.key[:12]
    return f"$course$/top/{CATEGORY_ROOT}/{html.escape(title).replace('/', '//')}"


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def rtl_html(escaped: str, plain: str, tag: str = "span") -> str:
    """``escaped`` (HTML) in ``tag``, marked right-to-left Arabic only if ``plain`` is Arabic."""
    if not is_arabic(plain):
        return escaped if tag == "span" else f"<{tag}>{escaped}</{tag}>"
    return f'<{tag} dir="rtl" lang="ar">{escaped}</{tag}>'


def support_text(article: ExportArticle, item: Item) -> str:
    """The article's sentences that hold the item's evidence, one space between them."""
    pieces = [article.text[span.start : span.end] for span in item.support]
    return " ".join(" ".join(piece.split()) for piece in pieces if piece.strip())


def article_name(article: ExportArticle) -> str:
    return f"Article: {' '.join(article.title.split()) or article.key[:12]}"[:250]


def article_html(article: ExportArticle) -> str:
    """The article as HTML: headings and paragraphs, Arabic ones right to left."""
    return "".join(
        rtl_html(
            html.escape(block.text, quote=False), block.text, "h3" if block.is_heading else "p"
        )
        for block in article.blocks()
    )


def feedback_text(article: ExportArticle, item: Item) -> str:
    """General feedback as plain text (GIFT's): the explanation, then the supporting sentence."""
    sentence = support_text(article, item)
    quoted = f"From the article: {sentence}" if sentence else ""
    return " — ".join(part for part in (item.explanation or item.hint, quoted) if part)


def feedback_html(article: ExportArticle, item: Item) -> str:
    """General feedback: the explanation (or hint), then the supporting sentence quoted."""
    parts = []
    note = item.explanation or item.hint
    if note:
        parts.append(rtl_html(html.escape(note, quote=False), note, "p"))
    sentence = support_text(article, item)
    if sentence:
        parts.append("<p>From the article:</p>")
        parts.append(rtl_html(html.escape(sentence, quote=False), sentence, "blockquote"))
    return "".join(parts)


def is_true(item: Item) -> bool:
    return item.answer.strip() in TRUE_ANSWERS


def accepted_answers(answer: str) -> tuple[str, ...]:
    """The answer, the same without vowel marks (learners rarely type them), and the spellings
    learners type for it: bare alef for hamza on alef, ه for a final ة, ي for a final ى."""
    answer = answer.strip()
    bare = without_vowels(answer)
    spellings = [bare, bare.translate(_ALEFS)]
    spellings += [_TA_MARBUTA.sub("ه", spelling) for spelling in spellings]
    spellings += [_ALEF_MAQSURA.sub("ي", spelling) for spelling in spellings]
    return tuple(dict.fromkeys([answer, *spellings]))


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
    if is_arabic(item.prompt):
        parts.append(f'<p dir="rtl" lang="ar" style="font-size:1.4em">{arabic}</p>')
    else:
        parts.append(f"<p>{arabic}</p>")
    return "".join(parts)


def usable(item: Item) -> bool:
    """Whether the item has what its type needs to become a question."""
    if item.kind == "cloze":
        return item.prompt.count(BLANK) == 1 and bool(item.answer.strip())
    if item.type == "matching":
        return len(item.pairs) >= 2
    if item.type == "ordering":
        return len(item.sequence) >= 2
    if item.type == "multiple_choice":
        return item.answer in item.options
    return bool(item.answer.strip())
