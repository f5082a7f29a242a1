"""A long article is read a page at a time; its words keep their article-wide token indices."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from django.urls import reverse

from exercises.arabic.text.segment import segment
from exercises.selectors.articles import article_analysis
from exercises.services.articles import article_import

ROOT = Path(__file__).resolve().parents[3]
SOURCES = [
    ROOT / "seeds" / "000_ad039091c34c510c.txt",
    *sorted((ROOT / "tests" / "generators" / "articles").glob("*.txt")),
]
PAGE_BYTES = 500_000


def long_text(characters: int) -> str:
    """Sentences of the project's articles in a seeded order, a heading every few paragraphs."""
    sentences = []
    for path in SOURCES:
        document = segment(path.read_text(encoding="utf-8"))
        headings = {p.index for p in document.paragraphs if p.is_heading}
        sentences += [
            document.sentence_text(s.index)
            for s in document.sentences
            if s.paragraph not in headings
        ]
    rng = random.Random(3)
    lines: list[str] = []
    while sum(map(len, lines)) < characters:
        if len(lines) % 5 == 0:
            lines.append(f"الجزء {len(lines) // 5 + 1} من التقرير")
        lines.append(" ".join(rng.sample(sentences, 3)))
    return "\n".join(lines)


@pytest.fixture
def long_article(db):
    article, _ = article_import(text=long_text(80_000), title="مقال طويل")
    return article


def page(client, article, number=None):
    url = reverse("exercises:article_detail", args=[article.pk])
    return client.get(url, {} if number is None else {"page": number})


def tokens_of(html: str) -> list[int]:
    return [int(value) for value in re.findall(r'data-token="(\d+)"', html)]


def test_a_long_article_has_several_light_pages_that_cover_every_word(client, long_article):
    first = page(client, long_article).content.decode()
    pages = int(re.search(r'data-pages="(\d+)"', first).group(1))
    assert pages >= 3
    seen = []
    for number in range(1, pages + 1):
        response = page(client, long_article, number)
        html = response.content.decode()
        assert response.status_code == 200
        assert len(response.content) < PAGE_BYTES
        assert '<h1 class="article-heading">مقال طويل</h1>' in html, "the title on every page"
        assert f"Page {number} of {pages}" in html
        assert ('rel="prev"' in html) == (number > 1)
        assert ('rel="next"' in html) == (number < pages)
        seen += tokens_of(html)
    analysed = article_analysis(long_article)
    words = [item.token.index for item in analysed.tokens if item.token.kind == "word"]
    assert seen == words, "every word once, in order, with its index in the whole article"
    assert tokens_of(first) == tokens_of(page(client, long_article, 1).content.decode())


def test_a_word_on_page_two_looks_up_its_own_analysis(client, long_article):
    html = page(client, long_article, 2).content.decode()
    token, written = re.findall(r'data-token="(\d+)" data-lemma="[^"]+">([^<]+)<', html)[-1]
    analysed = article_analysis(long_article)
    item = analysed.tokens[int(token)]
    assert item.token.text == written
    lookup = client.get(reverse("learning:word_lookup", args=[long_article.pk, int(token)]))
    assert lookup.status_code == 200
    card = lookup.content.decode()
    assert f'data-token="{token}"' in card and f'data-lemma="{item.analysis.lemma}"' in card
    assert item.analysis.vocalized in card


def test_marking_a_word_without_htmx_returns_to_its_page(client, learner, long_article):
    client.force_login(learner)
    token = tokens_of(page(client, long_article, 2).content.decode())[0]
    url = reverse("learning:word_status", args=[long_article.pk, token])
    response = client.post(url, {"status": "known"})
    assert response.status_code == 302
    assert response.url.endswith("?page=2")


def test_a_page_out_of_range_is_not_found(client, long_article):
    for value in ["0", "99", "-1", "abc", "", "٢", "1.5"]:
        assert page(client, long_article, value).status_code == 404, value


def test_a_short_article_is_one_page_without_page_links(client, seed_article):
    html = page(client, seed_article).content.decode()
    assert 'data-page="1" data-pages="1"' in html
    assert 'rel="next"' not in html and "Page 1 of" not in html
    assert page(client, seed_article, 2).status_code == 404
