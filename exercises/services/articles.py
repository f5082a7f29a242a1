"""Writes: importing and analysing articles. Keyword-only arguments, ``<entity>_<action>`` names."""

from __future__ import annotations

import hashlib
import unicodedata

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from exercises.arabic.analysis_json import analysis_to_json, current_analysis_version
from exercises.arabic.analysis_types import AnalyzedDocument
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import Vocabulary, build_vocabulary
from exercises.article_files import (
    MAX_TITLE_CHARS,
    ArticleFileError,
    check_source,
    check_text,
    check_title,
    clean_text,
)
from exercises.models import Article, VocabularyWord
from exercises.search_keys import article_search_key, vocabulary_search_key
from exercises.selectors.articles import article_analysis_known, stale_articles

MAX_TITLE_LENGTH = 120


def content_hash(text: str) -> str:
    """Identity of an article's text: the same words with other line endings or spacing match."""
    canonical = "\n".join(" ".join(line.split()) for line in normalized_text(text).split("\n"))
    return hashlib.sha256(canonical.strip().encode("utf-8")).hexdigest()


def normalized_text(text: str) -> str:
    """NFC, one kind of line end, no bidirectional controls, no outer spaces."""
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()


def article_import(
    *,
    text: str,
    title: str = "",
    source: str = "",
    user: AbstractBaseUser | None = None,
    private: bool = False,
) -> tuple[Article, bool]:
    """Import an article, or return the one already imported with the same text.

    Args:
        user: who brought it.
        private: a learner's own reading, seen by them alone; otherwise it joins the library.
            The same text brought by two people is one article, in the library.

    Returns:
        The article and whether it was created now.

    Raises:
        ArticleFileError: the text is empty, not Arabic, without a word, has NUL or broken
            characters or a word too long to be one; the title or source is too long or has NUL.
            Nothing is saved then.
    """
    check_text(text)  # before NFC: a lone surrogate would make normalisation fail
    text = normalized_text(text)
    if not text:
        raise ArticleFileError(_("The text is empty: there is nothing to import."))
    check_text(text)
    title, source = check_title(title), check_source(source)
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        if existing.analysis_version != current_analysis_version():
            article_reanalyze(article=existing)
        _share_if_brought_again(existing, user, private)
        return existing, False
    analysed = analyze_text(text)
    if not any(item.token.kind == "word" for item in analysed.tokens):
        raise ArticleFileError(_("The text has no words: there is nothing to learn from it."))
    try:
        article = _create(
            text, digest, analysed, title=title, source=source, user=user, private=private
        )
    except IntegrityError:  # the same text was imported at the same moment
        existing = Article.objects.get(content_hash=digest)
        _share_if_brought_again(existing, user, private)
        return existing, False
    return article, True


def _create(
    text: str,
    digest: str,
    analysed: AnalyzedDocument,
    *,
    title: str,
    source: str,
    user: AbstractBaseUser | None,
    private: bool,
) -> Article:
    with transaction.atomic():
        article = Article.objects.create(
            title=title or default_title(analysed)[:MAX_TITLE_CHARS],
            text=text,
            source=source,
            content_hash=digest,
            added_by=user,
            private_to=user if private else None,
        )
        _store_analysis(article, analysed)
    return article


def _share_if_brought_again(article: Article, user: AbstractBaseUser | None, private: bool) -> None:
    if article.private_to_id is None:
        return
    if private and user is not None and article.private_to_id == user.pk:
        return
    article.private_to = None
    article.save(update_fields=["private_to"])


def article_update(*, article: Article, title: str, source: str) -> Article:
    """Change what the teacher may change about an article: its title and source."""
    article.title = title.strip() or article.title
    article.source = source.strip()
    article.search_key = article_search_key(title=article.title, text=article.text)
    article.save(update_fields=["title", "source", "search_key"])
    return article


def article_reanalyze(*, article: Article) -> Article:
    """Analyse the article again (after the analyser improved) and rebuild its vocabulary."""
    analysed = analyze_text(article.text)
    with transaction.atomic():
        article.vocabulary.all().delete()
        _store_analysis(article, analysed)
    return article


def articles_reanalyze(*, stale_only: bool = True) -> int:
    """Analyse articles again and rebuild their vocabularies; returns how many were redone.

    With ``stale_only`` (the default), only analyses made by another version of the analyser,
    so each is redone once: at start-up (``bootstrap``, ``load_seeds``) and by ``reanalyze``.
    """
    articles = stale_articles() if stale_only else Article.objects.all()
    ids = list(articles.values_list("pk", flat=True))
    for article in Article.objects.filter(pk__in=ids).iterator(chunk_size=20):
        article_reanalyze(article=article)
    return len(ids)


def default_title(analysed: AnalyzedDocument) -> str:
    """The first heading, else the start of the first sentence, cut at a word boundary."""
    document = analysed.document
    heading = next((p for p in document.paragraphs if p.is_heading), None)
    if heading is not None and heading.index == 0:
        return document.paragraph_text(heading.index)
    first = document.sentence_text(0) if document.sentences else document.text
    if len(first) <= MAX_TITLE_LENGTH:
        return first
    return first[:MAX_TITLE_LENGTH].rsplit(" ", 1)[0] + "…"


def _store_analysis(article: Article, analysed: AnalyzedDocument) -> None:
    article.analysis = analysis_to_json(analysed, with_text=False)
    article.analysis_version = current_analysis_version()
    article.word_count = sum(1 for item in analysed.tokens if item.token.kind == "word")
    # kept with the analysis, so that reanalysing refreshes it should the key's folding change
    article.search_key = article_search_key(title=article.title, text=article.text)
    article.save()
    # The stored rows are not kept on the instance (read again from the database should it be
    # asked for); the analysis itself serves the next pages and generation of this process.
    del article.__dict__["analysis"]
    article_analysis_known(article, analysed)
    _store_vocabulary(article, build_vocabulary(analysed))


def _store_vocabulary(article: Article, vocabulary: Vocabulary) -> None:
    rows = []
    for is_name, entries in ((False, vocabulary.words), (True, vocabulary.names)):
        for entry in entries:
            rows.append(
                VocabularyWord(
                    article=article,
                    # Cut to the columns, should an analysis ever make more of a word.
                    lemma=entry.lemma[:100],
                    lemma_vocalized=entry.lemma_vocalized[:120],
                    gloss=entry.gloss[:500],
                    pos=entry.pos[:10],
                    root=entry.root[:10],
                    count=entry.count,
                    zipf=entry.zipf,
                    level=entry.level,
                    example_start=entry.example.start,
                    example_end=entry.example.end,
                    first_token=entry.first_token,
                    forms=list(entry.forms),
                    is_name=is_name,
                    other_glosses=[gloss[:500] for gloss in entry.other_glosses],
                    search_key=vocabulary_search_key(
                        lemma=entry.lemma,
                        lemma_vocalized=entry.lemma_vocalized,
                        forms=entry.forms,
                        gloss=entry.gloss,
                        other_glosses=entry.other_glosses,
                    ),
                )
            )
    VocabularyWord.objects.bulk_create(rows)
