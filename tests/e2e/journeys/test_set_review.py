"""Journey 5: a teacher reviews a generated set. From the teaching page the teacher opens the
draft set, approves one item, rejects two chosen items in one go, replaces one of them with a
new item, approves every item with "Select all", approves the set, and finds it approved on the
teaching page. The page is never reloaded between the in-place actions."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from exercises.models import ExerciseSet, Item
from tests.e2e.journeys.steps import every_screen
from tests.users import make_user

pytestmark = pytest.mark.e2e

JOURNEY = "set-review"


@pytest.fixture
def draft_set(seed_article):
    from exercises.generators.items import GenerationOptions
    from exercises.services.sets import exercise_set_generate

    teacher = make_user("set_reviewer", teacher=True)
    return exercise_set_generate(
        article=seed_article, options=GenerationOptions(count=6, seed=3), user=teacher
    )


def statuses(exercise_set: ExerciseSet) -> list[str]:
    return list(exercise_set.items.order_by("position", "id").values_list("status", flat=True))


@every_screen
def test_review_a_generated_set_with_bulk_actions(run, draft_set, language, size):
    del size  # in run
    page = run.page("set_reviewer")
    page.goto(f"{run.base}/teach/")
    run.check(page, "teaching")
    page.locator(f'a[href="/teach/sets/{draft_set.pk}/"]').click()
    expect(page.locator("#review-items")).to_be_visible()
    run.check(page, "draft")
    page.evaluate("() => { window.notReloaded = true; }")
    first, second, third = list(draft_set.items.order_by("position", "id"))[:3]
    total = draft_set.items.count()

    page.locator(f"#item-{first.pk} .actions button").first.click()  # Approve
    expect(page.locator(f"#item-{first.pk}")).to_have_class("review-item status-approved")
    expect(page.locator(f"#item-{first.pk}")).to_be_focused()
    page.check(f'#item-{second.pk} input[name="items"]')
    page.check(f'#item-{third.pk} input[name="items"]')
    page.click('#bulk-form button[value="rejected"]')
    expect(page.locator(".review-item.status-rejected")).to_have_count(2)
    assert statuses(draft_set)[:3] == ["approved", "rejected", "rejected"]
    run.check(page, "one-approved-two-rejected")

    replace = page.locator(f'#item-{third.pk} form[action$="/regenerate/"] button')
    with page.expect_response(lambda response: response.url.endswith("/regenerate/")):
        replace.click()
    replaced = Item.objects.get(pk=third.pk)
    if replaced.version > third.version:
        assert replaced.status == Item.Status.DRAFT, "a new item is a draft again"
        expect(page.locator(f"#item-{third.pk}")).to_have_class("review-item status-draft")
    else:  # no other item could be made: the page says so, the item stays as it was
        expect(page.locator(f"#item-{third.pk} .errorlist")).to_be_visible()

    # "Select all" and a bulk approve leave the rejected items rejected...
    rejected = draft_set.items.filter(status=Item.Status.REJECTED).count()
    page.click("#select-all")
    page.click('#bulk-form button[value="approved"]')
    expect(page.locator(".review-item.status-approved")).to_have_count(total - rejected)
    expect(page.locator(".review-item.status-rejected")).to_have_count(rejected)
    assert page.evaluate("() => window.notReloaded === true"), "no page load"
    run.check(page, "all-but-rejected-approved")
    # ... unless the teacher asks for them too
    page.check("#include-rejected")
    page.click("#select-all")
    page.click('#bulk-form button[value="approved"]')
    expect(page.locator(".review-item.status-approved")).to_have_count(total)
    run.check(page, "all-approved")

    page.click("#approve-set")
    page.wait_for_load_state("networkidle")
    draft_set.refresh_from_db()
    assert draft_set.status == ExerciseSet.Status.APPROVED
    run.check(page, "set-approved")
    page.goto(f"{run.base}/teach/")
    row = page.locator("table.sets tr", has=page.locator(f'a[href="/teach/sets/{draft_set.pk}/"]'))
    expect(row.locator(".status")).to_have_class("status status-approved")
    run.check(page, "teaching-after")
