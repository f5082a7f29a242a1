"""Comprehension targets over the test corpus (tests/corpus/*.txt, never the unseen folder).

- True/false: between 40% and 60% true in every set, and no true statement that copies a
  stretch of its sentence word for word.
- At least three comprehension types that need no subheadings on every article of 150+ words.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from exercises.generators.true_false import TRUE
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PATHS = sorted(CORPUS.glob("*.txt"))  # the top folder only: unseen/ stays unread
SEEDS = (0, 1, 2)
# Types a news article without subheadings can have; numbers and dates count as one type.
NEWS_TYPES = {"who_said", "numbers", "true_false", "meaning", "main_idea", "cause"}


def corpus_article(path: Path):
    return analysed_text(path.read_text(encoding="utf-8"))


@cache
def comprehension(path: Path, seed: int, count: int = 20):
    """The comprehension set of one article (made once per test run: two tests read it)."""
    article = corpus_article(path)
    options = GenerationOptions(kinds=("comprehension",), seed=seed, count=count)
    return article, generate(article.analysed, article.vocabulary, options)


def words_of(text: str) -> str:
    """Letters and digits only, one space between words: punctuation and vowels do not count."""
    text = re.sub("[\u064b-\u0652\u0640]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def test_the_corpus_is_there_and_the_unseen_articles_are_not_read():
    assert len(PATHS) == 40
    assert all(path.parent == CORPUS for path in PATHS)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_true_false_is_balanced_in_every_set(path):
    article = corpus_article(path)
    for seed in SEEDS:
        _, items = comprehension(path, seed=seed)
        answers = [item.answer for item in items if item.subtype == "true_false"]
        if len(article.text.split()) >= 150:
            assert len(answers) >= 2, (seed, answers)
        if answers:
            share = answers.count(TRUE) / len(answers)
            assert 0.4 <= share <= 0.6, (seed, answers)


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_no_true_statement_copies_its_sentence(path):
    article, items = comprehension(path, count=100, seed=3)
    check_items(article.analysed, items)
    for item in items:
        if item.subtype != "true_false" or item.answer != TRUE:
            continue
        sentence = " ".join(article.text[span.start : span.end] for span in item.support)
        statement = words_of(item.prompt)
        assert statement not in words_of(sentence), item.prompt
        assert statement.removeprefix("و") not in words_of(sentence), item.prompt


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_every_news_article_has_three_types_without_subheadings(path):
    article = corpus_article(path)
    if len(article.text.split()) < 150:
        pytest.skip("a brief")
    for seed in SEEDS:
        _, items = comprehension(path, seed=seed)
        types = {"numbers" if item.subtype == "dates" else item.subtype for item in items}
        assert len(types & NEWS_TYPES) >= 3, (seed, types)
