"""On a 360 px or 390 px phone no page is wider than the screen, in English and in Arabic: the quiz (every
question type), the vocabulary page, the reader, the class page, the class dashboard and the
learner's dashboard. Keys of the on-screen keyboard are at least 40 px wide. Screenshots are
saved, and axe-core checks every page (the ``shoot`` fixture); the 360 px runs use the dark
theme, the 390 px runs the light one."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.e2e.tiles import answer_any
from tests.users import PASSWORD

pytestmark = pytest.mark.e2e

PHONES = {360: {"width": 360, "height": 740}, 390: {"width": 390, "height": 844}}
SCHEMES = {360: "dark", 390: "light"}


def log_in(page: Page, base: str, username: str, language: str) -> None:
    page.context.add_cookies([{"name": "django_language", "value": language, "url": base}])
    page.goto(f"{base}/accounts/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.click('main form button[type="submit"]')
    page.wait_for_load_state("networkidle")


def overflow(page: Page) -> int:
    """How many pixels the page is wider than the window (0 when it fits)."""
    return page.evaluate("Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")


ENGLISH_ON_ARABIC_PAGE = """() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, element = node.parentElement;
    if (!element || element.closest('script, style, bdi, [lang]:not([lang="ar"])')) continue;
    if (/[A-Za-z]{3,}/.test(node.textContent)) found.push(node.textContent.trim());
  }
  return found;
}"""


def english_on(page: Page) -> list[str]:
    """Latin words in the Arabic interface, outside English content (lang="en", as the language
    switch and a hint in English) and names isolated in <bdi>."""
    return page.evaluate(ENGLISH_ON_ARABIC_PAGE)


def answer(page: Page) -> None:
    """Answer the question shown, whatever its type, and wait for the feedback."""
    form = page.locator("form[data-quiz]")
    if form.locator('input[type="radio"]').count():
        form.locator('input[type="radio"]').first.check()
    elif form.locator("#answer-typed").count():
        form.locator("#answer-typed").fill("الملاعب")
    else:
        assert answer_any(page), "a matching or ordering question shows its tiles"
    form.locator('button[type="submit"]').click()
    page.locator(".feedback").wait_for()
    page.wait_for_load_state("networkidle")


def check(page: Page, shoot, url: str, name: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    shoot(page, name)
    assert overflow(page) == 0, f"{name}: {overflow(page)} px wider than the screen"


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_no_page_is_wider_than_a_phone(
    open_page, live_server, shoot, class_with_quiz, language, width
):
    classroom, assignment = class_with_quiz
    base = live_server.url
    page = open_page(PHONES[width], timeout_ms=20_000)
    page.emulate_media(color_scheme=SCHEMES[width])
    log_in(page, base, "phone_learner", language)
    assert page.get_attribute("html", "lang") == language
    check(page, shoot, f"{base}/learn/", f"phone{width}-{language}-dashboard")
    check(
        page,
        shoot,
        f"{base}/articles/{assignment.exercise_set.article_id}/vocabulary/",
        f"phone{width}-{language}-vocabulary",
    )
    article = f"{base}/articles/{assignment.exercise_set.article_id}/"
    check(page, shoot, article, f"phone{width}-{language}-reader")
    check(page, shoot, f"{base}/learn/review/", f"phone{width}-{language}-review")
    page.goto(f"{base}/learn/")
    page.click(f'form[action$="/assignments/{assignment.pk}/start/"] button')
    page.wait_for_load_state("networkidle")
    for position in range(1, 6):
        name = f"phone{width}-{language}-quiz-{position}"
        shoot(page, name)
        assert overflow(page) == 0, f"{name}: {overflow(page)} px too wide"
        if language == "ar":
            assert not english_on(page), f"{name}: {english_on(page)}"
        if page.locator(".keys .key").count():
            widths = page.eval_on_selector_all(
                ".keys .key", "keys => keys.map(k => k.getBoundingClientRect().width)"
            )
            assert min(widths) >= 40, f"keys as narrow as {min(widths):.0f} px"
        answer(page)
        shoot(page, f"{name}-answered")
        assert overflow(page) == 0, f"{name} answered: {overflow(page)} px too wide"
        if language == "ar":
            assert not english_on(page), f"{name} answered: {english_on(page)}"
        page.click("#quiz-item .actions a.button")
        page.wait_for_load_state("networkidle")
    assert "/results/" in page.url
    check(page, shoot, page.url, f"phone{width}-{language}-results")
    teacher = open_page(PHONES[width], timeout_ms=20_000)
    teacher.emulate_media(color_scheme=SCHEMES[width])
    log_in(teacher, base, "phone_teacher", language)
    check(teacher, shoot, f"{base}/teach/classes/{classroom.pk}/", f"phone{width}-{language}-class")
    check(
        teacher,
        shoot,
        f"{base}/teach/classes/{classroom.pk}/dashboard/",
        f"phone{width}-{language}-class-dashboard",
    )
    check(
        teacher,
        shoot,
        f"{base}/teach/sets/{assignment.exercise_set_id}/",
        f"phone{width}-{language}-set-review",
    )
    check(teacher, shoot, f"{base}/teach/", f"phone{width}-{language}-teacher-home")
    if language == "ar":
        assert not english_on(teacher), english_on(teacher)
