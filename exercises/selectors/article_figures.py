"""Reads: the figures shown with an article, one definition each wherever they are shown.

- running words: every word of the text, each time it occurs (``Article.word_count``);
- words to learn: the entries of the article's vocabulary list, each dictionary form (with its
  part of speech) and each multiword term once; names and grammar words (في، من، و) are not in it;
- level: the text's level (``exercises.arabic.text_level``) from its words to learn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Sum

from exercises.arabic.text_level import text_level
from exercises.models import Article, VocabularyWord


@dataclass(frozen=True, slots=True)
class ArticleFigures:
    running_words: int
    words_to_learn: int
    level: str  # "" for an article without words


def article_figures(articles: Iterable[Article]) -> dict[int, ArticleFigures]:
    """The figures of each article, by id: one query whatever the number of articles."""
    running = {article.pk: article.word_count for article in articles}
    rows = (
        VocabularyWord.objects.filter(article_id__in=running, is_name=False)
        .values("article_id", "level")
        .annotate(entries=Count("id"), occurrences=Sum("count"))
        .order_by()
    )
    entries: dict[int, int] = defaultdict(int)
    by_level: dict[int, dict[str, int]] = defaultdict(dict)
    for row in rows:
        entries[row["article_id"]] += row["entries"]
        by_level[row["article_id"]][row["level"]] = row["occurrences"] or 0
    return {
        pk: ArticleFigures(
            running_words=words,
            words_to_learn=entries[pk],
            level=text_level(by_level[pk], words),
        )
        for pk, words in running.items()
    }
