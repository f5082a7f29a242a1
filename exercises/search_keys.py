"""The stored search keys of articles and vocabulary rows (see ``exercises.arabic.text.search``):
a query's key is looked for in them with one LIKE, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterable

from exercises.arabic.text.search import search_key

# Between fields, so that a query never matches across two of them.
SEPARATOR = " | "


def article_search_key(*, title: str, text: str) -> str:
    return search_key(title) + SEPARATOR + search_key(text)


def vocabulary_search_key(
    *,
    lemma: str,
    lemma_vocalized: str,
    forms: Iterable[str],
    gloss: str,
    other_glosses: Iterable[str],
) -> str:
    fields = [lemma, lemma_vocalized, *forms, gloss, *other_glosses]
    keys = dict.fromkeys(search_key(field) for field in fields if field)
    return SEPARATOR.join(keys)
