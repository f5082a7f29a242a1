"""The words written around a person's name: where news puts their office (وزير الخارجية فلان،
فلان نائب وزير الاستثمار، المتحدث باسم وزارة النقل فلان). A source or an office sharing one of
them may be that person again."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from exercises.arabic.text.normalize import normalize_key

if TYPE_CHECKING:
    from exercises.generators.article_context import ArticleContext

NEAR = 6  # words before and after a name where its office is written


def bare_key(word: str) -> str:
    return normalize_key(word).removeprefix("ال")


def office_words(article: ArticleContext, persons: Iterable[int]) -> set[str]:
    """The words (normalized, without ال) within ``NEAR`` words of each mention of ``persons``,
    in the mention's sentence."""
    wanted = set(persons)
    words: set[str] = set()
    tokens = article.tokens
    for mention in article.people.mentions:
        if mention.person not in wanted:
            continue
        sentence = tokens[mention.start_token].token.sentence
        low = max(0, mention.start_token - NEAR)
        high = min(len(tokens), mention.name_tokens[-1] + 1 + NEAR)
        words.update(
            bare_key(tokens[index].token.text)
            for index in range(low, high)
            if tokens[index].token.kind == "word" and tokens[index].token.sentence == sentence
        )
    return words
