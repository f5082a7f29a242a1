"""Several words as one term: the panel for a run of adjacent words, kept per learner with a
status like a word's, listed for the page to highlight after a reload, and removable."""

from __future__ import annotations

import json
import re

import pytest
from django.urls import reverse

from exercises.selectors.articles import article_analysis
from learning.models import LearnerTerm, WordProgress
from learning.selectors.reading_spans import MAX_TERM_WORDS

pytestmark = pytest.mark.django_db


@pytest.fixture
def tokens(client, seed_article) -> list[int]:
    """The word tokens of the article's page, in reading order."""
    html = client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content
    return [int(t) for t in re.findall(r'class="w" data-token="(\d+)"', html.decode())]


@pytest.fixture
def run(seed_article, tokens) -> tuple[int, int]:
    """The first two words next to each other (tokens in a row) in one sentence."""
    analysed = article_analysis(seed_article)
    for a, b in zip(tokens, tokens[1:], strict=False):
        if b == a + 1 and analysed.tokens[a].token.sentence == analysed.tokens[b].token.sentence:
            return a, b
    raise AssertionError("no two words in a sentence")


def panel(client, article, first, last):
    url = reverse("learning:term_panel", args=[article.pk])
    return client.get(url, {"first": first, "last": last})


def save(client, article, first, last, status="learning"):
    url = reverse("learning:term_status", args=[article.pk])
    data = {"first": first, "last": last, "status": status}
    return client.post(url, data, HTTP_HX_REQUEST="true")


def test_the_panel_shows_the_run_as_a_term_to_keep(client, learner, seed_article, run):
    client.force_login(learner)
    response = panel(client, seed_article, *run)
    html = response.content.decode()
    assert response.status_code == 200
    assert "A term of 2 words." in html and 'name="status"' in html
    assert f'data-first="{run[0]}" data-last="{run[1]}"' in html
    assert "data-extend" in html, "the run can grow by a word, by keyboard too"
    assert "?last=" in html, "the term can be heard"


def test_saving_keeps_the_term_for_this_learner_only(
    client, learner, other_learner, seed_article, run
):
    client.force_login(learner)
    response = save(client, seed_article, *run)
    assert response.status_code == 200
    term = LearnerTerm.objects.get(learner=learner)
    assert (term.first_token, term.last_token, term.status) == (*run, "learning")
    assert len(term.text.split()) == 2 and term.vocalized
    event = json.loads(response["HX-Trigger"])["learnerTerms"]
    assert event == {"terms": [[run[0], run[1], "learning"]]}
    assert 'aria-pressed="true">Learning' in response.content.decode()
    assert not WordProgress.objects.exists(), "the words' own statuses are untouched"
    save(client, seed_article, *run, status="known")
    assert LearnerTerm.objects.get(learner=learner).status == "known"
    client.force_login(other_learner)
    bar = client.get(reverse("learning:reader_words", args=[seed_article.pk])).content.decode()
    assert '<script id="learner-terms" type="application/json">[]</script>' in bar


def test_the_page_gets_the_terms_to_highlight_after_a_reload(client, learner, seed_article, run):
    client.force_login(learner)
    save(client, seed_article, *run)
    bar = client.get(reverse("learning:reader_words", args=[seed_article.pk])).content.decode()
    data = re.search(r'<script id="learner-terms" type="application/json">(.*?)</script>', bar)
    assert json.loads(data.group(1)) == [[run[0], run[1], "learning"]]


def test_a_word_of_a_term_shows_its_term_in_the_panel(client, learner, seed_article, run):
    client.force_login(learner)
    url = reverse("learning:word_lookup", args=[seed_article.pk, run[1]])
    assert "Your term:" not in client.get(url).content.decode()
    save(client, seed_article, *run)
    html = client.get(url).content.decode()
    assert "Your term:" in html and f'data-term-first="{run[0]}"' in html


def test_removing_a_term(client, learner, seed_article, run):
    client.force_login(learner)
    save(client, seed_article, *run)
    url = reverse("learning:term_remove", args=[seed_article.pk])
    response = client.post(url, {"first": run[0], "last": run[1]}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and not LearnerTerm.objects.exists()
    assert json.loads(response["HX-Trigger"])["learnerTerms"] == {"terms": []}


def test_runs_that_are_not_terms_are_refused(client, learner, seed_article, tokens, run):
    client.force_login(learner)
    assert "Not a term" in panel(client, seed_article, run[1], run[0]).content.decode()
    assert "Not a term" in panel(client, seed_article, run[0], run[0]).content.decode()
    assert "Not a term" in panel(client, seed_article, 0, 3).content.decode(), "بكين، 5 فبراير"
    long_run = tokens[0], tokens[MAX_TERM_WORDS + 2]
    assert "Not a term" in panel(client, seed_article, *long_run).content.decode()
    assert save(client, seed_article, *long_run).status_code == 400
    assert save(client, seed_article, *run, status="famous").status_code == 400
    assert panel(client, seed_article, 1, run[1]).status_code == 404  # a comma
    assert client.get(reverse("learning:term_panel", args=[seed_article.pk])).status_code == 400
    assert not LearnerTerm.objects.exists()


def test_anonymous_readers_see_the_term_but_cannot_keep_it(client, seed_article, run):
    html = panel(client, seed_article, *run).content.decode()
    assert "Log in" in html and 'name="status"' not in html
    assert save(client, seed_article, *run).status_code in (302, 403)
    assert not LearnerTerm.objects.exists()


def test_a_term_has_at_most_eight_words(client, learner, seed_article):
    analysed = article_analysis(seed_article)
    items = analysed.tokens
    start = next(
        i
        for i in range(len(items) - MAX_TERM_WORDS)
        if all(
            item.token.kind == "word" and item.token.sentence == items[i].token.sentence
            for item in items[i : i + MAX_TERM_WORDS + 1]
        )
    )
    client.force_login(learner)
    longest = start, start + MAX_TERM_WORDS - 1
    assert (
        f"A term of {MAX_TERM_WORDS} words."
        in panel(client, seed_article, *longest).content.decode()
    )
    too_long = start, start + MAX_TERM_WORDS
    assert "Not a term" in panel(client, seed_article, *too_long).content.decode()
