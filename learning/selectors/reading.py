"""Reads for the reading page: a token's analysis and the lemmas of an article."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.http import Http404
from django.shortcuts import get_object_or_404

from exercises.arabic.analysis_types import AnalyzedToken, VocabularyEntry
from exercises.models import Article
from exercises.reading import page_of_paragraph, reading_pages
from exercises.selectors.articles import (
    article_analysis,
    article_vocabulary,
    articles_visible_to,
)
from learning.services.progress import WordInfo


@dataclass(frozen=True, slots=True)
class LookedUp:
    token: int
    written: str
    vocalized: str
    lemma: str
    lemma_vocalized: str
    gloss: str
    root: str
    pos: str
    sentence: str
    other_glosses: tuple[str, ...] = ()  # the lemma's other senses, shown after the gloss
    term: str = ""  # the multiword term the word is part of (مَجْلِس الأَمْن), vowelled
    term_gloss: str = ""

    def info(self) -> WordInfo:
        return WordInfo(
            lemma_vocalized=self.lemma_vocalized,
            gloss=self.gloss[:500],
            root=self.root,
            pos=self.pos,
            example=self.sentence,
        )


def reading_article(user: AbstractBaseUser, article_id: int) -> Article:
    return get_object_or_404(articles_visible_to(user).defer("analysis"), pk=article_id)


def article_lemmas(article: Article) -> list[str]:
    """The lemma of every analysed word of the article, in order (repeats kept)."""
    return [
        item.analysis.lemma
        for item in article_analysis(article).tokens
        if item.analysis is not None and item.token.kind == "word" and item.analysis.lemma
    ]


def words_to_learn(article: Article) -> list[str]:
    """The lemma of each entry of the article's vocabulary list (its "different words to learn",
    see ``exercises.selectors.article_figures``): what the reader's status counts count."""
    return [entry.lemma for entry in article_vocabulary(article).words]


def token_lookup(article: Article, token: int) -> LookedUp:
    """The analysis of one word token of the article; 404 for anything but a word."""
    analysed = article_analysis(article)
    item = _token(analysed.tokens, token)
    if item is None or item.token.kind != "word":
        raise Http404
    analysis = item.analysis
    sentence = analysed.document.sentence_text(item.token.sentence)
    if analysis is None:
        return LookedUp(token, item.token.text, "", "", "", "", "", "", sentence)
    term = next((t for t in analysed.terms if t.first_token <= token <= t.last_token), None)
    corrected = _corrected(article, analysis.lemma, analysis.lemma_vocalized)
    return LookedUp(
        token=token,
        written=item.token.text,
        vocalized=analysis.vocalized,
        lemma=analysis.lemma,
        lemma_vocalized=corrected.lemma_vocalized if corrected else analysis.lemma_vocalized,
        gloss=corrected.gloss if corrected else analysis.gloss,
        root=analysis.root,
        pos=analysis.pos,
        sentence=sentence,
        other_glosses=analysis.other_glosses,
        term=term.lemma_vocalized if term else "",
        term_gloss=term.gloss if term else "",
    )


def _corrected(article: Article, lemma: str, lemma_vocalized: str) -> VocabularyEntry | None:
    """The teacher's correction of this lemma in the article, if any (from the cached
    vocabulary: no query)."""
    if not article.vocabulary_edit:
        return None
    vocabulary = article_vocabulary(article)
    return next(
        (
            entry
            for entry in (*vocabulary.words, *vocabulary.names)
            if entry.automatic_gloss
            and entry.lemma == lemma
            and entry.automatic_vocalized == lemma_vocalized
        ),
        None,
    )


def token_page(article: Article, token: int) -> int:
    """The number of the reader's page that shows a token of the article (from 1)."""
    analysed = article_analysis(article)
    item = _token(analysed.tokens, token)
    if item is None:
        raise Http404
    return page_of_paragraph(reading_pages(analysed.document), item.token.paragraph)


def _token(tokens: tuple[AnalyzedToken, ...], index: int) -> AnalyzedToken | None:
    if 0 <= index < len(tokens) and tokens[index].token.index == index:
        return tokens[index]
    return next((item for item in tokens if item.token.index == index), None)
