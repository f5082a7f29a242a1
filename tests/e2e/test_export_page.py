"""The export page in a real browser: the teacher picks a set among two and sees the worksheet's
first page, in English and Arabic, on a phone and a desktop (no overflow, axe-core clean)."""

from __future__ import annotations

import pytest

from exercises.generators.items import GenerationOptions
from exercises.services.sets import exercise_set_approve, exercise_set_generate, exercise_set_rename
from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.test_phone_widths import english_on, log_in, overflow
from tests.users import make_user

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_the_teacher_picks_a_set_and_sees_the_first_page(
    open_page, live_server, shoot, seed_article, language, size
):
    teacher = make_user("export_teacher", teacher=True)
    for seed, title in ((3, "الدرس الأول"), (9, "الدرس الثاني")):
        exercise_set = exercise_set_generate(
            article=seed_article, options=GenerationOptions(count=4, seed=seed), user=teacher
        )
        exercise_set_approve(exercise_set=exercise_set, user=teacher)
        exercise_set_rename(exercise_set=exercise_set, title=title)
    page = open_page(PHONE if size == "phone" else DESKTOP)
    log_in(page, live_server.url, teacher.username, language)
    page.goto(f"{live_server.url}/teach/articles/{seed_article.pk}/export/")
    page.select_option("#choose-set", label=page.locator("#choose-set option").nth(1).inner_text())
    page.click(".choose-set button")
    page.wait_for_load_state("networkidle")
    assert "set=" in page.url
    preview = page.locator(".worksheet-preview img")
    preview.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => { const i = document.querySelector('.worksheet-preview img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    assert preview.evaluate("i => i.naturalHeight > i.naturalWidth")  # a portrait page
    shoot(page, f"export-{language}-{size}")
    assert overflow(page) == 0
    if language == "ar":
        found = english_on(page)
        assert not found, "\n".join(found)
