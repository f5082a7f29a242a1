"""Deleting what classes may depend on: an article of the library, an exercise set."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from exercises.models import Article, ExerciseSet
from learning.selectors.classes import article_in_use


class ArticleInUseError(ValueError):
    """The article cannot be deleted; the message says why."""


def article_delete(*, article: Article) -> None:
    """Delete an article with its vocabulary and sets, unless a class has been given one.

    Raises:
        ArticleInUseError: a set made from it is assigned to a class.
    """
    with transaction.atomic():
        if article_in_use(article):
            raise ArticleInUseError(
                _(
                    "A class has been given exercises from this article: remove the assignment "
                    "before deleting it, so no learner's answers are lost."
                )
            )
        article.delete()


def exercise_set_delete(*, exercise_set: ExerciseSet) -> None:
    """Delete a set with its items, unless a class has been given it.

    Raises:
        ArticleInUseError: the set is assigned to a class.
    """
    with transaction.atomic():
        if exercise_set.assignments.exists():
            raise ArticleInUseError(
                _(
                    "A class has been given this set: remove the assignment before deleting it, "
                    "so no learner's answers are lost."
                )
            )
        exercise_set.delete()
