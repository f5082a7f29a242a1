"""Search, the article list and the error pages in a real browser, in English and Arabic, on a
390 px phone and a 1366 px desktop: the match is found whatever the hamza and marked, the list
shows each article's level, counts and the learner's unknown words, nothing is wider than the
screen, axe-core finds nothing serious (the ``shoot`` fixture; search on the phone in the dark
theme) and the Arabic pages have no English outside content."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from exercises.models import VocabularyWord
from tests.e2e.test_phone_widths import english_on, log_in, overflow

pytestmark = pytest.mark.e2e

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
SCHEMES = {"phone": "dark", "desktop": "light"}  # the phone runs check the dark theme


def search_from_the_header(page, query: str) -> None:
    page.fill("#header-q", query)
    page.press("#header-q", "Enter")
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_search_in_arabic_and_english(
    open_page, live_server, shoot, class_with_quiz, language, size
):
    _classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(SIZES[size], timeout_ms=20_000)
    page.emulate_media(color_scheme=SCHEMES[size])
    log_in(page, base, "phone_learner", language)

    page.goto(f"{base}/")
    search_from_the_header(page, "الاولمبيه")  # written without hamza, ta marbuta as ha
    expect(page.locator(".search-hit mark").first).to_have_text("الأولمبية")
    assert page.locator("#search-page-q").input_value() == "الاولمبيه"
    shoot(page, f"search-arabic-{language}-{size}")
    assert overflow(page) == 0, f"{overflow(page)} px wider than the screen"
    if language == "ar":
        assert english_on(page) == []

    word = VocabularyWord.objects.filter(
        article_id=assignment.exercise_set.article_id, lemma="رئيس"
    ).first()
    english = word.gloss.split(";")[0].split(",")[0].strip()
    page.fill("#search-page-q", english.upper())
    page.press("#search-page-q", "Enter")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".word-hit mark").first).to_have_text(english)
    shoot(page, f"search-english-{language}-{size}")
    assert overflow(page) == 0
    if language == "ar":
        assert english_on(page) == []

    page.fill("#search-page-q", "ا")
    page.press("#search-page-q", "Enter")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".message.error")).to_be_visible()


@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_article_list_and_an_error_page(
    open_page, live_server, shoot, class_with_quiz, language, size
):
    _classroom, assignment = class_with_quiz
    article_id = assignment.exercise_set.article_id
    base = live_server.url
    page = open_page(SIZES[size], timeout_ms=20_000)
    log_in(page, base, "phone_learner", language)
    page.goto(f"{base}/")
    page.wait_for_load_state("networkidle")
    share = page.locator(f"#unknown-{article_id}")
    expect(share).to_contain_text("%" if language == "en" else "٪")
    expect(page.locator(".article-card .level")).to_be_visible()
    page.locator(".count-legend summary").click()
    expect(page.locator(".count-legend dd").first).to_be_visible()
    shoot(page, f"article-list-{language}-{size}")
    assert overflow(page) == 0
    if language == "ar":
        assert english_on(page) == []

    page.goto(f"{base}/no-such-page/")
    expect(page.locator("main a[href='/']").first).to_be_visible()
    shoot(page, f"error-404-{language}-{size}")
    assert overflow(page) == 0


ARABIC_CELLS_OFF_RIGHT = """() => [...document.querySelectorAll('.item-stats td .ar')].map(block => {
  const range = document.createRange();
  range.selectNodeContents(block);
  return Math.round(block.getBoundingClientRect().right - range.getBoundingClientRect().right);
})"""


@pytest.mark.parametrize("language", ["en", "ar"])
def test_arabic_cells_of_the_item_table_are_right_aligned(
    open_page, live_server, shoot, class_with_quiz, language
):
    classroom, _assignment = class_with_quiz
    base = live_server.url
    page = open_page(SIZES["desktop"], timeout_ms=20_000)
    log_in(page, base, "phone_teacher", language)
    page.goto(f"{base}/teach/classes/{classroom.pk}/dashboard/")
    page.wait_for_load_state("networkidle")
    gaps = page.evaluate(ARABIC_CELLS_OFF_RIGHT)
    assert gaps and max(gaps) <= 2, f"Arabic text this far from the cell's right edge: {gaps}"
    expect(page.locator(".item-stats .blank").first).to_be_visible()
    expect(page.locator(".item-stats .few").first).to_be_visible()
    shoot(page, f"item-table-{language}")
    assert overflow(page) == 0
