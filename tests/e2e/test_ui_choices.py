"""The learner's choices in a real browser, in English and Arabic, on a phone and a desktop:
show vowels in the reader (kept after a reload), digits in Arabic, retry missed only.
axe-core checks every page shown (the ``shoot`` fixture); no page is wider than the screen."""

from __future__ import annotations

import re
import unicodedata

import pytest
from playwright.sync_api import expect

from learning.models import Attempt
from tests.e2e.test_phone_widths import log_in, overflow
from tests.e2e.tiles import answer_any

from .conftest import DESKTOP

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}
ARABIC_INDIC = re.compile("[٠-٩]")


@pytest.mark.parametrize(("viewport", "size"), [(PHONE, "phone"), (DESKTOP, "desktop")])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_show_vowels_in_the_reader(
    open_page, live_server, shoot, class_with_quiz, language, viewport, size
):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(viewport, timeout_ms=20_000)
    log_in(page, base, "phone_learner", language)
    page.goto(f"{base}/articles/{assignment.exercise_set.article_id}/")
    button = page.locator("#vowels-toggle")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-pressed", "false")
    word = page.locator('.reading .w[data-lemma="رئيس"]').first
    plain = word.inner_text()
    assert plain == "الرئيس"
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    assert unicodedata.normalize("NFC", word.inner_text()) == unicodedata.normalize("NFC", "الرَّئِيس")
    shoot(page, f"vowels-{language}-{size}")
    assert overflow(page) == 0
    page.reload()
    expect(page.locator("#vowels-toggle")).to_have_attribute("aria-pressed", "true")
    assert word.inner_text() != plain, "the choice is kept after a reload"
    page.locator("#vowels-toggle").click()
    assert word.inner_text() == plain


def test_arabic_indic_digits_when_chosen(open_page, live_server, shoot, class_with_quiz):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000)
    log_in(page, base, "phone_learner", "ar")
    page.goto(f"{base}/articles/{assignment.exercise_set.article_id}/")
    assert not ARABIC_INDIC.search(page.locator("#reader-counts").inner_text())
    page.click('.digits-switch button[name="digits"]')
    page.wait_for_load_state("networkidle")
    assert "/articles/" in page.url, "back on the same page"
    counts = page.locator("#reader-counts").inner_text()
    assert ARABIC_INDIC.search(counts) and not re.search("[0-9]", counts)
    text = page.locator("article.reading").inner_text()
    assert "2022" in text, "the article's own digits are left as written"
    shoot(page, "digits-ar-phone-reader")
    page.goto(f"{base}/learn/")
    assert ARABIC_INDIC.search(page.locator("#streak").inner_text())
    shoot(page, "digits-ar-phone-dashboard")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_retry_missed_only(open_page, live_server, shoot, class_with_quiz, language):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000)
    log_in(page, base, "phone_learner", language)
    page.goto(f"{base}/learn/")
    page.click(f'form[action$="/assignments/{assignment.pk}/start/"] button')
    page.wait_for_load_state("networkidle")
    for _ in range(5):  # first choices (right) and a wrong typed answer
        form = page.locator("form[data-quiz]")
        if form.locator('input[type="radio"]').count():
            form.locator('input[type="radio"]').first.check()
        elif form.locator("#answer-typed").count():
            form.locator("#answer-typed").fill("خطأ")
        else:
            assert answer_any(page)
        form.locator('button[type="submit"]').click()
        page.locator(".feedback").wait_for()
        page.click("#quiz-item .actions a.button")
        page.wait_for_load_state("networkidle")
    assert "/results/" in page.url
    first = Attempt.objects.get(learner__username="phone_learner")
    missed = first.answers.filter(correct=False).count()
    assert 0 < missed < 5
    shoot(page, f"retry-{language}-results")
    page.click("#retry-missed")
    page.wait_for_load_state("networkidle")
    retry = Attempt.objects.get(retry_of=first)
    assert len(retry.item_versions) == missed
    assert f"/attempts/{retry.pk}/q/1/" in page.url
    label = page.locator("#progress-label").inner_text()
    assert str(missed) in label or "٠١٢٣٤٥٦٧٨٩"[missed] in label
    shoot(page, f"retry-{language}-question")
    assert overflow(page) == 0


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_pages_before_logging_in(open_page, live_server, shoot, seed_article, language, scheme):
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000)
    page.emulate_media(color_scheme=scheme)
    page.context.add_cookies([{"name": "django_language", "value": language, "url": base}])
    for path, name in [
        ("/", "articles"),
        ("/accounts/login/", "login"),
        (f"/articles/{seed_article.pk}/", "reader"),
        ("/articles/999999/", "not-found"),
    ]:
        page.goto(base + path)
        shoot(page, f"anonymous-{language}-{scheme}-{name}")
        assert overflow(page) == 0, name
