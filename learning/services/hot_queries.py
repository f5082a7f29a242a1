"""Statements run on every quiz answer, composed by the ORM once per process.

Composing a query (filters, joins, locks, the SQL text) costs the ORM a few tenths of a
millisecond of processor time each time, several times what the database takes to answer these
ones: on an answer, that was a third of the server's work. Here the ORM writes each statement
once, with stand-in values, and every later call runs it with its own values in their places.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connection
from django.db.models import F, QuerySet
from django.db.models.functions import Substr

from exercises.models import VocabularyWord
from learning.models import Answer, Attempt, WordProgress

# Stand-ins for the values a call gives: nothing a query would hold by itself.
_ID = -7_340_211
_TEXT = "\x00stand-in\x00"


@dataclass(frozen=True, slots=True)
class _Composed:
    sql: str
    params: tuple

    def bind(self, number: int, text: str = "") -> list:
        """The parameters with the call's values in place of the stand-ins."""
        return [number if p == _ID else text if p == _TEXT else p for p in self.params]


def _composed(build: Callable[[int, str], QuerySet]) -> _Composed:
    sql, params = build(_ID, _TEXT).query.sql_with_params()
    if params.count(_ID) != 1 or params.count(_TEXT) > 1:
        raise RuntimeError(f"each stand-in once at most (the number once) in {sql} {params!r}")
    return _Composed(sql, tuple(params))


def attempt_locked(attempt_id: int) -> None:
    """Lock the attempt's row until the end of the transaction (as
    ``select_for_update().filter(pk=...)``)."""
    query = _attempt()
    with connection.cursor() as cursor:
        cursor.execute(query.sql, query.bind(attempt_id))
        cursor.fetchall()


def word_progress_locked(learner_id: int, lemma: str) -> WordProgress | None:
    """The learner's row for a lemma, locked until the end of the transaction (as
    ``select_for_update().filter(learner=..., lemma=...).first()``; the pair is unique)."""
    query = _word_progress()
    found = WordProgress.objects.raw(query.sql, query.bind(learner_id, lemma))
    return next(iter(found), None)


def vocabulary_row(article_id: int, lemma: str) -> dict[str, str] | None:
    """The article's vocabulary entry for the lemma (a word before a name spelt the same):
    its vocalized lemma, gloss, root, part of speech and example sentence, which the database
    cuts out of the article's text."""
    query = _vocabulary()
    with connection.cursor() as cursor:
        cursor.execute(query.sql, query.bind(article_id, lemma))
        row = cursor.fetchone()
    return None if row is None else dict(zip(_VOCABULARY_FIELDS, row, strict=True))


def answers_counted(attempt_id: int) -> int:
    """How many answers the attempt has (as ``Answer.objects.filter(attempt=...).count()``)."""
    with connection.cursor() as cursor:
        cursor.execute(_count_sql(), [attempt_id])
        return cursor.fetchone()[0]


_VOCABULARY_FIELDS = ("lemma_vocalized", "gloss", "root", "pos", "example")


@functools.cache
def _attempt() -> _Composed:
    return _composed(
        lambda attempt_id, _text: (
            Attempt.objects.select_for_update().filter(pk=attempt_id).order_by().values_list("pk")
        )
    )


@functools.cache
def _word_progress() -> _Composed:
    return _composed(
        lambda learner_id, lemma: (
            WordProgress.objects.select_for_update()
            .filter(learner_id=learner_id, lemma=lemma)
            .order_by()[:1]
        )
    )


@functools.cache
def _vocabulary() -> _Composed:
    example = Substr("article__text", F("example_start") + 1, F("example_end") - F("example_start"))
    return _composed(
        lambda article_id, lemma: (
            VocabularyWord.objects.filter(article_id=article_id, lemma=lemma)
            .annotate(example=example)
            .order_by("is_name", "id")
            .values(*_VOCABULARY_FIELDS)[:1]
        )
    )


@functools.cache
def _count_sql() -> str:
    name = connection.ops.quote_name
    column = Answer._meta.get_field("attempt").column
    return f"SELECT COUNT(*) FROM {name(Answer._meta.db_table)} WHERE {name(column)} = %s"
