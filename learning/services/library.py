"""Writes about the articles of the library that depend on classes: deleting one."""

from __future__ import annotations

from django.db import transaction

from exercises.models import Article
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
                "A class has been given exercises from this article: remove the assignment "
                "before deleting it, so no learner's answers are lost."
            )
        article.delete()
