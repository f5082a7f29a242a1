"""Reads: how much of each article's words to learn (``exercises.selectors.article_figures``)
a learner does not know yet: those they have not marked known or ignored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Exists, OuterRef, Q

from exercises.models import VocabularyWord
from learning.models import WordProgress, WordStatus

SETTLED = (WordStatus.KNOWN, WordStatus.IGNORED)


@dataclass(frozen=True, slots=True)
class UnknownShare:
    unknown: int
    words_to_learn: int

    @property
    def percent(self) -> int:
        return round(100 * self.unknown / self.words_to_learn) if self.words_to_learn else 0


def unknown_shares(user: AbstractBaseUser, article_ids: Iterable[int]) -> dict[int, UnknownShare]:
    """For each article (by id), its words to learn and how many of them the user does not know
    yet: one query whatever the number of articles."""
    settled = WordProgress.objects.filter(learner=user, lemma=OuterRef("lemma"), status__in=SETTLED)
    rows = (
        VocabularyWord.objects.filter(article_id__in=list(article_ids), is_name=False)
        .values("article_id")
        .annotate(total=Count("id"), unknown=Count("id", filter=~Q(Exists(settled))))
        .order_by()
    )
    return {row["article_id"]: UnknownShare(row["unknown"], row["total"]) for row in rows}
