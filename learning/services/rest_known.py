"""'Mark the rest known' at the end of an article: every word to learn of the article (the
reader's vocabulary list, which its counts count) the learner has never marked (no status at
all) becomes known, in a few queries whatever the article's length;
an undo puts those words back as they were (unmarked)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core import signing
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Substr
from django.utils import timezone

from exercises.models import Article, VocabularyWord
from learning.models import StatusChange, WordProgress, WordStatus

BATCH = 500
UNDO_MAX_AGE = 24 * 3600  # seconds an undo stays possible


@dataclass(frozen=True, slots=True)
class Marked:
    lemmas: tuple[str, ...]
    at: datetime


def never_seen(learner: AbstractBaseUser, lemmas: Iterable[str]) -> list[str]:
    """The lemmas (once each, in order) the learner has no status for: one query."""
    unique = list(dict.fromkeys(lemma for lemma in lemmas if lemma))
    seen = set(
        WordProgress.objects.filter(learner=learner, lemma__in=unique).values_list(
            "lemma", flat=True
        )
    )
    return [lemma for lemma in unique if lemma not in seen]


@transaction.atomic
def mark_rest_known(
    *, learner: AbstractBaseUser, article: Article, lemmas: Iterable[str], now=None
) -> Marked:
    """Make each never-seen lemma known for the learner (one status change each): four
    queries, plus one per ``BATCH`` words."""
    now = now or timezone.now()
    fresh = never_seen(learner, lemmas)
    info = _vocabulary_info(article, fresh)
    WordProgress.objects.bulk_create(
        [
            WordProgress(
                learner=learner, lemma=lemma, status=WordStatus.KNOWN, **info.get(lemma, {})
            )
            for lemma in fresh
        ],
        batch_size=BATCH,
        ignore_conflicts=True,  # a word marked in another tab a moment before keeps its status
    )
    StatusChange.objects.bulk_create(
        [StatusChange(learner=learner, lemma=lemma, status=WordStatus.KNOWN) for lemma in fresh],
        batch_size=BATCH,
    )
    return Marked(tuple(fresh), now)


@transaction.atomic
def undo_rest_known(*, learner: AbstractBaseUser, marked: Marked) -> list[str]:
    """Unmark the words a "mark the rest known" made known that are still known and have no
    review card: they are unmarked again. The lemmas unmarked."""
    rows = WordProgress.objects.filter(
        learner=learner,
        lemma__in=marked.lemmas,
        status=WordStatus.KNOWN,
        card__isnull=True,
        updated__gte=marked.at,
    )
    lemmas = list(rows.values_list("lemma", flat=True))
    rows.filter(lemma__in=lemmas).delete()
    StatusChange.objects.filter(
        learner=learner, lemma__in=lemmas, status=WordStatus.KNOWN, at__gte=marked.at
    ).delete()
    return lemmas


def undo_token(learner: AbstractBaseUser, marked: Marked) -> str:
    return signing.dumps(
        {"l": list(marked.lemmas), "t": marked.at.isoformat()},
        salt=_salt(learner),
        compress=True,
    )


def marked_from_token(learner: AbstractBaseUser, token: str) -> Marked | None:
    try:
        data = signing.loads(token, salt=_salt(learner), max_age=UNDO_MAX_AGE)
        return Marked(tuple(data["l"]), datetime.fromisoformat(data["t"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def _salt(learner: AbstractBaseUser) -> str:
    return f"learning.rest_known:{learner.pk}"


def _vocabulary_info(article: Article, lemmas: list[str]) -> dict[str, dict]:
    """What a review card shows of each lemma, from the article's vocabulary: one query."""
    rows = (
        VocabularyWord.objects.filter(article=article, lemma__in=lemmas)
        .annotate(
            example=Substr(
                "article__text", F("example_start") + 1, F("example_end") - F("example_start")
            )
        )
        .order_by("-is_name", "-id")  # the last one kept: a word before a name spelt the same
        .values("lemma", "lemma_vocalized", "gloss", "root", "pos", "example")
    )
    info = {}
    for row in rows:
        lemma = row.pop("lemma")
        row["gloss"] = row["gloss"][:500]
        row["example"] = row["example"] or ""
        info[lemma] = row
    return info
