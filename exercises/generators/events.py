"""Where an ordering event's own words start, and whether they name who acts.

«وأضافت أن الوزارة ستفتح ...»: a reporting verb with no subject before its «أن» says nothing
a learner can place (who added?); the event is what was reported, «الوزارة ستفتح ...». An event
must name its actor: a verb followed by its subject (a definite noun, a title or a name), or a
subject before its verb. «وتسلمت جائزة ...» (who?) and «أنها ستواصل ...» are no events.
"""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.definite_subject import definite_subject
from exercises.generators.people.cues import is_title

_THAT = frozenset(normalize_key(word) for word in ("أن", "إن", "بأن"))
_TO = normalize_key("إلى")
_PERSONS = ("1S", "1P", "2M", "2F", "2D", "2P")
_VERB_WITHIN = 5
_OPENING_WORDS = 3
_QUOTES = ('"', "«", "“")  # a subject before its verb: the verb comes within this many words


def event_start(article: ArticleContext, sentence_index: int) -> int | None:
    """The character where the event starts (after a subject-less «أضاف أن»), or None when
    the event does not name who acts."""
    start, end = article.statement(sentence_index)
    tokens = [t for t in article.sentence_tokens(sentence_index) if t.token.start >= start]
    words = _after_opening(tokens)
    that = _bare_that(words)
    if that:
        words = words[that:]  # أضافت أن الوزارة ...، يشار إلى أن ...: what was reported
        rest = article.text[words[0].token.start : end]
        if any(mark in rest for mark in _QUOTES):
            return None  # a quotation without who said it

    if not words or not _names_actor(article, words):
        return None
    return words[0].token.start


def _after_opening(tokens: Sequence[AnalyzedToken]) -> list[AnalyzedToken]:
    """The words after a short opening set off by a comma (من جانبه، وبهذا الفوز، في
    المقابل،) that is no clause of its own (no verb), else all the words."""
    words = [t for t in tokens if t.token.kind == "word"]
    comma = next((i for i, t in enumerate(tokens) if t.token.text == "،"), None)
    if comma is None:
        return words
    opening = [t for t in tokens[:comma] if t.token.kind == "word"]
    if not opening or len(opening) > _OPENING_WORDS or any(_is_verb(t) for t in opening):
        return words
    return [t for t in tokens[comma + 1 :] if t.token.kind == "word"]


def _is_verb(item: AnalyzedToken) -> bool:
    return item.analysis is not None and item.analysis.pos in ("VERB", "AUX")


def _bare_that(words: Sequence[AnalyzedToken]) -> int:
    """How many words a verb with no subject before its «أن» takes (أضاف أن: 2، يشار إلى أن:
    3), else 0."""
    first = words[0].analysis if words else None
    if first is None or first.pos != "VERB" or len(words) < 4:
        return 0
    keys = [normalize_key(item.token.text) for item in words[1:3]]
    if keys[0] in _THAT:
        return 2
    return 3 if keys[0] == _TO and keys[1] in _THAT else 0


def _names_actor(article: ArticleContext, words: Sequence[AnalyzedToken]) -> bool:
    first = words[0].analysis
    if first is None:
        return False
    names = article.people.name_tokens
    if first.pos in ("VERB", "AUX"):
        if any("PRON" in tag or "_DO" in tag for tag in first.suffixes):
            return False  # أطلقه: the object points outside the event
        if any(person in tag for tag in first.suffixes for person in _PERSONS):
            return False  # غادرتُ الخرطوم: the narrator, not named (a past tense's ending)
        after = words[1] if len(words) > 1 else None
        if after is None:
            return False
        if after.token.index != words[0].token.index + 1:
            between = article.tokens[words[0].token.index + 1 : after.token.index]
            # عارض 31 نائبا: a counted subject; تقول: «...»: a quotation, no subject
            return [t.token.kind for t in between] == ["number"]
        return (
            after.token.index in names
            or is_title(after)
            or bool(definite_subject(words[1:]))
            or _named_body(words[1:3])
        )
    subject = definite_subject(words) or ([words[0]] if words[0].token.index in names else [])
    following = words[len(subject) : len(subject) + _VERB_WITHIN]
    return bool(subject) and any(
        t.analysis is not None and t.analysis.pos == "VERB" for t in following
    )


def _named_body(words: Sequence[AnalyzedToken]) -> bool:
    """فريق «كاوست»، شركة أرامكو: a bare noun and a name after it."""
    if len(words) < 2 or words[0].analysis is None or words[0].analysis.pos != "NOUN":
        return False
    if words[0].analysis.prefixes:
        return False
    name = words[1].analysis
    return name is None or name.pos == "PROPN"
