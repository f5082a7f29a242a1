"""Matching by tap-to-pair tiles and ordering by tap-in-order, drag or arrows, in a real browser:
by touch on a 390 px phone (a touch-enabled context, page.tap) and by keyboard alone, in
English and Arabic. The answer sent is the select form's; the feedback says it was right.
axe-core checks every page shown (``shoot``), no page is wider than a 360 px or 390 px screen."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from learning.models import Answer
from tests.e2e.test_phone_widths import answer, english_on, log_in, overflow
from tests.e2e.tiles import left_tile, order_tile, order_tiles, pair_tiles, right_tile

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
NARROW = {"width": 360, "height": 740}
PAIRS = [["زيارة", "زور"], ["الألعاب", "لعب"], ["الرئيس", "رءس"]]
SEQUENCE = ["وصل بوتين", "التقى الرئيسان", "وقعا الاتفاق"]


def to_question(page: Page, base: str, assignment, position: int) -> None:
    """Start the quiz and answer the questions before ``position`` (1-based) any way."""
    page.goto(f"{base}/learn/")
    page.click(f'form[action$="/assignments/{assignment.pk}/start/"] button')
    page.wait_for_load_state("networkidle")
    for _ in range(position - 1):
        answer(page)
        page.click("#quiz-item .actions a.button")
        page.wait_for_load_state("networkidle")


def check_page(page: Page, shoot, name: str, language: str) -> None:
    shoot(page, name)
    assert overflow(page) == 0, f"{name}: {overflow(page)} px wider than the screen"
    if language == "ar":
        assert not english_on(page), f"{name}: {english_on(page)}"


def submit(page: Page, how: str) -> None:
    button = page.locator('form[data-quiz] button[type="submit"]')
    if how == "tap":
        button.tap()
    else:
        button.focus()
        page.keyboard.press("Enter")
    expect(page.locator(".feedback")).to_be_visible()


@pytest.mark.parametrize("how", ["tap", "keyboard"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_matching_by_tiles(open_page, live_server, shoot, class_with_quiz, language, how):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000, has_touch=True, is_mobile=how == "tap")
    log_in(page, base, "phone_learner", language)
    to_question(page, base, assignment, 4)
    expect(page.locator(".matching")).to_be_hidden()
    expect(page.locator(".match-tiles .tile")).to_have_count(6)
    # A wrong pair, taken apart again by tapping it.
    press = (lambda tile: tile.tap()) if how == "tap" else (lambda tile: focus_enter(page, tile))
    press(left_tile(page, "زيارة"))
    expect(left_tile(page, "زيارة")).to_have_attribute("aria-pressed", "true")
    press(right_tile(page, "لعب"))
    expect(page.locator("#match-0")).to_have_value("لعب")
    expect(left_tile(page, "زيارة")).to_contain_class("paired")
    expect(page.locator(".tiles-live")).not_to_be_empty()
    check_page(page, shoot, f"tiles-match-{language}-{how}-one-pair", language)
    press(right_tile(page, "لعب"))
    expect(page.locator("#match-0")).to_have_value("")
    # The Check button refuses an incomplete answer without sending it.
    submit_incomplete(page, how)
    pair_tiles(page, PAIRS, how)
    expect(page.locator(".tiles-error")).to_have_count(0)
    assert [page.locator(f"#match-{i}").input_value() for i in range(3)] == ["زور", "لعب", "رءس"]
    badges = page.locator('.match-tiles .tile[data-side="right"] .tile-badge').all_inner_texts()
    assert sorted(badges) == ["1", "2", "3"]
    check_page(page, shoot, f"tiles-match-{language}-{how}-paired", language)
    submit(page, how)
    expect(page.locator(".feedback")).to_have_class("feedback verdict-correct")
    assert Answer.objects.filter(verdict="correct", given__has_key="زيارة").exists()
    check_page(page, shoot, f"tiles-match-{language}-{how}-answered", language)


def focus_enter(page: Page, tile) -> None:
    tile.focus()
    page.keyboard.press("Enter")


def submit_incomplete(page: Page, how: str) -> None:
    before = Answer.objects.count()
    button = page.locator('form[data-quiz] button[type="submit"]')
    if how == "tap":
        button.tap()
    else:
        button.focus()
        page.keyboard.press("Space")
    expect(page.locator(".tiles-error")).to_be_visible()
    assert Answer.objects.count() == before, "nothing was sent"


@pytest.mark.parametrize("how", ["tap", "keyboard"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_ordering_by_tiles(open_page, live_server, shoot, class_with_quiz, language, how):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000, has_touch=True, is_mobile=how == "tap")
    log_in(page, base, "phone_learner", language)
    to_question(page, base, assignment, 5)
    expect(page.locator(".ordering")).to_be_hidden()
    expect(page.locator(".order-tiles .order-pick")).to_have_count(3)
    if how == "tap":
        # Tap in order; a tap on a placed part takes its place back and the later ones move up.
        order_tiles(page, ["التقى الرئيسان", "وصل بوتين"], "tap")
        order_tile(page, "التقى الرئيسان").tap()
        expect(order_tile(page, "وصل بوتين").locator(".tile-badge")).to_have_text("1")
        order_tiles(page, ["التقى الرئيسان", "وقعا الاتفاق"], "tap")
    else:
        # Arrows only: the first part to the top, by its move-up button and Enter.
        up = page.locator('.order-tile:has(.tile-text:text-is("وصل بوتين")) [data-move="up"]')
        while page.locator(".order-tiles .tile-text").first.inner_text() != "وصل بوتين":
            up.focus()
            page.keyboard.press("Enter")
            expect(up).to_be_focused()
        second = page.locator(
            '.order-tile:has(.tile-text:text-is("التقى الرئيسان")) [data-move="up"]'
        )
        if page.locator(".order-tiles .tile-text").nth(1).inner_text() != "التقى الرئيسان":
            second.focus()
            page.keyboard.press("Space")
    places = {
        page.locator(f'label[for="order-{i}"]').inner_text(): page.locator(
            f"#order-{i}"
        ).input_value()
        for i in range(3)
    }
    assert places == {"وصل بوتين": "1", "التقى الرئيسان": "2", "وقعا الاتفاق": "3"}, places
    check_page(page, shoot, f"tiles-order-{language}-{how}-placed", language)
    submit(page, how)
    expect(page.locator(".feedback")).to_have_class("feedback verdict-correct")
    check_page(page, shoot, f"tiles-order-{language}-{how}-answered", language)


def test_ordering_by_drag_at_360(open_page, live_server, shoot, class_with_quiz):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(NARROW, timeout_ms=20_000)
    log_in(page, base, "phone_learner", "ar")
    to_question(page, base, assignment, 5)
    check_page(page, shoot, "tiles-order-ar-360-before-drag", "ar")
    # Boxes are measured once the web fonts have settled and the list is on screen: a late font
    # or a scroll between measuring and moving would send the pointer to the wrong place.
    page.evaluate("document.fonts.ready")
    page.locator(".order-tiles").scroll_into_view_if_needed()
    for text, target in ((SEQUENCE[0], 0), (SEQUENCE[1], 1)):
        handle = page.locator(f'.order-tile:has(.tile-text:text-is("{text}")) .drag-handle')
        handle.scroll_into_view_if_needed()
        goal = page.locator(".order-tiles .order-tile").nth(target).bounding_box()
        box = handle.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 2, goal["y"] + 2, steps=8)
        page.mouse.up()
    assert page.locator(".order-tiles .tile-text").all_inner_texts() == SEQUENCE
    assert sorted(page.locator(".order-tiles .tile-badge").all_inner_texts()) == ["1", "2", "3"]
    check_page(page, shoot, "tiles-order-ar-360-dragged", "ar")
    submit(page, "keyboard")
    expect(page.locator(".feedback")).to_have_class("feedback verdict-correct")


def test_ordering_by_a_touch_drag(open_page, live_server, shoot, class_with_quiz):
    """A finger on the handle (touch events through the DevTools protocol): pointer events move
    the part; the page does not scroll instead."""
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000, has_touch=True, is_mobile=True)
    log_in(page, base, "phone_learner", "en")
    to_question(page, base, assignment, 5)
    cdp = page.context.new_cdp_session(page)
    handle = page.locator(f'.order-tile:has(.tile-text:text-is("{SEQUENCE[0]}")) .drag-handle')
    box = handle.bounding_box()
    goal = page.locator(".order-tiles .order-tile").first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for step in range(1, 9):
        point = {"x": x, "y": y + (goal["y"] + 2 - y) * step / 8}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    expect(page.locator(".order-tiles .tile-text").first).to_have_text(SEQUENCE[0])
    assert page.locator(f"#order-{index_of(page, SEQUENCE[0])}").input_value() == "1"
    check_page(page, shoot, "tiles-order-en-touch-dragged", "en")


def index_of(page: Page, text: str) -> int:
    labels = [page.locator(f'label[for="order-{i}"]').inner_text() for i in range(3)]
    return labels.index(text)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_wrong_typed_answer_says_what_differs(
    open_page, live_server, shoot, class_with_quiz, language
):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000)
    log_in(page, base, "phone_learner", language)
    to_question(page, base, assignment, 2)
    expect(page.locator("#answer-typed")).to_be_focused()
    page.keyboard.type("ألعاب")
    page.keyboard.press("Enter")
    expect(page.locator(".feedback")).to_be_visible()
    note = page.locator(".differences li")
    expect(note).to_have_count(1)
    expected = "You left out the article ال." if language == "en" else "أهملت أداة التعريف ال."
    expect(note).to_have_text(expected)
    expect(page.locator(".prompt mark.filled")).to_have_text("الألعاب")
    check_page(page, shoot, f"tiles-typed-{language}-article-note", language)
