"""Sequence: put events of the article in the order the article tells them.

Only an article in sections asks it (``headings.sections``): there the order follows the
article's build; in a news story without subheadings it is the facts' place in the text, which a
learner finds by scanning, not by reading.

Each event is a short clause that names who acts (``events``): a reporting verb with no subject
before its «أن» is left out (أضافت أن الوزارة ... -> الوزارة ...), an event whose actor is not
named is none, an aside may be left out to make it short. The options are shown in another
order than the article's; fewer than three events make no task.
"""

from __future__ import annotations

import re

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.asides import aside_edits
from exercises.generators.common import short_hash, shuffled, spread
from exercises.generators.edits import Edit, apply_edits
from exercises.generators.events import event_start
from exercises.generators.headings import sections
from exercises.generators.items import Item
from exercises.generators.people.speech import complement_end
from exercises.generators.written import clean_statement, cut_at_clause, drop_leading_wa

_EVENTS = 4
_LATIN = re.compile(r"[A-Za-z]")
_RELATIVES = frozenset(key for key in word_list("clause_openers") if key.startswith(("ال", "وال")))
_PREPOSITIONS = word_list("prepositions") | word_list("noun_prepositions")
_CIRCUMSTANTIAL = frozenset(normalize_key(word) for word in ("وهي", "وهو", "وهم"))
_MIN_WORDS = 5
_MAX_WORDS = 16
_PARTS = ("في الجزء الأول من النص", "في الجزء الثاني من النص")


def sequence_items(article: ArticleContext, seed: int) -> list[Item]:
    """One ordering item, or two (each half of the article) when it has enough sentences."""
    if not sections(article):
        return []
    events = _events(article)
    if len(events) < 3:
        return []
    halves = (
        [events[: len(events) // 2], events[len(events) // 2 :]]
        if len(events) >= 2 * _EVENTS
        else [events]
    )
    items = []
    for part, half in enumerate(halves):
        chosen = spread(list(range(len(half))), min(_EVENTS, len(half)))
        picked = [half[i] for i in chosen]
        texts = [text for _, text in picked]
        key = f"comprehension:sequence:{short_hash(*(index for index, _ in picked))}"
        where = f" {_PARTS[part]}" if len(halves) > 1 else ""
        items.append(
            Item(
                key=key,
                kind="comprehension",
                type="ordering",
                subtype="sequence",
                prompt=f"رتّب الأحداث التالية حسب ورودها{where}.",
                instruction="Put these events in the order the article tells them.",
                answer="\n".join(texts),
                options=shuffled(texts, seed, key),
                sequence=tuple(texts),
                support=tuple(article.span(index) for index, _ in picked),
                difficulty=0.6,
            )
        )
    return items


def _events(article: ArticleContext) -> list[tuple[int, str]]:
    """Body sentences as short event statements, at most one per paragraph, article order."""
    events: list[tuple[int, str]] = []
    seen_paragraphs: set[int] = set()
    seen_texts: set[str] = set()
    for index in article.prose_sentences:  # no list line, no lead-in, no cut abbreviation
        sentence = article.document.sentences[index]
        if sentence.paragraph in seen_paragraphs:
            continue
        start = event_start(article, index)
        if start is None:
            continue  # who acts is not named: «وتسلمت جائزة ...», «وأضاف أنه ...»
        text = _event_text(article, index, start)
        if text is None:
            continue
        tokens = article.sentence_tokens(index)
        if not any(
            t.analysis is not None
            and t.analysis.pos == "VERB"
            and start <= t.token.start < start + len(text)
            for t in tokens
        ):
            continue  # an adverbial opening (بعد مرور ثلاثة أعوام) is no event
        first = next((t for t in tokens if t.token.start >= start and t.token.kind == "word"), None)
        text = clean_statement(drop_leading_wa(text, first))
        if text in seen_texts:
            continue
        seen_texts.add(text)
        seen_paragraphs.add(sentence.paragraph)
        events.append((index, text))
    return events


def _event_text(article: ArticleContext, index: int, start: int) -> str | None:
    """The sentence from ``start`` cut to a short clause: as written, else with its asides left
    out (قال الخبير، أستاذ الاقتصاد في الجامعة، إن ...); None when neither is short and whole."""
    _, end = article.statement(index)
    asides = [e for e in aside_edits(article, index, start, end) if e.start >= start]
    for edits in ([], asides) if asides else ([],):
        full = apply_edits(article.text[start:end], start, edits)
        text = cut_at_clause(
            full,
            max_words=_MAX_WORDS,
            min_words=_MIN_WORDS,
            keep_until=max(0, complement_end(article, index) - start - _removed(edits)),
        )
        if _LATIN.search(text) or (text != full and _half_clause(text, full[len(text) :])):
            continue
        if _MIN_WORDS <= len(text.split()) <= _MAX_WORDS:
            return text
    return None


def _removed(edits: list[Edit]) -> int:
    return sum(edit.end - edit.start - len(edit.replacement) for edit in edits)


def _half_clause(kept: str, rest: str) -> bool:
    """What a comma cut left out still belongs to the clause kept: a relative clause (، التي
    نشرت ...: the object comes after it), an aside the cut opens (، يوم الأربعاء، إطلاق ...) or
    closes (أعلن المعهد، يوم الأربعاء،), or a quotation the cut leaves open."""
    words = rest.lstrip("، ").split()
    if not words:
        return False
    if kept.count('"') % 2 or kept.count("«") != kept.count("»"):
        return True
    if _aside_after_subject(kept):
        return True
    if "،" in kept:
        last = kept.rsplit("،", 1)[1].split()
        if len(last) <= 8 or (last and normalize_key(last[0]) in _RELATIVES):
            return True
    if normalize_key(words[0]) in _RELATIVES:
        return True
    return any("،" in word for word in words[:6])


def _aside_after_subject(kept: str) -> bool:
    """أقر مجلس النواب، في جلسة مطولة ...: a verb and its subject, then an aside (a preposition,
    a participle with ال, وهي/وهو, or a verb after قد) that the cut ends on: the object comes
    after the aside. A new clause after the comma (، لكن يده ...) is not an aside."""
    pieces = kept.split("،")
    if len(pieces) != 2:
        return False
    head, aside = pieces[0].split(), pieces[1].split()
    if not aside:
        return False
    if len(head) >= 2 and normalize_key(head[-2]) == normalize_key("قد"):
        return True  # كانت اللجنة قد أوصت، في تقريرها ...: أوصت بماذا؟
    opener = normalize_key(aside[0])
    return len(head) <= 4 and (
        opener in _PREPOSITIONS or opener in _CIRCUMSTANTIAL or opener.startswith("ال")
    )
