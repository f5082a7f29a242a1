"""Fixtures for the plain-Python Arabic core: no database, the full lexicon loaded once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from exercises.arabic.analysis_types import AnalyzedDocument, AnalyzedToken
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import Vocabulary, build_vocabulary


@pytest.fixture(scope="session")
def seed_analysed(seed_text: str) -> AnalyzedDocument:
    return analyze_text(seed_text)


@pytest.fixture(scope="session")
def seed_vocabulary(seed_analysed: AnalyzedDocument) -> Vocabulary:
    return build_vocabulary(seed_analysed)


@pytest.fixture(scope="session")
def reading_of() -> Callable[..., AnalyzedToken]:
    """Find the analysed token written exactly so (the n-th occurrence) in a document."""

    def find(document: AnalyzedDocument, written: str, occurrence: int = 0) -> AnalyzedToken:
        found = [item for item in document.tokens if item.token.text == written]
        assert len(found) > occurrence, f"{written!r} occurs {len(found)} times"
        return found[occurrence]

    return find


@pytest.fixture(scope="session")
def analyse() -> Callable[[str], AnalyzedDocument]:
    return analyze_text
