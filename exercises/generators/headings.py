"""Headings and paragraphs: which paragraph comes under which heading of the article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from exercises.arabic.analysis_types import Span
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, paragraph_span, short_hash, shuffled
from exercises.generators.items import Item

_SNIPPET_WORDS = 8
_LIST_ITEM = re.compile(r"\s*(?:[-•*–—]|[0-9٠-٩]+\s*[.)\-])")
_DIGITS = re.compile(r"[0-9٠-٩]")
# A place and a dash (بيروت - تحقيق خاص، الرباط (الوكالة) -): a dateline or a byline.
_DATELINE = re.compile(r"\s[-–—]\s|[-–—]\s*$")
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")


@dataclass(frozen=True, slots=True)
class Section:
    heading: int  # paragraph index of the heading
    paragraphs: tuple[int, ...]  # the body paragraphs under it


def sections(article: ArticleContext) -> list[Section]:
    found: list[tuple[int, list[int]]] = []
    for paragraph in article.document.paragraphs:
        if real_heading(article, paragraph.index):
            found.append((paragraph.index, []))
        elif found:
            found[-1][1].append(paragraph.index)
    return [Section(heading, tuple(body)) for heading, body in found if body]


def real_heading(article: ArticleContext, index: int) -> bool:
    """A subheading: a short line of its own that is not the title (a long first line), not a list
    item (- ...، 5. ...), not a row among other short lines (a table, a list of results), not a
    dateline or byline (بيروت - تحقيق خاص) and not a line before the lead (بيان صحفي، للنشر
    الفوري: a label; a subheading heads a part of the news, after its first paragraph)."""
    paragraphs = article.document.paragraphs
    paragraph = paragraphs[index]
    text = article.text
    if not paragraph.is_heading or (index == 0 and len(text[: paragraph.end].split()) >= 5):
        return False  # a first line of five words or more is the article's title
    if 0 < index < first_prose_paragraph(article):
        return False  # between the title and the lead
    line = text[text.rfind("\n", 0, paragraph.start) + 1 : paragraph.end]
    if _LIST_ITEM.match(line) or _DIGITS.search(line) or _DATELINE.search(line.strip()):
        return False
    return not any(
        0 <= other < len(paragraphs) and paragraphs[other].is_heading
        for other in (index - 1, index + 1)
    )


def first_prose_paragraph(article: ArticleContext) -> int:
    """The paragraph of the article's first prose sentence after its first line (its lead)."""
    sentences = article.document.sentences
    paragraphs = (sentences[index].paragraph for index in article.prose_sentences)
    return next((p for p in paragraphs if p > 0), len(article.document.paragraphs))


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
    start, _ = article.statement(article.first_sentence(paragraph))
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
    # Paragraphs of prose only: not the title, a dateline or a label line.
    prose = {article.document.sentences[index].paragraph for index in article.prose_sentences}
    body = [
        p.index
        for p in article.document.paragraphs
        if p.index in prose and not real_heading(article, p.index)
    ]
    all_firsts = {s.paragraphs[0] for s in found}
    for section in found:
        answer = section.paragraphs[0]
        # Lazy: only the snippets needed for three distinct options are ever made.
        distractors = (
            snippet(article, index) for index in _other_paragraphs(section, found, body, all_firsts)
        )
        item = choice_item(
            key=f"comprehension:heading:{section.heading}",
            kind="comprehension",
            subtype="heading",
            prompt=f"أيّ فقرة تأتي مباشرة تحت العنوان «{_heading(article, section)}»؟",
            instruction="Which paragraph comes right under this heading?",
            answer=snippet(article, answer),
            distractors=distractors,
            seed=seed,
            support=_support(article, section),
            difficulty=0.5,
        )
        if item is not None and not _found_by_its_words(_heading(article, section), item):
            items.append(item)
    return items


def word_keys(text: str) -> set[str]:
    """Words of three letters or more without ال or a leading و ب ل ف (البرنامج، لترشيد)."""
    keys = set()
    for word in text.split():
        key = normalize_key(word)
        for prefix in _PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                key = key[len(prefix) :]
                break
        if len(key) >= 3:
            keys.add(key)
    return keys


def _found_by_its_words(heading: str, item: Item) -> bool:
    """The answer is the only option sharing a word with the heading: matched, not read."""
    keys = word_keys(heading)
    sharing = [option for option in item.options if keys & word_keys(option)]
    return sharing == [item.answer]


def _other_paragraphs(
    section: Section, found: list[Section], body: list[int], all_firsts: set[int]
) -> Iterator[int]:
    """First paragraphs of other sections (the tempting ones), then the rest, in order."""
    for other in found:
        if other is not section:
            yield other.paragraphs[0]
    own = set(section.paragraphs)  # holds this section's first paragraph
    for index in body:
        if index not in own and index not in all_firsts:
            yield index
