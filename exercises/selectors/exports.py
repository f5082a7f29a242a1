"""Reads for exports: an article, its vocabulary and an approved set as plain export data."""

from __future__ import annotations

from collections.abc import Iterable

from exercises.arabic.analysis_types import Span, VocabularyEntry
from exercises.exports.article import ExportArticle
from exercises.generators.items import Item as ExportItem
from exercises.models import Article, ExerciseSet, Item
from exercises.selectors.articles import article_analysis, article_vocabulary
from exercises.selectors.meanings import corrected_hint, hint_glosses


def export_article(
    article: Article,
    *,
    exercise_set: ExerciseSet | None = None,
    words: Iterable[VocabularyEntry] | None = None,
) -> ExportArticle:
    """Everything an exporter needs about one article.

    Args:
        article: the article.
        exercise_set: its approved items are exported; None exports vocabulary only.
        words: the vocabulary to export (e.g. only a learner's unknown words); all by default.
    """
    vocabulary = article_vocabulary(article)
    glosses = hint_glosses(vocabulary.words)
    items = (
        ()
        if exercise_set is None
        else tuple(item_as_data(i, glosses) for i in approved(exercise_set))
    )
    return ExportArticle.from_document(
        key=article.content_hash[:16],
        title=article.title,
        document=article_analysis(article).document,
        vocabulary=tuple(vocabulary.words if words is None else words),
        names=vocabulary.names,
        items=items,
        source=article.source,
    )


def approved(exercise_set: ExerciseSet) -> list[Item]:
    return list(exercise_set.items.filter(status=Item.Status.APPROVED))


def item_as_data(item: Item, glosses: dict[str, str] | None = None) -> ExportItem:
    """The item as export data; ``glosses``: the teacher's corrected glosses by lemma, which a
    cloze item's hint follows."""
    return ExportItem(
        # The generator's key is stable for an article, so a newer set's export updates the
        # cloze notes and questions imported from an older one instead of duplicating them.
        key=item.key,
        kind=item.kind,
        type=item.type,
        subtype=item.subtype,
        prompt=item.prompt,
        instruction=item.instruction,
        answer=item.answer,
        options=tuple(item.options),
        pairs=tuple((left, right) for left, right in item.pairs),
        sequence=tuple(item.sequence),
        support=tuple(Span(start, end) for start, end in item.support),
        hint=corrected_hint(item.hint, item.kind, item.lemma, glosses or {}),
        explanation=item.explanation,
        difficulty=item.difficulty,
        lemma=item.lemma,
    )
