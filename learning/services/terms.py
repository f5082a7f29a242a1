"""A learner's terms: runs of adjacent words kept as one, each with a status like a word's."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser

from exercises.models import Article
from learning.models import LearnerTerm, WordStatus
from learning.selectors.reading_spans import Span


def term_save(
    *, learner: AbstractBaseUser, article: Article, span: Span, status: str
) -> LearnerTerm:
    """Keep the span as the learner's term with this status (a second save changes it)."""
    if status not in WordStatus.values:
        raise ValueError(f"unknown status {status!r}")
    term, _ = LearnerTerm.objects.update_or_create(
        learner=learner,
        article=article,
        first_token=span.first,
        last_token=span.last,
        defaults={"status": status, "text": span.text[:300], "vocalized": span.vocalized[:400]},
    )
    return term


def term_delete(*, learner: AbstractBaseUser, article: Article, first: int, last: int) -> bool:
    deleted, _ = LearnerTerm.objects.filter(
        learner=learner, article=article, first_token=first, last_token=last
    ).delete()
    return bool(deleted)


def learner_terms(learner: AbstractBaseUser, article: Article) -> list[list]:
    """[first, last, status] of each of the learner's terms in the article, for the page."""
    if not learner.is_authenticated:
        return []
    rows = LearnerTerm.objects.filter(learner=learner, article=article).values_list(
        "first_token", "last_token", "status"
    )
    return [list(row) for row in rows]


def terms_with_token(learner: AbstractBaseUser, article: Article, token: int) -> list[LearnerTerm]:
    """The learner's terms that include this word."""
    if not learner.is_authenticated:
        return []
    return list(
        LearnerTerm.objects.filter(
            learner=learner, article=article, first_token__lte=token, last_token__gte=token
        )
    )
