"""Headings and paragraphs: which paragraph comes under which heading of the article."""

from __future__ import annotations

from dataclasses import dataclass

from exercises.arabic.analysis_types import Span
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, paragraph_span, short_hash, shuffled
from exercises.generators.items import Item

_SNIPPET_WORDS = 8


@dataclass(frozen=True, slots=True)
class Section:
    heading: int  # paragraph index of the heading
    paragraphs: tuple[int, ...]  # the body paragraphs under it


def sections(article: ArticleContext) -> list[Section]:
    found: list[Section] = []
    for paragraph in article.document.paragraphs:
        if paragraph.is_heading:
            found.append(Section(paragraph.index, ()))
        elif found:
            last = found[-1]
            found[-1] = Section(last.heading, (*last.paragraphs, paragraph.index))
    return [section for section in found if section.paragraphs]


def heading_items(article: ArticleContext, seed: int) -> list[Item]:
    found = sections(article)
    if len(found) < 2:
        return []
    items = []
    if len(found) >= 3:
        items.append(_matching(article, found, seed))
    items.extend(_which_paragraph(article, found, seed))
    return items


def snippet(article: ArticleContext, paragraph: int) -> str:
    """The first words of a paragraph, after a news dateline if it opens the article."""
    end = article.document.paragraphs[paragraph].end
    first = next(s for s in article.document.sentences if s.paragraph == paragraph)
    start, _ = article.statement(first.index)
    words = article.text[start:end].split()
    text = " ".join(words[:_SNIPPET_WORDS])
    return text + (" …" if len(words) > _SNIPPET_WORDS else "")


def _heading(article: ArticleContext, section: Section) -> str:
    return article.document.paragraph_text(section.heading).strip()


def _support(article: ArticleContext, section: Section) -> tuple[Span, ...]:
    return tuple(
        paragraph_span(article.analysed, index) for index in (section.heading, *section.paragraphs)
    )


def _matching(article: ArticleContext, found: list[Section], seed: int) -> Item:
    pairs = tuple((_heading(article, s), snippet(article, s.paragraphs[0])) for s in found)
    key = f"comprehension:heading:match:{short_hash(*(s.heading for s in found))}"
    return Item(
        key=key,
        kind="comprehension",
        type="matching",
        subtype="heading",
        prompt="صِل كل عنوان بالفقرة التي تأتي تحته في النص.",
        instruction="Match each heading with the paragraph that comes right under it.",
        answer="\n".join(f"{left} — {right}" for left, right in pairs),
        options=shuffled([right for _, right in pairs], seed, key),
        pairs=pairs,
        support=tuple(span for s in found for span in _support(article, s)),
        difficulty=0.5,
    )


def _which_paragraph(article: ArticleContext, found: list[Section], seed: int) -> list[Item]:
    """«Which paragraph comes right under this heading?», other paragraphs as options."""
    items = []
    body = [p.index for p in article.document.paragraphs if not p.is_heading]
    for section in found:
        answer = section.paragraphs[0]
        own = set(section.paragraphs)
        others = [index for index in body if index not in own]
        firsts = [s.paragraphs[0] for s in found if s is not section]
        # First paragraphs of other sections are the tempting ones; then the rest, spread out.
        ordered = [*firsts, *[i for i in others if i not in firsts]]
        item = choice_item(
            key=f"comprehension:heading:{section.heading}",
            kind="comprehension",
            subtype="heading",
            prompt=f"أيّ فقرة تأتي مباشرة تحت العنوان «{_heading(article, section)}»؟",
            instruction="Which paragraph comes right under this heading?",
            answer=snippet(article, answer),
            distractors=[snippet(article, index) for index in ordered],
            seed=seed,
            support=_support(article, section),
            difficulty=0.5,
        )
        if item is not None:
            items.append(item)
    return items
