"""A learner's own note on a word: saved from the reader's panel, shown there again, in the
article's word list and on the back of that learner's Anki cards; a teacher's corrected meaning
reaches the panel and the quiz's cloze hint."""

from __future__ import annotations

import pytest
from django.urls import reverse

from exercises.models import VocabularyOverride, WordNote
from tests.exports.test_anki import apkg_rows
from tests.learning.views.test_quiz import question_url, started  # noqa: F401 (fixture)
from tests.learning.views.test_reader import token_of

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def token(client, seed_article) -> int:
    html = client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content.decode()
    return token_of(html, "رئيس")


def note_url(article, token: int) -> str:
    return reverse("learning:word_note", args=[article.pk, token])


def test_a_note_is_saved_in_place_and_shown_again_on_the_panel(
    client, learner, seed_article, token
):
    client.force_login(learner)
    response = client.post(note_url(seed_article, token), {"text": "like رئيس الوزراء"}, **HX)
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html and "Note saved." in html
    assert WordNote.objects.get(user=learner, lemma="رئيس").text == "like رئيس الوزراء"

    panel = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token]))
    assert 'id="word-note"' in panel.content.decode()
    assert "like رئيس الوزراء</textarea>" in panel.content.decode()


def test_a_too_long_note_is_refused_with_a_message(client, learner, seed_article, token):
    client.force_login(learner)
    response = client.post(note_url(seed_article, token), {"text": "x" * 301}, **HX)
    html = response.content.decode()
    assert "at most 300 characters" in html and 'aria-invalid="true"' in html
    assert not WordNote.objects.exists()


def test_without_javascript_a_note_goes_back_to_the_article_page(
    client, learner, seed_article, token
):
    client.force_login(learner)
    response = client.post(note_url(seed_article, token), {"text": "mine"})
    assert response.status_code == 302
    assert "Note saved." in client.get(response.url).content.decode()


def test_a_visitor_is_sent_to_log_in(client, seed_article, token):
    response = client.post(note_url(seed_article, token), {"text": "mine"})
    assert response.status_code == 302 and "login" in response.url
    assert not WordNote.objects.exists()


def test_the_note_is_in_the_learners_word_list_only(
    client, learner, other_learner, seed_article, token
):
    client.force_login(learner)
    client.post(note_url(seed_article, token), {"text": "my own note"})
    url = reverse("exercises:article_vocabulary", args=[seed_article.pk])
    assert "my own note" in client.get(url).content.decode()
    client.force_login(other_learner)
    assert "my own note" not in client.get(url).content.decode()


def test_the_note_is_on_the_back_of_the_learners_anki_card(client, learner, seed_article, token):
    client.force_login(learner)
    client.post(note_url(seed_article, token), {"text": "my own note"})

    data = client.get(reverse("learning:my_anki_deck", args=[seed_article.pk])).content

    fields = [row[0].split("\x1f") for row in apkg_rows(data, "select flds from notes")]
    noted = [f for f in fields if f[-1] == "my own note"]
    assert len(noted) == 1 and noted[0][1] == "رئيس"
    (templates,) = apkg_rows(data, "select models from col")[0]
    assert "{{#Note}}" in templates


def test_the_corrected_meaning_is_on_the_panel(client, seed_article, token):
    VocabularyOverride.objects.create(
        article=seed_article, lemma="رئيس", lemma_vocalized="رَئِيس", pos="NOUN", gloss="zzboss"
    )
    seed_article.__class__.objects.filter(pk=seed_article.pk).update(vocabulary_edit="t1")
    html = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token])).content
    assert "zzboss" in html.decode()


def test_the_quiz_hint_follows_the_corrected_gloss(client, seed_article, started):  # noqa: F811
    VocabularyOverride.objects.create(
        article=seed_article, lemma="لعب", lemma_vocalized="لَعِب", pos="NOUN", gloss="zzgames"
    )
    html = client.get(question_url(started, 2)).content.decode()
    assert "Hint:" in html and "zzgames" in html and "games; sports" not in html


def test_a_mixed_note_is_isolated_with_dir_auto_wherever_it_is_shown(
    client, learner, seed_article, token
):
    client.force_login(learner)
    note = "رئيس = president (head)"
    client.post(note_url(seed_article, token), {"text": note}, **HX)
    panel = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token]))
    textarea = panel.content.decode().split("<textarea")[1].split(">")[0]
    assert 'dir="auto"' in textarea
    vocabulary = reverse("exercises:article_vocabulary", args=[seed_article.pk])
    html = client.get(vocabulary).content.decode()
    shown = html.split(note)[0].rsplit("<", 1)[1]
    assert 'dir="auto"' in shown, shown
