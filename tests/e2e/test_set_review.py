"""The teacher's set review in a real browser: approve, reject and bulk actions change the page
in place (no reload), in English and Arabic, on a phone and a desktop; axe-core checks it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from exercises.models import Item
from tests.e2e.test_phone_widths import log_in, overflow

from .conftest import DESKTOP

pytestmark = pytest.mark.e2e

PHONE = {"width": 360, "height": 740}


@pytest.fixture
def draft_set(seed_article):
    from exercises.generators.items import GenerationOptions
    from exercises.services.sets import exercise_set_generate
    from tests.users import make_user

    teacher = make_user("review_teacher", teacher=True)
    return exercise_set_generate(
        article=seed_article, options=GenerationOptions(count=6, seed=3), user=teacher
    )


@pytest.mark.parametrize(("viewport", "size"), [(PHONE, "phone"), (DESKTOP, "desktop")])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_review_in_place(open_page, live_server, shoot, draft_set, language, viewport, size):
    base = live_server.url
    page = open_page(viewport, timeout_ms=20_000)
    log_in(page, base, "review_teacher", language)
    page.goto(f"{base}/teach/sets/{draft_set.pk}/")
    page.evaluate("() => { window.notReloaded = true; }")
    items = list(draft_set.items.order_by("position", "id"))
    first, second, third = items[0], items[1], items[2]
    counts_before = page.locator("#review-counts").inner_text()

    page.locator(f"#item-{first.pk} .actions button").first.click()  # approve
    expect(page.locator(f"#item-{first.pk}")).to_have_class("review-item status-approved")
    expect(page.locator("#review-counts")).not_to_have_text(counts_before)
    expect(page.locator(f"#item-{first.pk}")).to_be_focused()
    assert Item.objects.get(pk=first.pk).status == Item.Status.APPROVED

    page.locator("#select-all").wait_for()
    page.check(f'#item-{second.pk} input[name="items"]')
    page.check(f'#item-{third.pk} input[name="items"]')
    page.click('#bulk-form button[value="rejected"]')
    expect(page.locator(f"#item-{second.pk}")).to_have_class("review-item status-rejected")
    expect(page.locator(f"#item-{third.pk}")).to_have_class("review-item status-rejected")
    assert page.evaluate("() => window.notReloaded === true"), "no page load"
    statuses = dict(draft_set.items.values_list("pk", "status"))
    assert [statuses[i.pk] for i in items[:3]] == ["approved", "rejected", "rejected"]

    page.click("#select-all")  # the rejected ones stay unticked, and rejected
    page.click('#bulk-form button[value="approved"]')
    expect(page.locator(".review-item.status-approved")).to_have_count(len(items) - 2)
    expect(page.locator(".review-item.status-rejected")).to_have_count(2)
    page.check("#include-rejected")
    page.click("#select-all")
    page.click('#bulk-form button[value="approved"]')
    expect(page.locator(".review-item.status-approved")).to_have_count(len(items))
    assert page.evaluate("() => window.notReloaded === true")
    shoot(page, f"set-review-{language}-{size}")
    assert overflow(page) == 0


_SETTLED = (
    "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')"
)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_edit_in_place(open_page, live_server, shoot, draft_set, language):
    """Edit turns the item into its form where it stands; Save puts the edited item back, Cancel
    the item as it was; the page never reloads."""
    base = live_server.url
    page = open_page(PHONE, timeout_ms=20_000)
    log_in(page, base, "review_teacher", language)
    page.goto(f"{base}/teach/sets/{draft_set.pk}/")
    page.evaluate("() => { window.notReloaded = true; }")
    item = draft_set.items.filter(kind="cloze").order_by("position", "id").first()
    box = page.locator(f"#item-{item.pk}")

    box.locator(".actions a").first.click()
    expect(box.locator('textarea[name="hint"], input[name="hint"]')).to_be_visible()
    shoot(page, f"set-review-edit-{language}")
    assert overflow(page) == 0
    box.locator('[name="hint"]').fill("a teacher's hint")
    box.locator('button[type="submit"]').click()
    expect(box.locator(".badge.edited")).to_be_visible()
    assert Item.objects.get(pk=item.pk).hint == "a teacher's hint"

    # A link swapped in a moment ago is a plain link until htmx has processed it: a click then
    # opens the edit page (the no-JavaScript path) instead of the form in place.
    page.wait_for_function(_SETTLED)
    box.locator(".actions a").first.click()
    expect(box.locator('[name="hint"]')).to_be_visible()
    page.wait_for_function(_SETTLED)
    box.locator(".actions a").first.click()  # Cancel
    expect(box.locator('[name="hint"]')).to_have_count(0)
    assert page.evaluate("() => window.notReloaded === true"), "no page load"
