"""'Mark the rest known' at the end of an article: a confirm step with the count, one bulk
update of the never-seen words only (queries bounded whatever the article's length), a count
message and an undo."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning.models import StatusChange, WordProgress
from learning.selectors.reading import words_to_learn
from learning.services.progress import WordInfo, word_status_set
from learning.services.rest_known import mark_rest_known

pytestmark = pytest.mark.django_db


def url(article, undo: bool = False) -> str:
    return reverse("learning:rest_known_undo" if undo else "learning:rest_known", args=[article.pk])


@pytest.fixture
def lemmas(seed_article) -> list[str]:
    return list(dict.fromkeys(words_to_learn(seed_article)))


def entries(article, *but: str) -> int:
    """How many of the reader's words to learn have a lemma other than these (the messages count
    entries of the list, as the reader's counts do; two may share a lemma)."""
    return sum(lemma not in but for lemma in words_to_learn(article))


def test_the_last_page_offers_it_to_learners_only(client, learner, seed_article):
    page = reverse("exercises:article_detail", args=[seed_article.pk])
    assert 'id="rest-known"' not in client.get(page).content.decode()
    client.force_login(learner)
    html = client.get(page).content.decode()
    assert 'id="rest-known"' in html and f'hx-get="{url(seed_article)}"' in html


def test_the_confirm_step_counts_the_never_seen_words(client, learner, seed_article, lemmas):
    client.force_login(learner)
    word_status_set(learner=learner, lemma=lemmas[0], status="learning", info=WordInfo())
    word_status_set(learner=learner, lemma=lemmas[1], status="new", info=WordInfo())
    html = client.get(url(seed_article), HTTP_HX_REQUEST="true").content.decode()
    count = entries(seed_article, *lemmas[:2])
    assert f"{count} words of this article have never been marked" in html
    assert f"Yes, mark {count} words known" in html and "data-cancel-rest" in html
    assert WordProgress.objects.count() == 2, "nothing changes before the confirmation"


def test_confirming_marks_only_the_never_seen_words_known(client, learner, seed_article, lemmas):
    client.force_login(learner)
    word_status_set(learner=learner, lemma=lemmas[0], status="learning", info=WordInfo())
    word_status_set(learner=learner, lemma=lemmas[1], status="new", info=WordInfo())
    response = client.post(url(seed_article), HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert f"Marked {entries(seed_article, *lemmas[:2])} words known." in html and "Undo" in html
    assert "statusesChanged" in json.loads(response["HX-Trigger"])
    statuses = dict(WordProgress.objects.filter(learner=learner).values_list("lemma", "status"))
    assert statuses[lemmas[0]] == "learning" and statuses[lemmas[1]] == "new"
    assert set(statuses) == set(lemmas)
    assert sum(s == "known" for s in statuses.values()) == len(lemmas) - 2
    assert StatusChange.objects.filter(learner=learner, status="known").count() == len(lemmas) - 2
    president = WordProgress.objects.get(learner=learner, lemma="رئيس")
    assert "president" in president.gloss and president.example, "the card knows the word"
    again = client.post(url(seed_article), HTTP_HX_REQUEST="true").content.decode()
    assert "Marked 0 words known." in again


def test_undo_unmarks_those_words_only(client, learner, seed_article, lemmas):
    client.force_login(learner)
    word_status_set(learner=learner, lemma=lemmas[0], status="known", info=WordInfo())
    done = client.post(url(seed_article), HTTP_HX_REQUEST="true").content.decode()
    token = done.split('name="undo" value="')[1].split('"')[0]
    response = client.post(url(seed_article, undo=True), {"undo": token}, HTTP_HX_REQUEST="true")
    assert (
        f"Undone: {entries(seed_article, lemmas[0])} words are unmarked again."
        in response.content.decode()
    )
    assert list(WordProgress.objects.values_list("lemma", flat=True)) == [lemmas[0]]
    assert StatusChange.objects.count() == 1


def test_an_undo_token_is_the_learners_own(client, learner, other_learner, seed_article):
    client.force_login(learner)
    done = client.post(url(seed_article), HTTP_HX_REQUEST="true").content.decode()
    token = done.split('name="undo" value="')[1].split('"')[0]
    client.force_login(other_learner)
    html = client.post(url(seed_article, undo=True), {"undo": token}).content.decode()
    assert "can no longer be undone" in html
    assert WordProgress.objects.filter(learner=learner).count() > 50


def test_the_bulk_update_takes_a_bounded_number_of_queries(learner, seed_article, lemmas):
    few = lemmas[:3]
    with CaptureQueriesContext(connection) as small:
        mark_rest_known(learner=learner, article=seed_article, lemmas=few)
    WordProgress.objects.all().delete()
    StatusChange.objects.all().delete()
    with CaptureQueriesContext(connection) as large:
        marked = mark_rest_known(learner=learner, article=seed_article, lemmas=lemmas)
    assert len(lemmas) > 100 and len(marked.lemmas) == len(lemmas)
    # SQLite cuts a bulk insert into batches of ~100 rows (its limit on variables)
    assert len(small) <= 6 and len(large) <= len(small) + 2, [q["sql"][:80] for q in large]


def test_the_whole_request_is_bounded_too(client, learner, seed_article):
    client.force_login(learner)
    with CaptureQueriesContext(connection) as queries:
        client.post(url(seed_article), HTTP_HX_REQUEST="true")
    assert len(queries) <= 12, [q["sql"][:80] for q in queries]


def test_anonymous_visitors_are_sent_to_log_in(client, seed_article):
    assert client.post(url(seed_article)).status_code in (302, 403)
    assert not WordProgress.objects.exists()


def _new_count(client, article) -> int:
    html = client.get(reverse("learning:reader_words", args=[article.pk])).content.decode()
    return int(
        html.split("known, <strong>")[1].split("</strong> learning, <strong>")[1].split("<")[0]
    )


def test_the_count_offered_is_what_is_marked_and_what_the_bar_loses(client, learner, seed_article):
    """One definition of "the rest": the count on the button, the words marked and the drop of
    the reader's "new" count are the same number (the QA walk saw 214 offered, 175 marked)."""
    client.force_login(learner)
    before = _new_count(client, seed_article)
    html = client.get(url(seed_article), HTTP_HX_REQUEST="true").content.decode()
    offered = int(html.split("Yes, mark ")[1].split(" ")[0])
    done = client.post(url(seed_article), HTTP_HX_REQUEST="true").content.decode()
    marked = int(done.split("Marked ")[1].split(" ")[0])
    assert offered == marked == before - _new_count(client, seed_article)
    known = set(
        WordProgress.objects.filter(learner=learner, status="known").values_list("lemma", flat=True)
    )
    assert sum(lemma in known for lemma in words_to_learn(seed_article)) == marked
