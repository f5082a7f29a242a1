"""Tables on a phone (360 and 390 px, English and Arabic): the vocabulary table and the class
dashboard's tables scroll inside their own box, the page itself is no wider than the screen,
nothing is cut off, and no Arabic word is split across two lines."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from learning.services.attempts import answer_submit, attempt_start
from tests.e2e.test_phone_widths import PHONES, log_in, overflow
from tests.learning.views.teach.test_classes import RIGHT

pytestmark = pytest.mark.e2e

SPLIT_WORDS = """(selector) => {
  const split = [];
  for (const cell of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode, text = node.textContent;
      const words = /[\\u0600-\\u06ff\\u064b-\\u0652]+/g;
      let match;
      while ((match = words.exec(text))) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects(), r => Math.round(r.top)));
        if (lines.size > 1) split.push(match[0]);
      }
    }
  }
  return split;
}"""

BOXES = """(selector) => Array.from(document.querySelectorAll(selector), box => {
  const table = box.querySelector('table');
  const r = box.getBoundingClientRect();
  return {left: r.left, right: r.right, scroll: box.scrollWidth, table: table.scrollWidth,
          overflowX: getComputedStyle(box).overflowX};
})"""


def tables_fit(page: Page, name: str) -> None:
    assert overflow(page) == 0, f"{name}: the page is {overflow(page)} px wider than the screen"
    width = page.evaluate("window.innerWidth")
    for box in page.evaluate(BOXES, ".table-scroll"):
        assert box["left"] >= -1 and box["right"] <= width + 1, (name, box)
        assert box["overflowX"] in ("auto", "scroll"), (name, box)
        assert box["scroll"] >= box["table"] - 1, f"{name}: the table is cut off {box}"


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_vocabulary_table_scrolls_and_keeps_arabic_words_whole(
    open_page, live_server, shoot, class_with_quiz, language, width
):
    _classroom, assignment = class_with_quiz
    page = open_page(PHONES[width], timeout_ms=20_000)
    log_in(page, live_server.url, "phone_learner", language)
    page.goto(f"{live_server.url}/articles/{assignment.exercise_set.article_id}/vocabulary/")
    shoot(page, f"tables{width}-{language}-vocabulary")
    tables_fit(page, "vocabulary")
    split = page.evaluate(SPLIT_WORDS, "table.vocabulary td.ar")
    assert not split, f"Arabic words split across lines: {split[:10]}"


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_class_dashboard_tables_scroll_inside_their_box(
    open_page, live_server, shoot, class_with_quiz, language, width
):
    classroom, assignment = class_with_quiz
    learner = classroom.memberships.get().learner
    attempt = attempt_start(assignment=assignment, learner=learner)
    for position, given in enumerate(RIGHT):
        answer_submit(attempt=attempt, position=position, given=given, time_taken_ms=4000)
    page = open_page(PHONES[width], timeout_ms=20_000)
    log_in(page, live_server.url, "phone_teacher", language)
    page.goto(f"{live_server.url}/teach/classes/{classroom.pk}/dashboard/")
    shoot(page, f"tables{width}-{language}-class-dashboard")
    tables_fit(page, "class dashboard")
    split = page.evaluate(SPLIT_WORDS, ".data-table td, .data-table th")
    assert not split, f"Arabic words split across lines: {split[:10]}"
