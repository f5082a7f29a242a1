"""Journey 1: a learner reads an assigned article. From the dashboard the learner opens the
article, shows the vowels, taps a word to look it up, marks it "learning", looks up the next word
with the keyboard and marks it known. With audio (reader audio, coming with wt-reader): the
learner listens to a word from the word panel."""

from __future__ import annotations

import re
import unicodedata

import pytest
from playwright.sync_api import Page, expect

from exercises import speech
from learning.models import WordProgress
from tests.e2e.journeys.steps import every_screen

pytestmark = pytest.mark.e2e

JOURNEY = "reading"
LISTEN = re.compile(r"listen to the word|استمع إلى الكلمة", re.IGNORECASE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def open_the_article(page: Page, base: str, article_id: int) -> None:
    page.goto(f"{base}/learn/")
    page.locator(f'.assignment-card a[href="/articles/{article_id}/"]').click()
    expect(page.locator("article.reading .w").first).to_be_visible()


def play_word_audio(page: Page) -> None:
    """Press the word panel's listen button: its <audio> gets a source that answers 200 with
    audio."""
    panel = page.locator("#word-panel")
    button = panel.get_by_role("button", name=LISTEN)
    expect(button).to_be_visible(timeout=2_000)
    button.click()
    audio = page.locator("#word-panel audio, audio[data-audio]").first
    expect(audio).to_have_attribute("src", re.compile(r".+"), timeout=5_000)
    source = audio.evaluate("element => element.currentSrc || element.src")
    response = page.request.get(source)
    assert response.status == 200, f"{source}: {response.status}"
    assert response.headers["content-type"].startswith("audio/"), response.headers
    assert len(response.body()) > 1000, "a word read aloud is more than a header"


@every_screen
def test_read_with_vowels_and_look_words_up(run, class_with_quiz, language, size):
    del size  # in run
    _classroom, assignment = class_with_quiz
    article_id = assignment.exercise_set.article_id
    page = run.page("phone_learner")
    open_the_article(page, run.base, article_id)
    run.check(page, "article")

    word = page.locator('.reading .w[data-lemma="رئيس"]').first
    assert word.inner_text() == "الرئيس"
    page.click("#vowels-toggle")
    expect(page.locator("#vowels-toggle")).to_have_attribute("aria-pressed", "true")
    assert nfc(word.inner_text()) == nfc("الرَّئِيس")
    run.check(page, "vowels")

    word.click()
    panel = page.locator("#word-panel")
    expect(panel).to_contain_text("president")
    run.check(page, "word-panel")
    panel.locator('.status-button[value="learning"]').click()
    expect(word).to_have_class(re.compile(r"\bs-learning\b"))
    expect(page.locator('.reading .w[data-lemma="رئيس"]').last).to_have_class(
        re.compile(r"\bs-learning\b")
    )

    word.focus()
    page.keyboard.press("ArrowLeft")  # right to left: the next word
    page.keyboard.press("Enter")
    following = page.locator(".reading .w.selected")
    lemma = following.get_attribute("data-lemma")
    assert lemma and lemma != "رئيس"
    expect(panel.locator(".word-card")).to_have_attribute("data-lemma", lemma)
    page.keyboard.press("KeyK")
    expect(following).to_have_class(re.compile(r"\bs-known\b"))
    run.check(page, "marked-learning-and-known")
    statuses = dict(
        WordProgress.objects.filter(learner__username="phone_learner").values_list(
            "lemma", "status"
        )
    )
    assert statuses == {"رئيس": "learning", lemma: "known"}


@every_screen
def test_listen_to_a_word(run, class_with_quiz, language, size, tmp_path, monkeypatch):
    del size  # in run
    monkeypatch.setenv(speech.ENVIRONMENT_VARIABLE, str(tmp_path / "audio"))
    _classroom, assignment = class_with_quiz
    page = run.page("phone_learner")
    open_the_article(page, run.base, assignment.exercise_set.article_id)
    page.locator('.reading .w[data-lemma="رئيس"]').first.click()
    expect(page.locator("#word-panel")).to_contain_text("president")
    play_word_audio(page)
    run.check(page, "listened")
