"""Reads: what an article brought for import looks like before it is saved."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser

from exercises.arabic.analysis_types import CONTENT_POS
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.text.segment import segment
from exercises.article_files import ArticleText
from learning.models import WordStatus
from learning.selectors.progress import word_statuses

PREVIEW_PARAGRAPHS = 3
# The share of new words is estimated from the start of a long text, so that a preview of a
# long article answers at once.
SAMPLE_CHARACTERS = 20_000


@dataclass(frozen=True, slots=True)
class ImportPreview:
    title: str
    paragraphs: tuple[str, ...]
    paragraph_count: int
    word_count: int
    new_share: float  # of the running content words, those the user has not marked known
    estimated: bool  # the share was measured on the start of the text only


def import_preview(user: AbstractBaseUser, article: ArticleText, title: str) -> ImportPreview:
    document = segment(article.text)
    paragraphs = tuple(document.paragraph_text(p.index) for p in document.paragraphs)
    sample = article.text[:SAMPLE_CHARACTERS]
    lemmas = [
        item.analysis.lemma
        for item in analyze_text(sample).tokens
        if item.analysis is not None and item.analysis.pos in CONTENT_POS and not item.is_stopword
    ]
    statuses = word_statuses(user, lemmas)
    settled = (WordStatus.KNOWN, WordStatus.IGNORED)
    new = sum(1 for lemma in lemmas if statuses.get(lemma) not in settled)
    return ImportPreview(
        title=title or article.title_hint or (paragraphs[0][:120] if paragraphs else ""),
        paragraphs=paragraphs[:PREVIEW_PARAGRAPHS],
        paragraph_count=len(paragraphs),
        word_count=sum(1 for token in document.tokens if token.kind == "word"),
        new_share=new / len(lemmas) if lemmas else 0.0,
        estimated=len(article.text) > SAMPLE_CHARACTERS,
    )
