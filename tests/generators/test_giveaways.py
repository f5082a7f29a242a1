"""No item of a set shows a cloze item's answer in its place: a meaning question quoting the
cloze's sentence whole, an ordering task listing it, a statement copying it (the fifth blind
review found seven such pairs in one 90-item sample). Where an article's sentences are too few
for both kinds, an item that shows an answer may only fill the count (tested by the corpus
pipeline test: every article still has comprehension items)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions, Item
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PATHS = sorted(CORPUS.glob("*.txt"))[::4]  # the top folder only; ten articles


def shown_texts(item: Item) -> list[str]:
    texts = [item.prompt, *item.options, *item.sequence]
    return texts + [text for pair in item.pairs for text in pair]


def around_the_gap(article_text: str, tokens, index: int) -> list[str]:
    """The answer with the word before it and with the word after it, as the article has them."""
    token = tokens[index].token
    stretches = []
    if index > 0:
        stretches.append(article_text[tokens[index - 1].token.start : token.end])
    if index + 1 < len(tokens):
        stretches.append(article_text[token.start : tokens[index + 1].token.end])
    return stretches


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_no_item_shows_a_cloze_answer_in_its_place_while_others_are_left(path):
    article = analysed_text(path.read_text(encoding="utf-8"))
    options = GenerationOptions(seed=3, count=6)
    items = generate(article.analysed, article.vocabulary, options)
    cloze = [item for item in items if item.kind == "cloze"]
    others = [item for item in items if item.kind != "cloze"]
    assert cloze and others
    text, tokens = article.analysed.document.text, article.analysed.tokens
    stretches = [
        stretch
        for item in cloze
        for stretch in around_the_gap(text, tokens, int(item.extra["token"]))
    ]

    def shows(item: Item) -> bool:
        return any(stretch in part for part in shown_texts(item) for stretch in stretches)

    # Every comprehension item the article offers, the set's cloze answers aside.
    offered = generate_comprehension(article.context, replace(options, count=1000))
    clean = {item.key for item in offered if not shows(item) and item.subtype != "true_false"}
    chosen = {item.key for item in others if item.kind == "comprehension"}
    showing = [item.key for item in others if shows(item)]
    assert not showing or not clean - chosen, f"{showing} chosen, {clean - chosen} left"
    assert [item for item in others if item.kind == "roots" and shows(item)] == []
