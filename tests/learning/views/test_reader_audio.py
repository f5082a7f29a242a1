"""Audio in the reader's word panel: a word and its sentence read aloud by espeak-ng from the
vowelled text, made once and cached on the server, with ETag and Cache-Control; a notice in
the panel when speech cannot be made, and the panel still works."""

from __future__ import annotations

import shutil
import unicodedata

import pytest
from django.urls import reverse

from exercises import speech
from exercises.speech import MISSING_MESSAGE, Speaker
from tests.learning.views.test_reader import token_of

pytestmark = pytest.mark.django_db

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="no espeak-ng")


@pytest.fixture(autouse=True)
def audio_cache(tmp_path, monkeypatch):
    directory = tmp_path / "audio"
    monkeypatch.setenv(speech.ENVIRONMENT_VARIABLE, str(directory))
    return directory


@pytest.fixture
def token(client, seed_article) -> int:
    html = client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content
    return token_of(html.decode(), "رئيس")


def audio_url(article, token: int, kind: str) -> str:
    return reverse("learning:word_audio", args=[article.pk, token, kind])


@pytest.fixture
def spoken_texts(monkeypatch) -> list[str]:
    """Record the texts the speaker is asked for (and still speak them)."""
    texts: list[str] = []
    real = Speaker.speak

    def speak(self, text):
        texts.append(text)
        return real(self, text)

    monkeypatch.setattr(Speaker, "speak", speak)
    return texts


def test_the_panel_has_a_listen_button_for_the_word_and_its_sentence(client, seed_article, token):
    html = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token])).content
    html = html.decode()
    assert f'data-audio-src="{audio_url(seed_article, token, "word")}"' in html
    assert f'data-audio-src="{audio_url(seed_article, token, "sentence")}"' in html
    assert "<audio data-audio-player" in html and "onclick" not in html
    assert "Listen to the word" in html and "Listen to the sentence" in html


@needs_espeak
def test_the_word_is_spoken_from_its_vowels_and_cached(
    client, seed_article, token, audio_cache, spoken_texts
):
    response = client.get(audio_url(seed_article, token, "word"))
    body = b"".join(response.streaming_content)
    assert response.status_code == 200 and response["Content-Type"] == "audio/wav"
    assert body[:4] == b"RIFF" and len(body) > 1000
    assert spoken_texts == [unicodedata.normalize("NFC", "الرَّئِيس")]
    assert len(list(audio_cache.glob("*.wav"))) == 1
    assert response["Cache-Control"] == "private, max-age=604800"
    tag = response["ETag"]
    assert tag.startswith('"ar-') and tag.endswith('"')
    again = client.get(audio_url(seed_article, token, "word"))
    assert b"".join(again.streaming_content) == body, "the cached file"
    assert len(list(audio_cache.glob("*.wav"))) == 1


@needs_espeak
def test_the_sentence_is_spoken_whole_with_vowels(client, seed_article, token, spoken_texts):
    response = client.get(audio_url(seed_article, token, "sentence"))
    assert response.status_code == 200
    (text,) = spoken_texts
    assert unicodedata.normalize("NFC", "الرَّئِيس") in text
    assert len(text.split()) > 5, "the whole sentence"
    assert response["ETag"] != client.get(audio_url(seed_article, token, "word"))["ETag"]


def test_a_known_etag_is_answered_304_without_speaking(client, seed_article, token, spoken_texts):
    tag = f'"{Speaker().path_for(unicodedata.normalize("NFC", "الرَّئِيس")).stem}"'
    response = client.get(audio_url(seed_article, token, "word"), HTTP_IF_NONE_MATCH=tag)
    assert response.status_code == 304 and response["ETag"] == tag
    assert spoken_texts == []


def test_when_speech_cannot_be_made_the_panel_says_so_and_works(
    client, learner, seed_article, token, monkeypatch
):
    monkeypatch.setattr(Speaker, "problem", lambda self: MISSING_MESSAGE)
    client.force_login(learner)
    response = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Audio is not available" in html and "data-audio-src" not in html
    assert "president" in html and 'name="status"' in html, "the rest of the panel is there"


def test_a_failed_synthesis_is_a_503_not_cached(client, seed_article, token, monkeypatch):
    monkeypatch.setattr(Speaker, "speak", lambda self, text: None)
    response = client.get(audio_url(seed_article, token, "sentence"))
    assert response.status_code == 503 and response["Cache-Control"] == "no-store"
    assert "could not be read aloud" in response.content.decode()


def test_only_words_of_visible_articles_and_known_kinds(client, seed_article, token):
    assert client.get(audio_url(seed_article, 1, "word")).status_code == 404  # a comma
    assert client.get(audio_url(seed_article, token, "song")).status_code == 404
    assert client.get(audio_url(seed_article, token, "term")).status_code == 404  # no ?last=
    missing = reverse("learning:word_audio", args=[seed_article.pk + 999, token, "word"])
    assert client.get(missing).status_code == 404
