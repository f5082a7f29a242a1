"""Indexes of an article's words that the distractor search reads for every item, made once
per article (``ArticleContext.lookup``): each item's search then reads only the words that can
serve it, rather than the whole article again."""

from __future__ import annotations

from exercises.arabic.analysis_types import Analysis, AnalyzedToken
from exercises.generators.article_context import ArticleContext

Shape = tuple[str, tuple[str, ...], tuple[str, ...], str, str]


def shape(analysis: Analysis) -> Shape:
    return (
        analysis.pos, analysis.prefixes, analysis.suffixes, analysis.prefix_text,
        analysis.suffix_text,
    )  # fmt: skip


def by_shape(article: ArticleContext) -> dict[Shape, list[tuple[AnalyzedToken, float]]]:
    """The article's content words by their exact shape, in article order (made once: each
    item's search then reads only the words of its answer's shape)."""

    def index() -> dict[Shape, list[tuple[AnalyzedToken, float]]]:
        found: dict[Shape, list[tuple[AnalyzedToken, float]]] = {}
        for item, analysis, zipf in article.content_words:
            found.setdefault(shape(analysis), []).append((item, zipf))
        return found

    return article.lookup("distractors_by_shape", index)


def by_pos(article: ArticleContext) -> dict[str, list[tuple[str, float]]]:
    """The article's content words' lemma ids by part of speech, in article order."""

    def index() -> dict[str, list[tuple[str, float]]]:
        found: dict[str, list[tuple[str, float]]] = {}
        for _, analysis, zipf in article.content_words:
            found.setdefault(analysis.pos, []).append((analysis.lemma_id, zipf))
        return found

    return article.lookup("distractors_by_pos", index)


def slot_lemmas(article: ArticleContext) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The lemmas the article puts after each word and before each content word (made once)."""

    def index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        by_left: dict[str, set[str]] = {}
        by_right: dict[str, set[str]] = {}
        for key, (left, right) in zip(article.lemma_keys, article.neighbour_lemmas, strict=True):
            by_left.setdefault(left, set()).add(key)
            by_right.setdefault(right, set()).add(key)
        return by_left, by_right

    return article.lookup("slot_lemmas", index)
