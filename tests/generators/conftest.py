from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pytest

from exercises.arabic.analysis_types import AnalyzedDocument
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import Vocabulary, build_vocabulary
from exercises.generators.article_context import ArticleContext

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "seeds" / "000_ad039091c34c510c.txt"
ARTICLES = {
    "seed": SEED,
    **{path.stem: path for path in sorted((HERE / "articles").glob("*.txt"))},
}


class Analysed:
    """An article analysed once per test session, with its vocabulary."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.analysed: AnalyzedDocument = analyze_text(text)
        self.vocabulary: Vocabulary = build_vocabulary(self.analysed)

    @cached_property
    def context(self) -> ArticleContext:
        """What the generators of one kind take, as ``registry.generate`` builds it."""
        return ArticleContext(self.analysed, self.vocabulary)


_cache: dict[str, Analysed] = {}


def analysed_article(name: str) -> Analysed:
    if name not in _cache:
        _cache[name] = Analysed(name, ARTICLES[name].read_text(encoding="utf-8"))
    return _cache[name]


def analysed_text(text: str) -> Analysed:
    key = f"text:{text}"
    if key not in _cache:
        _cache[key] = Analysed("text", text)
    return _cache[key]


@pytest.fixture(params=sorted(ARTICLES), scope="session")
def article(request) -> Analysed:
    return analysed_article(request.param)


@pytest.fixture(scope="session")
def seed() -> Analysed:
    return analysed_article("seed")
