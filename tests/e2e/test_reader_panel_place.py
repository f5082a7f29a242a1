"""The word panel never covers the word looked up: on a phone and a desktop, in both languages,
a word tapped low on the screen ends above the panel, and one near the top stays in view."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.e2e.test_reader_tools import SIZES, open_reader
from tests.users import make_user

pytestmark = pytest.mark.e2e

# The word's and the panel's boxes on the screen, once the panel has its content.
PLACES = """() => {
  const word = document.querySelector('.w.selected');
  const panel = document.getElementById('word-panel');
  const w = word.getBoundingClientRect(), p = panel.getBoundingClientRect();
  return {wordTop: w.top, wordBottom: w.bottom, panelTop: p.top, panelBottom: p.bottom,
          height: window.innerHeight};
}"""


def word_low_on_the_screen(page: Page) -> int:
    """The index of a word whose box ends in the lowest fifth of the window."""
    return page.evaluate("""() => {
      const words = [...document.querySelectorAll('.w[data-token]')];
      for (let i = 0; i < words.length; i++) {
        const r = words[i].getBoundingClientRect();
        if (r.top > window.innerHeight * 0.8 && r.bottom < window.innerHeight - 4) return i;
      }
      return -1;
    }""")


def look_up(page: Page, index: int) -> dict:
    page.locator(".w[data-token]").nth(index).click()
    page.locator("#word-panel .word-card").wait_for()
    page.wait_for_timeout(400)  # the scroll that makes room is smooth
    return page.evaluate(PLACES)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("viewport, size", SIZES)
def test_the_panel_never_covers_the_word(
    open_page, live_server, seed_article, viewport, size, language
):
    make_user("reader_learner")
    page = open_reader(open_page, live_server, seed_article, viewport, language)
    page.mouse.wheel(0, 300)
    page.wait_for_timeout(200)
    low = word_low_on_the_screen(page)
    assert low >= 0, "no word low on the screen to try"
    places = look_up(page, low)
    assert places["wordBottom"] <= places["panelTop"] + 1, (size, language, places)
    assert places["wordTop"] >= 0, (size, language, places)
    # The next word, looked up from there, is not covered either.
    places = look_up(page, low + 1)
    assert places["wordBottom"] <= places["panelTop"] + 1 or (
        places["wordTop"] >= places["panelBottom"] - 1
    ), (size, language, places)
