"""Reads: articles, their stored analysis and vocabulary. Nothing here writes."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from exercises.arabic.analysis_json import analysis_from_json, current_analysis_version
from exercises.arabic.analysis_types import AnalyzedDocument, Span, VocabularyEntry
from exercises.arabic.frequency import level_rank
from exercises.arabic.gc_pause import gc_paused
from exercises.arabic.vocabulary import Order, Vocabulary, sort_entries
from exercises.models import Article, VocabularyWord
from exercises.selectors.meanings import article_overrides, entries_overridden, with_override
from exercises.selectors.shared_cache import TwoTierCache


def articles_visible_to(user: AbstractBaseUser | AnonymousUser | None) -> QuerySet[Article]:
    """The library, and the user's own private reading.

    The stored analysis is not read with the article (it is a few MB of JSON for a long one):
    ``article_analysis`` serves it decoded from its cache, and reads it only on a miss.
    """
    library = Q(private_to__isnull=True)
    if user is not None and user.is_authenticated:
        return Article.objects.filter(library | Q(private_to=user)).defer("analysis")
    return Article.objects.filter(library).defer("analysis")


def articles_editable_by(user: AbstractBaseUser) -> QuerySet[Article]:
    """The articles whose title and source the user may change: those they added."""
    if user.is_superuser:
        return Article.objects.all()
    return Article.objects.filter(added_by=user)


def article_list(user: AbstractBaseUser | AnonymousUser | None) -> QuerySet[Article]:
    return articles_visible_to(user).only(
        "id", "title", "source", "word_count", "created", "private_to"
    )


_OTHER_TITLES = 60


def other_titles(article: Article) -> tuple[str, ...]:
    """Titles of the library's other shared articles, newest first: other stories' headlines
    for main-idea questions (a learner's private reading is never shown to others)."""
    titles = (
        Article.objects.filter(private_to__isnull=True)
        .exclude(pk=article.pk)
        .order_by("-created", "-id")
        .values_list("title", flat=True)[:_OTHER_TITLES]
    )
    return tuple(title for title in titles if title != article.title)


def stale_articles() -> QuerySet[Article]:
    """Articles whose stored analysis was made by another version of the analyser."""
    return Article.objects.exclude(analysis_version=current_analysis_version())


# A 1 MB article has some 250,000 tokens and takes about 80 MB decoded: at most 600,000 tokens
# of decoded analyses are kept in this process, whatever the number of articles.
_analyses: TwoTierCache[AnalyzedDocument] = TwoTierCache(
    "analysis", size=32, weight=lambda analysed: len(analysed.tokens), max_weight=600_000
)
_vocabularies: TwoTierCache[tuple[tuple, tuple]] = TwoTierCache("vocabulary", size=64)


def _article_key(article: Article) -> tuple[int, str, str]:
    return (article.pk, article.content_hash, article.analysis_version)


def article_analysis(article: Article) -> AnalyzedDocument:
    """The stored analysis, decoded once per article version: kept in this process and in the
    shared cache (Redis, when configured), so that a process that finds it there reads neither
    the stored analysis nor decodes it.

    A stale analysis (from an older analyser) is still served: redoing it is a write, done by
    ``articles_reanalyze`` on import, at start-up (``bootstrap``, ``load_seeds``) or by the
    ``reanalyze`` command, never by a read.
    """
    return _analyses.get_or_make(_article_key(article), lambda: _decoded(article))


def _decoded(article: Article) -> AnalyzedDocument:
    with gc_paused():  # the JSON's parse too: a few hundred thousand rows, no cycles
        return analysis_from_json(article.analysis, article.text)


def article_analysis_known(article: Article, analysed: AnalyzedDocument) -> None:
    """Remember the analysis just stored for ``article`` (it is what decoding it would give), so
    the pages and generation right after an import do not decode it again."""
    _analyses.keep(_article_key(article), analysed)


def article_vocabulary(article: Article, *, order: Order = "appearance") -> Vocabulary:
    """The stored vocabulary with the teacher's corrections (kept like the analysis: in this
    process and the shared cache; a correction changes the key)."""
    key = (*_article_key(article), article.vocabulary_edit)
    words, names = _vocabularies.get_or_make(key, lambda: _entries(article))
    return Vocabulary(words=sort_entries(words, order), names=sort_entries(names, "appearance"))


def _entries(article: Article) -> tuple[tuple, tuple]:
    # insertion order among words of one first token (a term and its first word): the order
    # the vocabulary was built in, on every database
    rows = list(VocabularyWord.objects.filter(article=article).order_by("first_token", "id"))
    words = tuple(_entry(article, row) for row in rows if not row.is_name)
    names = tuple(_entry(article, row) for row in rows if row.is_name)
    overrides = article_overrides(article.pk)
    if not overrides:
        return words, names
    return entries_overridden(words, overrides), entries_overridden(names, overrides, is_name=True)


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
        other_glosses=tuple(row.other_glosses),
    )


@dataclass(frozen=True, slots=True)
class Meaning:
    """A word of the vocabulary as the teacher's correction page shows it."""

    word_id: int
    is_name: bool
    entry: VocabularyEntry  # corrected, with the automatic values beside (when corrected)

    @property
    def corrected(self) -> bool:
        return bool(self.entry.automatic_gloss)


def article_meanings(article: Article, *, word_id: int | None = None) -> list[Meaning]:
    """The article's words (then its names) with their corrections, read from the database (two
    queries, whatever the number of words); ``word_id``: that word alone."""
    rows = VocabularyWord.objects.filter(article=article).order_by("is_name", "first_token", "id")
    if word_id is not None:
        rows = rows.filter(pk=word_id)
    overrides = article_overrides(article.pk)
    return [
        Meaning(
            row.pk,
            row.is_name,
            with_override(
                _entry(article, row), overrides.get((row.lemma_vocalized, row.pos, row.is_name))
            ),
        )
        for row in rows
    ]
