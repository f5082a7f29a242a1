"""Reads: exercise sets and their review state."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet

from exercises.models import Article, ExerciseSet, Item


def approved_sets_for_article(article: Article) -> QuerySet[ExerciseSet]:
    return ExerciseSet.objects.filter(article=article, status=ExerciseSet.Status.APPROVED)


def sets_of_teacher(user: AbstractBaseUser) -> QuerySet[ExerciseSet]:
    sets = ExerciseSet.objects.select_related("article")
    return sets if user.is_superuser else sets.filter(created_by=user)


def review_counts(exercise_set: ExerciseSet) -> dict[str, int]:
    counts = {status: 0 for status in Item.Status.values}
    for status in exercise_set.items.values_list("status", flat=True):
        counts[status] += 1
    return counts
