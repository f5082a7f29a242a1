"""Reads about a learner's words: statuses on a page, words due for review, counts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, QuerySet

from exercises.arabic.analysis_types import VocabularyEntry
from learning.models import WordProgress, WordStatus


def word_statuses(user: AbstractBaseUser, lemmas: Iterable[str]) -> dict[str, str]:
    """The learner's status for each of these lemmas that has one (others are new)."""
    if not user.is_authenticated:
        return {}
    wanted = set(lemmas)
    rows = WordProgress.objects.filter(learner=user, lemma__in=wanted).values_list(
        "lemma", "status"
    )
    return dict(rows)


def status_counts(statuses: dict[str, str], lemmas: Iterable[str]) -> dict[str, int]:
    """How many of the words (one lemma each, as given) are in each status (unmarked ones count
    as new)."""
    counts = {status: 0 for status in WordStatus.values}
    for lemma in lemmas:
        counts[statuses.get(lemma, WordStatus.NEW)] += 1
    return counts


def due_words(user: AbstractBaseUser, now: datetime) -> QuerySet[WordProgress]:
    """Cards due now of words being learnt, oldest due first."""
    return WordProgress.objects.filter(
        learner=user, status=WordStatus.LEARNING, due__lte=now
    ).order_by("due", "id")


def due_word(user: AbstractBaseUser, now: datetime, word_id: int) -> WordProgress | None:
    return due_words(user, now).filter(pk=word_id).first()


def learner_status_totals(user: AbstractBaseUser) -> dict[str, int]:
    counts = dict(
        WordProgress.objects.filter(learner=user)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return {status: counts.get(status, 0) for status in WordStatus.values}


def words_to_study(
    user: AbstractBaseUser, entries: Iterable[VocabularyEntry]
) -> list[VocabularyEntry]:
    """The vocabulary entries the learner has not marked known or ignored."""
    entries = list(entries)
    statuses = word_statuses(user, (entry.lemma for entry in entries))
    done = {WordStatus.KNOWN, WordStatus.IGNORED}
    return [entry for entry in entries if statuses.get(entry.lemma) not in done]
