"""The reader's word panel tools in a real browser, in English and Arabic, on a phone and a
desktop: a word and its sentence heard (and a notice when speech cannot be made), links to
outside dictionaries, several words kept as one term (highlighted after a reload), and "mark
the rest known" at the end with its undo. All by keyboard where it matters; axe-core checks
each page shown (``shoot``); no page wider than a 360 px screen."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from exercises import speech
from exercises.selectors.articles import article_analysis
from exercises.speech import MISSING_MESSAGE, Speaker
from learning.selectors.reading import words_to_learn
from tests.e2e.test_phone_widths import ENGLISH_ON_ARABIC_PAGE, log_in, overflow
from tests.users import make_user

from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.e2e

NARROW = {"width": 360, "height": 740}
SIZES = [(PHONE, "phone"), (DESKTOP, "desktop")]

# Resolves when the panel's <audio> can play (its length) or fails ("error").
AUDIO_LOADED = """() => new Promise(resolve => {
  const player = document.querySelector('#word-panel [data-audio-player]');
  const done = () => resolve(player.error ? 'error' : player.duration);
  if (player.readyState >= 1 || player.error) return done();
  player.addEventListener('loadedmetadata', done, {once: true});
  player.addEventListener('error', done, {once: true});
})"""


@pytest.fixture
def reader(seed_article, tmp_path, monkeypatch):
    monkeypatch.setenv(speech.ENVIRONMENT_VARIABLE, str(tmp_path / "audio"))
    make_user("reader_learner")
    return seed_article


def open_reader(open_page, live_server, article, viewport, language) -> Page:
    page = open_page(viewport, timeout_ms=20_000)
    log_in(page, live_server.url, "reader_learner", language)
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_load_state("networkidle")
    return page


def fits_a_narrow_phone(page: Page) -> None:
    size = page.viewport_size
    page.set_viewport_size(NARROW)
    assert overflow(page) == 0, f"{overflow(page)} px wider than a 360 px screen"
    page.set_viewport_size(size)


def english_in(page: Page, selector: str) -> list[str]:
    """Latin words in a part of the Arabic interface (the article itself quotes English)."""
    return page.evaluate(
        ENGLISH_ON_ARABIC_PAGE.replace("document.body", f"document.querySelector('{selector}')")
    )


def three_words(article) -> int:
    """The first of three words in a row (no punctuation or number between) in one sentence."""
    items = article_analysis(article).tokens
    return next(
        i
        for i in range(len(items) - 2)
        if all(
            item.token.kind == "word"
            and item.analysis
            and item.analysis.lemma
            and item.token.sentence == items[i].token.sentence
            for item in items[i : i + 3]
        )
    )


def look_up(page: Page, lemma: str):
    word = page.locator(f'.reading .w[data-lemma="{lemma}"]').first
    word.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#word-panel .word-card")).to_be_visible()
    return word


@pytest.mark.parametrize(("viewport", "size"), SIZES)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_hear_a_word_and_its_sentence_and_look_it_up_elsewhere(
    open_page, live_server, shoot, reader, language, viewport, size
):
    page = open_reader(open_page, live_server, reader, viewport, language)
    look_up(page, "رئيس")
    panel = page.locator("#word-panel")
    listen = panel.locator("[data-audio-src]")
    expect(listen).to_have_count(2)
    listen.first.focus()
    page.keyboard.press("Enter")
    duration = page.evaluate(AUDIO_LOADED)
    assert duration != "error" and duration > 0.2, duration
    assert "/audio/word/" in page.evaluate(
        "document.querySelector('#word-panel [data-audio-player]').currentSrc"
    )
    listen.nth(1).click()
    sentence = page.evaluate(AUDIO_LOADED)
    assert sentence != "error" and sentence > duration, "the sentence is longer than its word"
    expect(panel.locator("[data-audio-notice]")).to_be_hidden()
    wiktionary = panel.locator('.word-links a[href*="wiktionary.org"]')
    assert (
        wiktionary.get_attribute("href")
        == f"https://{language}.wiktionary.org/wiki/%D8%B1%D8%A6%D9%8A%D8%B3"
    )
    almaany = panel.locator('.word-links a[href*="almaany.com"]')
    assert almaany.get_attribute("href") == (
        "https://www.almaany.com/ar/dict/ar-en/%D8%B1%D8%A6%D9%8A%D8%B3/"
    )
    for link in (wiktionary, almaany):
        assert link.get_attribute("target") == "_blank"
        assert "noopener" in link.get_attribute("rel")
    shoot(page, f"reader-audio-{language}-{size}")
    fits_a_narrow_phone(page)
    if language == "ar":
        assert not english_in(page, "#word-panel"), english_in(page, "#word-panel")


@pytest.mark.parametrize(("viewport", "size"), SIZES)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_keep_several_words_as_one_term(
    open_page, live_server, shoot, reader, language, viewport, size
):
    page = open_reader(open_page, live_server, reader, viewport, language)
    if size == "phone":
        page.emulate_media(color_scheme="dark")  # the terms' underlines in the dark theme
    first = three_words(reader)
    word = page.locator(f'.reading .w[data-token="{first}"]')
    word.focus()
    page.keyboard.press("Enter")
    page.locator("#word-panel [data-extend]").focus()
    page.keyboard.press("Enter")
    card = page.locator("#word-panel .term-card")
    expect(card).to_have_attribute("data-last", str(first + 1))
    expect(page.locator(".reading .w.selected")).to_have_count(2)
    expect(page.locator("#word-panel [data-extend]")).to_be_focused()
    card.locator('.status-button[value="learning"]').click()
    expect(card.locator('.status-button[value="learning"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.locator(".reading .w.term.t-learning")).to_have_count(2)
    shoot(page, f"reader-term-{language}-{size}")
    fits_a_narrow_phone(page)
    if language == "ar":
        assert not english_in(page, "#word-panel"), english_in(page, "#word-panel")
    page.reload()
    page.wait_for_load_state("networkidle")
    terms = page.locator(".reading .w.term.t-learning")
    expect(terms).to_have_count(2)
    assert terms.first.get_attribute("data-token") == str(first)
    # The word panel of a word of the term offers the term; shift+click selects a run too.
    page.locator(f'.reading .w[data-token="{first}"]').click()
    expect(page.locator("#word-panel .term-of")).to_be_visible()
    page.locator(f'.reading .w[data-token="{first + 2}"]').click(modifiers=["Shift"])
    expect(page.locator("#word-panel .term-card")).to_have_attribute("data-last", str(first + 2))
    expect(page.locator(".reading .w.selected")).to_have_count(3)


@pytest.mark.parametrize(("viewport", "size"), SIZES)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_mark_the_rest_known_and_undo(
    open_page, live_server, shoot, reader, language, viewport, size
):
    page = open_reader(open_page, live_server, reader, viewport, language)
    known = page.locator(".reading .w.s-known")
    assert known.count() == 0
    section = page.locator("#rest-known")
    section.locator("a").focus()
    page.keyboard.press("Enter")
    confirm = section.locator("[data-cancel-rest]")
    expect(confirm).to_be_visible()
    confirm.click()  # cancel: nothing changes
    expect(section.locator("form")).to_have_count(0)
    section.locator("a").click()
    yes = section.locator('button[type="submit"]')
    expect(yes).to_be_focused()
    shoot(page, f"reader-rest-known-confirm-{language}-{size}")
    page.keyboard.press("Enter")
    expect(section.locator('[role="status"]')).to_be_visible()
    expect(known.first).to_be_visible()
    # "the rest" is the reader's words to learn (its counts' words): names and grammar words,
    # left out of the vocabulary list, are not marked
    to_learn = set(words_to_learn(reader))
    lemmas = page.eval_on_selector_all(
        ".reading .w[data-lemma]", "ws => ws.map(w => w.dataset.lemma)"
    )
    assert known.count() == sum(lemma in to_learn for lemma in lemmas) > 100
    shoot(page, f"reader-rest-known-done-{language}-{size}")
    fits_a_narrow_phone(page)
    if language == "ar":
        assert not english_in(page, "#rest-known"), english_in(page, "#rest-known")
    section.locator('button[type="submit"]').click()  # undo
    expect(known).to_have_count(0)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_without_speech_the_panel_says_so_and_the_rest_works(
    open_page, live_server, shoot, reader, language, monkeypatch
):
    monkeypatch.setattr(Speaker, "problem", lambda self: MISSING_MESSAGE)
    page = open_reader(open_page, live_server, reader, PHONE, language)
    page.emulate_media(color_scheme="dark")  # the notice's colours in the dark theme too
    look_up(page, "رئيس")
    panel = page.locator("#word-panel")
    expect(panel.locator(".audio-notice")).to_be_visible()
    expect(panel.locator("[data-audio-src]")).to_have_count(0)
    panel.locator('.status-button[value="known"]').click()
    expect(page.locator('.reading .w.s-known[data-lemma="رئيس"]').first).to_be_visible()
    shoot(page, f"reader-no-speech-{language}-phone")
    if language == "ar":
        assert not english_in(page, "#word-panel"), english_in(page, "#word-panel")
    # espeak-ng there but failing on the text: the notice comes when the audio fails
    monkeypatch.setattr(Speaker, "problem", lambda self: None)
    monkeypatch.setattr(Speaker, "speak", lambda self, text: None)
    look_up(page, "صين")
    panel.locator("[data-audio-src]").first.click()
    assert page.evaluate(AUDIO_LOADED) == "error"
    expect(panel.locator("[data-audio-notice]")).to_be_visible()
    expect(panel.locator(".status-button")).to_have_count(4)
