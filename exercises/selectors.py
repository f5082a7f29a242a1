"""Reads: articles, their stored analysis and vocabulary."""

from __future__ import annotations

from collections import OrderedDict

from django.db.models import QuerySet

from exercises.analysis_json import ANALYSIS_VERSION, analysis_from_json
from exercises.arabic.analysis_types import AnalyzedDocument, Span, VocabularyEntry
from exercises.arabic.frequency import level_rank
from exercises.arabic.vocabulary import Order, Vocabulary, sort_entries
from exercises.models import Article, ExerciseSet, Item, VocabularyWord


def article_list() -> QuerySet[Article]:
    return Article.objects.only("id", "title", "source", "word_count", "created")


_ANALYSIS_CACHE: OrderedDict[tuple[int, str], AnalyzedDocument] = OrderedDict()
_ANALYSIS_CACHE_SIZE = 32


def article_analysis(article: Article) -> AnalyzedDocument:
    """The stored analysis; analysed again (and stored) only if it predates the analyser.

    Decoded analyses stay in a small per-process cache, so a page reads JSON once per article.
    """
    if article.analysis_version != ANALYSIS_VERSION:
        from exercises.services import article_reanalyze

        article_reanalyze(article=article)
    key = (article.pk, article.content_hash)
    cached = _ANALYSIS_CACHE.get(key)
    if cached is None or cached.document.text != article.text:
        cached = analysis_from_json(article.analysis)
        _ANALYSIS_CACHE[key] = cached
        if len(_ANALYSIS_CACHE) > _ANALYSIS_CACHE_SIZE:
            _ANALYSIS_CACHE.popitem(last=False)
    else:
        _ANALYSIS_CACHE.move_to_end(key)
    return cached


def article_vocabulary(article: Article, *, order: Order = "appearance") -> Vocabulary:
    rows = list(VocabularyWord.objects.filter(article=article))
    words = [_entry(article, row) for row in rows if not row.is_name]
    names = [_entry(article, row) for row in rows if row.is_name]
    return Vocabulary(words=sort_entries(words, order), names=sort_entries(names, "appearance"))


def vocabulary_levels(vocabulary: Vocabulary) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for entry in vocabulary.words:
        counts[entry.level] = counts.get(entry.level, 0) + 1
    return sorted(counts.items(), key=lambda pair: level_rank(pair[0]))


def _entry(article: Article, row: VocabularyWord) -> VocabularyEntry:
    return VocabularyEntry(
        lemma=row.lemma,
        lemma_vocalized=row.lemma_vocalized,
        gloss=row.gloss,
        pos=row.pos,
        root=row.root,
        count=row.count,
        zipf=row.zipf,
        level=row.level,
        example=Span(row.example_start, row.example_end),
        example_text=article.text[row.example_start : row.example_end],
        first_token=row.first_token,
        forms=tuple(row.forms),
    )


def approved_sets_for_article(article: Article) -> QuerySet[ExerciseSet]:
    return ExerciseSet.objects.filter(article=article, status=ExerciseSet.Status.APPROVED)


def approved_items(exercise_set: ExerciseSet) -> QuerySet[Item]:
    return exercise_set.items.filter(status=Item.Status.APPROVED)


def sets_of_teacher(user) -> QuerySet[ExerciseSet]:
    sets = ExerciseSet.objects.select_related("article")
    return sets if user.is_superuser else sets.filter(created_by=user)


def review_counts(exercise_set: ExerciseSet) -> dict[str, int]:
    counts = {status: 0 for status in Item.Status.values}
    for status in exercise_set.items.values_list("status", flat=True):
        counts[status] += 1
    return counts
