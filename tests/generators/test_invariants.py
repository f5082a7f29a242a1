"""The quality invariants on the seed and on articles nobody tuned the generators for."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from tests.generators.invariants import check_items

VARIANTS = {
    "choice": GenerationOptions(),
    "typed": GenerationOptions(cloze_typed=True, seed=1),
    "keep_clitics": GenerationOptions(keep_clitics=True, seed=2),
    "keep_clitics_typed": GenerationOptions(keep_clitics=True, cloze_typed=True, seed=3),
    "b1": GenerationOptions(level="B1", seed=4),
    "many": GenerationOptions(count=100, seed=5),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_it_keeps_the_invariants(article, variant):
    items = generate(article.analysed, article.vocabulary, VARIANTS[variant])
    check_items(article.analysed, items)


def test_it_reaches_the_targets_for_a_news_article(article):
    items = generate(article.analysed, article.vocabulary, GenerationOptions())
    kinds = Counter(item.kind for item in items)
    body = len(article.context.body_sentences)
    assert kinds["cloze"] >= min(20, body // 2)  # one gap per sentence at most
    assert kinds["comprehension"] >= 10
    assert kinds["roots"] >= 5
    subtypes = {item.subtype for item in items if item.kind == "comprehension"}
    assert len(subtypes - {"dates"}) >= 4, subtypes


def test_it_gives_the_same_items_for_the_same_seed(article):
    options = GenerationOptions(seed=11)
    first = generate(article.analysed, article.vocabulary, options)
    again = generate(article.analysed, article.vocabulary, options)
    assert first == again
    assert [item.extra for item in first] == [item.extra for item in again]


def test_it_varies_with_the_seed(article):
    runs = [
        generate(article.analysed, article.vocabulary, GenerationOptions(seed=seed))
        for seed in range(3)
    ]
    assert runs[0] != runs[1] or runs[0] != runs[2]


def test_it_does_not_depend_on_a_cached_article(article):
    options = GenerationOptions(seed=7)
    first = generate(article.analysed, article.vocabulary, options)
    fresh = replace(article.analysed)
    assert fresh is not article.analysed
    assert generate(fresh, article.vocabulary, options) == first
