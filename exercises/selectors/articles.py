"""Reads: articles, their stored analysis and vocabulary. Nothing here writes."""

from __future__ import annotations

import threading
from collections import OrderedDict

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet

from exercises.arabic.analysis_json import analysis_from_json, current_analysis_version
from exercises.arabic.analysis_types import AnalyzedDocument, Span, VocabularyEntry
from exercises.arabic.frequency import level_rank
from exercises.arabic.gc_pause import gc_paused
from exercises.arabic.vocabulary import Order, Vocabulary, sort_entries
from exercises.models import Article, VocabularyWord


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


def stale_articles() -> QuerySet[Article]:
    """Articles whose stored analysis was made by another version of the analyser."""
    return Article.objects.exclude(analysis_version=current_analysis_version())


class _DecodedAnalyses:
    """A thread-safe, least-recently-used cache of decoded analyses, keyed by value, holding at
    most ``size`` articles and ``tokens`` tokens in all (a 1 MB article has some 250,000 tokens
    and takes about 80 MB decoded; the last one used is kept whatever its size)."""

    def __init__(self, size: int, tokens: int) -> None:
        self._size = size
        self._tokens = tokens
        self._entries: OrderedDict[tuple[int, str, str], AnalyzedDocument] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, article: Article) -> AnalyzedDocument:
        with self._lock:
            cached = self._entries.get(_key(article))
            if cached is not None:
                self._entries.move_to_end(_key(article))
                return cached
        with gc_paused():  # the JSON's parse too: a few hundred thousand rows, no cycles
            decoded = analysis_from_json(article.analysis)
        self.put(article, decoded)
        return decoded

    def put(self, article: Article, analysed: AnalyzedDocument) -> None:
        with self._lock:
            self._entries[_key(article)] = analysed
            self._entries.move_to_end(_key(article))
            held = sum(len(entry.tokens) for entry in self._entries.values())
            while len(self._entries) > 1 and (
                len(self._entries) > self._size or held > self._tokens
            ):
                _, dropped = self._entries.popitem(last=False)
                held -= len(dropped.tokens)


def _key(article: Article) -> tuple[int, str, str]:
    return (article.pk, article.content_hash, article.analysis_version)


_decoded = _DecodedAnalyses(size=32, tokens=600_000)


def article_analysis(article: Article) -> AnalyzedDocument:
    """The stored analysis, decoded once per process and article version.

    A stale analysis (from an older analyser) is still served: redoing it is a write, done by
    ``articles_reanalyze`` on import, at start-up (``bootstrap``, ``load_seeds``) or by the
    ``reanalyze`` command, never by a read.
    """
    return _decoded.get(article)


def article_analysis_known(article: Article, analysed: AnalyzedDocument) -> None:
    """Remember the analysis just stored for ``article`` (it is what decoding it would give), so
    the pages and generation right after an import do not decode it again."""
    _decoded.put(article, analysed)


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
