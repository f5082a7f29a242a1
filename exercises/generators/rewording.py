"""Rewordings of an article sentence that keep its meaning and its grammar.

A true statement must not be the article's sentence copied: the learner has to recognise the
fact, not the words. The rewordings are a change of structure (``restructure``: an attribution,
an aside or a date moved to the front, the subject before its verb), which a true statement
needs, and words replaced by others of the same meaning and construction, from the list
``paraphrases.txt`` (نحو 60 -> حوالي 60، العام الماضي -> العام المنصرم، أكد أن -> شدد على أن),
which alone are not enough (the sentence stays recognisable word for word).

A rewording is a list of edits (article character offsets and their replacement); a sentence
with no safe edit gets none, and the caller chooses another sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import sections, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.edits import Edit, apply_edits
from exercises.generators.facts import Fact
from exercises.generators.restructure import structural

__all__ = ["Edit", "apply_edits", "rewordings"]

_CONJUNCTIONS = ("و", "ف")


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


def rewordings(
    article: ArticleContext,
    sentence_index: int,
    start: int,
    end: int,
    dates: Mapping[int, Fact] | None = None,
) -> list[Edit]:
    """Safe edits of the statement ``start``..``end`` of a sentence, none overlapping.

    The first edit, when there is one that changes the sentence's structure (an attribution, an
    aside moved to the front), is that one: a word swapped for a synonym alone leaves the
    sentence recognisable word for word, ``restructures`` tells.
    """
    edits = structural(article, sentence_index, start, end, dates or {})
    taken = [(edit.start, edit.end) for edit in edits]
    for edit in _paraphrase_edits(article, sentence_index, start, end):
        if all(edit.end <= a or edit.start >= b for a, b in taken):
            edits.append(edit)
            taken.append((edit.start, edit.end))
    return sorted(edits, key=lambda e: e.start)


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
