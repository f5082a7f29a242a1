"""The body sentences of a test text with one kind of statement edits applied."""

from __future__ import annotations

from collections.abc import Callable

from exercises.generators.edits import apply_edits
from tests.generators.conftest import analysed_text


def edited_sentences(text: str, make_edits: Callable) -> list[str]:
    """Each body sentence's statement, edited by ``make_edits(article, index, start, end)``."""
    article = analysed_text(text).context
    found = []
    for index in article.body_sentences:
        start, end = article.statement(index)
        edits = make_edits(article, index, start, end)
        found.append(apply_edits(article.text[start:end], start, edits))
    return found
