"""Rewordings of an article sentence that keep its meaning and its grammar.

A true statement must not be the article's sentence copied: the learner has to recognise the
fact, not the words. Two rewordings are safe in unvowelled MSA:

- reported speech turned into an attribution: «قال الوزير سامر الرواشدة، في رده، إن الحكومة
  حرصت ...» -> «بحسب سامر الرواشدة، فإن الحكومة حرصت ...» (what follows إنّ keeps its case);
- a word or phrase replaced by another of the same meaning and construction, from the list
  ``paraphrases.txt`` (نحو 60 -> حوالي 60، العام الماضي -> العام المنصرم، أكد أن -> شدد على أن).

A rewording is a list of edits (article character offsets and their replacement); a sentence
with no safe edit gets none, and the caller chooses another sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import sections, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.people.cues import speech_verb

_CONJUNCTIONS = ("و", "ف")
_THAT = frozenset(normalize_key(word) for word in ("إن", "أن", "بأن"))


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # article character offsets of the replaced text
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class _Paraphrase:
    source: tuple[str, ...]  # matching keys of the words replaced
    target: str  # the words put instead, as written
    where: str  # the section: "before a number", "after a time word" or "anywhere"


@cache
def _paraphrases() -> dict[str, tuple[_Paraphrase, ...]]:
    """The list's replacements by the key of their first word, longer phrases first."""
    found: dict[str, list[_Paraphrase]] = {}
    for where, entries in sections("paraphrases").items():
        for entry in entries:
            both = " = " in entry
            left, right = entry.split(" = " if both else " > ")
            pairs = [(left, right), (right, left)] if both else [(left, right)]
            for source, target in pairs:
                keys = tuple(normalize_key(word) for word in source.split())
                found.setdefault(keys[0], []).append(_Paraphrase(keys, target.strip(), where))
    # «أكثر من» before a one-word entry that starts the same way.
    return {key: tuple(sorted(group, key=lambda p: -len(p.source))) for key, group in found.items()}


def apply_edits(text: str, offset: int, edits: list[Edit]) -> str:
    """``text`` (starting at article offset ``offset``) with the edits inside it applied."""
    pieces, position = [], offset
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < position or edit.end > offset + len(text):
            continue
        pieces.append(text[position - offset : edit.start - offset])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position - offset :])
    return "".join(pieces)


def rewordings(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """Safe edits of the statement ``start``..``end`` of a sentence, none overlapping.

    The first edit, when there is one that changes the sentence's structure (an attribution, an
    aside moved to the front), is that one: a word swapped for a synonym alone leaves the
    sentence recognisable word for word, ``restructures`` tells.
    """
    edits = _attribution(article, sentence_index, start, end) or _fronting(
        article, sentence_index, start, end
    )
    taken = [(edit.start, edit.end) for edit in edits]
    for edit in _paraphrase_edits(article, sentence_index, start, end):
        if all(edit.end <= a or edit.start >= b for a, b in taken):
            edits.append(edit)
            taken.append((edit.start, edit.end))
    return sorted(edits, key=lambda e: e.start)


def restructures(article: ArticleContext, sentence_index: int, start: int, end: int) -> bool:
    """Whether the statement can be reworded beyond a word swapped: an attribution or a fronting."""
    return bool(
        _attribution(article, sentence_index, start, end)
        or _fronting(article, sentence_index, start, end)
    )


def _fronting(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """«أقر المجلس، في جلسة مطولة، القانون» -> «في جلسة مطولة، أقر المجلس القانون»: an aside
    set off by commas that opens with a preposition or a time word goes to the front."""
    words = [
        t
        for t in article.sentence_tokens(sentence_index)
        if start <= t.token.start and t.token.end <= end
    ]
    if len(words) < 6 or words[0].analysis is None or words[0].analysis.pos != "VERB":
        return []
    commas = [i for i, t in enumerate(words) if t.token.text == "،"]
    for left, right in zip(commas, commas[1:], strict=False):
        aside = words[left + 1 : right]
        if not 1 <= len(aside) <= 8 or left < 2 or right + 1 >= len(words):
            continue
        if any(t.token.kind != "word" and t.token.kind != "number" for t in aside):
            continue
        head = aside[0].analysis
        if head is None or (
            head.pos != "ADP" and normalize_key(head.lemma) not in word_list("time_nouns")
        ):
            continue
        if speech_verb(words[0]):
            return []  # what follows the aside is what was said: no moving around it
        text = article.text
        opening = words[0]
        bare = opening.token.text
        if opening.analysis.prefixes[:1] in (("wa/CONJ",), ("fa/CONJ",)):
            bare = bare[1:]
        moved = text[aside[0].token.start : aside[-1].token.end]
        return [
            Edit(opening.token.start, opening.token.end, f"{moved}، {bare}"),
            Edit(words[left].token.start, words[right].token.end, ""),
        ]
    return []


def _attribution(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """«قال S ... إن C» at the start of the statement -> «بحسب S، فإن C»."""
    people = article.people
    words = [t for t in article.sentence_tokens(sentence_index) if t.token.start >= start]
    if not words or not speech_verb(words[0]):
        return []
    for speech in people.speeches:
        if speech.sentence != sentence_index or not start < speech.content_start < end:
            continue
        that = next((t for t in words if t.token.start == speech.content_start), None)
        if that is None or normalize_key(that.token.text) not in _THAT:
            return []
        if speech.person < 0 or words[0].token.start != start:
            return []
        label = people.persons[speech.person].label
        return [Edit(start, that.token.end, f"بحسب {label}، فإن")]
    return []


def _paraphrase_edits(
    article: ArticleContext, sentence_index: int, start: int, end: int
) -> list[Edit]:
    tokens = [
        t
        for t in article.sentence_tokens(sentence_index)
        if t.token.start >= start and t.token.end <= end
    ]
    keys = [normalize_key(t.token.text) if t.token.kind == "word" else "" for t in tokens]
    edits: list[Edit] = []
    position = 0
    while position < len(tokens):
        found = _paraphrase_at(tokens, keys, position)
        if found is None:
            position += 1
            continue
        edit, size = found
        edits.append(edit)
        position += size
    return edits


def _paraphrase_at(tokens, keys: list[str], position: int) -> tuple[Edit, int] | None:
    key = keys[position]
    conjunction = key[:1] if key[:1] in _CONJUNCTIONS else ""
    by_first = _paraphrases()
    candidates = [("", key)] + ([(conjunction, key[1:])] if conjunction else [])
    for written_conjunction, first in candidates:
        for paraphrase in by_first.get(first, ()):
            size = len(paraphrase.source)
            if tuple(keys[position + 1 : position + size]) != paraphrase.source[1:]:
                continue
            if not _fits(paraphrase.where, tokens, position, size):
                continue
            written = tokens[position].token.text[: len(written_conjunction)]
            edit = Edit(
                tokens[position].token.start,
                tokens[position + size - 1].token.end,
                written + paraphrase.target,
            )
            return edit, size
    return None


def _fits(where: str, tokens, position: int, size: int) -> bool:
    if where == "before a number":
        after = tokens[position + size] if position + size < len(tokens) else None
        return after is not None and after.token.kind == "number"
    if where == "after a time word":
        before = tokens[position - 1] if position else None
        return (
            before is not None
            and before.analysis is not None
            and normalize_key(before.analysis.lemma) in word_list("time_nouns")
        )
    return True
