"""Reads: what an article brought for import looks like before it is saved."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser

from exercises.arabic.pipeline import analyze_text
from exercises.arabic.text.segment import segment
from exercises.arabic.vocabulary import build_vocabulary
from exercises.article_files import ArticleText
from exercises.selectors.article_figures import ArticleFigures
from learning.models import WordStatus
from learning.selectors.progress import word_statuses

PREVIEW_PARAGRAPHS = 3
# The words to learn are counted from the start of a long text, so that a preview of a
# long article answers at once.
SAMPLE_CHARACTERS = 20_000


@dataclass(frozen=True, slots=True)
class ImportPreview:
    title: str
    paragraphs: tuple[str, ...]
    paragraph_count: int
    word_count: int  # running words (see exercises.selectors.article_figures)
    words_to_learn: int  # entries of the vocabulary list the article would have
    unknown: int  # of these, those the user has not marked known or ignored
    estimated: bool  # the words to learn were counted on the start of the text only

    @property
    def figures(self) -> ArticleFigures:
        return ArticleFigures(self.word_count, self.words_to_learn, level="")

    @property
    def percent(self) -> int:
        return round(100 * self.unknown / self.words_to_learn) if self.words_to_learn else 0


def import_preview(user: AbstractBaseUser, article: ArticleText, title: str) -> ImportPreview:
    document = segment(article.text)
    paragraphs = tuple(document.paragraph_text(p.index) for p in document.paragraphs)
    sample = article.text[:SAMPLE_CHARACTERS]
    lemmas = [entry.lemma for entry in build_vocabulary(analyze_text(sample)).words]
    statuses = word_statuses(user, lemmas)
    settled = (WordStatus.KNOWN, WordStatus.IGNORED)
    unknown = sum(1 for lemma in lemmas if statuses.get(lemma) not in settled)
    return ImportPreview(
        title=title or article.title_hint or (paragraphs[0][:120] if paragraphs else ""),
        paragraphs=paragraphs[:PREVIEW_PARAGRAPHS],
        paragraph_count=len(paragraphs),
        word_count=sum(1 for token in document.tokens if token.kind == "word"),
        words_to_learn=len(lemmas),
        unknown=unknown,
        estimated=len(article.text) > SAMPLE_CHARACTERS,
    )
