"""A long article's set is generated from its first paragraphs up to a limit: the same items,
keys and places as from those paragraphs alone, and a normal article is read whole."""

from __future__ import annotations

from pathlib import Path

from exercises.arabic.vocabulary import build_vocabulary
from exercises.generators import excerpt as excerpt_module
from exercises.generators.excerpt import generation_excerpt
from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_text

ARTICLE = Path(__file__).resolve().parent.parent / "corpus" / "01_politics_jordan_budget_vote.txt"


def _long_text() -> str:
    return "\n\n".join([ARTICLE.read_text(encoding="utf-8").strip()] * 4)


def test_it_reads_a_normal_article_whole():
    article = analysed_text(ARTICLE.read_text(encoding="utf-8"))
    assert generation_excerpt(article.analysed) is article.analysed


def test_it_cuts_a_long_article_after_the_last_paragraph_that_fits():
    article = analysed_text(_long_text())
    limit = len(article.text) // 2
    cut = generation_excerpt(article.analysed, limit=limit)
    paragraphs = article.analysed.document.paragraphs
    end = max(p.end for p in paragraphs if p.end <= limit)
    assert cut.text == article.text[:end]
    assert cut.document.paragraphs == tuple(p for p in paragraphs if p.end <= end)
    count = len(cut.tokens)
    assert cut.tokens == article.analysed.tokens[:count]
    assert cut.document.tokens == article.analysed.document.tokens[:count]
    assert all(token.end <= end for token in cut.document.tokens)
    assert article.analysed.document.tokens[count].start >= end
    assert cut.document.sentences[-1].last_token == count
    assert all(term.last_token < count for term in cut.terms)


def test_it_generates_from_the_excerpt_of_a_long_article(monkeypatch):
    article = analysed_text(_long_text())
    limit = len(article.text) // 3
    monkeypatch.setattr(excerpt_module, "EXCERPT_CHARS", limit)
    options = GenerationOptions(seed=7)
    cut = generation_excerpt(article.analysed)
    assert len(cut.text) <= limit
    from_cut = generate(cut, build_vocabulary(cut), options)
    from_whole = generate(article.analysed, article.vocabulary, options)
    assert from_whole and from_whole == from_cut
    assert all(span.end <= len(cut.text) for item in from_whole for span in item.support)
