"""On a phone, the reader's first screen is mostly the article: the site's header, the counts,
the colour legend and the help above it take at most half the screen (the QA walk found one
line of text under them at 390 px: the text started 475 px down in English, 537 in Arabic)."""

from __future__ import annotations

import pytest

from tests.e2e.test_phone_widths import log_in, overflow

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
TEXT_TOP = "() => document.querySelector('article.reading p').getBoundingClientRect().top"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_article_starts_in_the_first_third_of_a_phone_screen(
    open_page, live_server, shoot, class_with_quiz, language
):
    _classroom, assignment = class_with_quiz
    page = open_page(PHONE, timeout_ms=20_000, has_touch=True, is_mobile=True)
    log_in(page, live_server.url, "phone_learner", language)
    page.goto(f"{live_server.url}/articles/{assignment.exercise_set.article_id}/")
    page.wait_for_load_state("networkidle")
    shoot(page, f"reader-first-screen-{language}")
    assert overflow(page) == 0
    top = page.evaluate(TEXT_TOP)
    assert top <= PHONE["height"] / 2, f"the article's text starts {top:.0f} px down"
    # The help is still there for whoever wants it.
    help_toggle = page.locator("details.reader-help-more summary")
    help_toggle.tap()
    assert page.locator("#reader-help").is_visible()
