"""The pages the phone test of the learner's and teacher's way does not pass through, at 360
and 390 px in both languages: none wider than the screen, axe-core on each (``shoot``), no
English on the Arabic ones outside article content."""

from __future__ import annotations

import pytest

from tests.e2e.test_phone_widths import PHONES, english_on, log_in, overflow

pytestmark = pytest.mark.e2e


def pages(base: str, article_id: int, classroom_id: int, set_id: int) -> dict[str, list[str]]:
    return {
        "phone_learner": [
            f"{base}/",
            f"{base}/learn/search/?q=%D8%A8%D9%83%D9%8A%D9%86",
            f"{base}/learn/articles/new/",
            f"{base}/no-such-page/",
        ],
        "phone_teacher": [
            f"{base}/teach/articles/new/",
            f"{base}/teach/articles/{article_id}/edit/",
            f"{base}/teach/articles/{article_id}/meanings/",
            f"{base}/teach/articles/{article_id}/generate/",
            f"{base}/teach/articles/{article_id}/export/",
            f"{base}/teach/classes/",
            f"{base}/teach/classes/{classroom_id}/",
            f"{base}/teach/items/{{item}}/edit/",
        ],
    }


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_other_page_fits_a_phone(
    open_page, live_server, shoot, class_with_quiz, language, width
):
    classroom, assignment = class_with_quiz
    exercise_set = assignment.exercise_set
    item = exercise_set.items.order_by("position", "id").first()
    base = live_server.url
    for user, urls in pages(base, exercise_set.article_id, classroom.pk, exercise_set.pk).items():
        page = open_page(PHONES[width], timeout_ms=20_000)
        log_in(page, base, user, language)
        for number, url in enumerate(urls):
            page.goto(url.replace("{item}", str(item.pk)))
            page.wait_for_load_state("networkidle")
            name = f"other{width}-{language}-{user}-{number}"
            shoot(page, name)
            assert overflow(page) == 0, f"{url}: {overflow(page)} px wider than the screen"
            if language == "ar" and "/search/" not in url:  # its results quote the articles
                assert not english_on(page), f"{url}: {english_on(page)}"
