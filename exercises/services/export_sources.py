"""What an export command or page exports: an article, a set, or a file imported on the way."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from exercises.article_files import read_article_file
from exercises.exports.article import ExportArticle
from exercises.generators.items import GenerationOptions
from exercises.models import Article, ExerciseSet
from exercises.selectors.exports import export_article
from exercises.selectors.sets import approved_sets_for_article
from exercises.services.articles import article_import
from exercises.services.sets import generated_items


class ExportSourceError(ValueError):
    """The source names no article or set; the message says what was not found."""


def export_source(value: str) -> ExportArticle:
    """Resolve ``ARTICLE_ID``, ``set:SET_ID`` or a file path to export data.

    A file is imported once (importing the same text again finds the same article). The article
    is exported with its latest approved set or, if it has none, with items generated with the
    default options.

    Raises:
        ExportSourceError: no such article or set.
        ArticleFileError: the file cannot be imported.
    """
    if value.startswith("set:"):
        set_id = value.removeprefix("set:")
        exercise_set = ExerciseSet.objects.filter(
            pk=int(set_id) if set_id.isdigit() else -1
        ).first()
        if exercise_set is None:
            raise ExportSourceError(f"There is no exercise set with id {set_id}.")
        return export_article(exercise_set.article, exercise_set=exercise_set)
    if value.isdigit() and not Path(value).exists():
        article = Article.objects.filter(pk=int(value)).first()
        if article is None:
            raise ExportSourceError(f"There is no article with id {value}.")
        return article_with_best_set(article)
    text = read_article_file(Path(value))
    article, _ = article_import(text=text.text, title=text.title_hint)
    return article_with_best_set(article)


def article_with_best_set(article: Article) -> ExportArticle:
    exercise_set = approved_sets_for_article(article).first()
    if exercise_set is not None:
        return export_article(article, exercise_set=exercise_set)
    # The generator's item keys are stable for a text and are the keys a stored set keeps, so
    # no prefix: with the article's content hash they make the same identity whether or not the
    # set is approved, and whatever the article's id in this database.
    items = generated_items(article=article, options=GenerationOptions(seed=1))
    return replace(export_article(article), items=items)
