"""Browser tests: real Chromium (Debian's package) driven by Playwright against live_server.

Without Chromium these tests fail with a message saying so; they never pass silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from learning.models import Assignment, Classroom, Membership
from tests.e2e.axe import assert_accessible
from tests.learning.conftest import make_approved_set
from tests.users import make_user

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def seed_article(transactional_db, import_seed):
    """The live server's threads need committed rows."""
    return import_seed()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: the browser tests need it "
            "(apt-get install chromium, as .ci/run does).",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "Playwright for Python is not installed: pip install -e '.[test]'", pytrace=False
        )
    # Playwright's sync API runs an event loop; Django's ORM calls in the test thread are safe
    # here. Set for the browser tests only, then put back: other tests start subprocesses.
    before = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


@pytest.fixture
def shoot():
    """Save a full-page screenshot as test-artifacts/screenshots/NAME.png, and check the page
    with axe-core: no serious or critical violation (every page a browser test shows)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        page.wait_for_load_state("networkidle")
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert_accessible(page, name)
        return path

    return save


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def open_page(request, browser, live_server):
    """A new browser context and page of a given size; all are closed before the server stops,
    so that no request is still in flight when the test database goes away. When the test
    fails, each page is saved as failure-N.png/.html beside the screenshots."""
    contexts = []

    def make(viewport: dict, timeout_ms: int = 60_000, **options):
        """``options`` go to the new context, e.g. ``has_touch=True, is_mobile=True``."""
        context = browser.new_context(viewport=viewport, locale="en-US", **options)
        context.set_default_timeout(timeout_ms)
        contexts.append(context)
        return context.new_page()

    yield make
    failed = (
        getattr(request.node, "report_call", None) is not None and request.node.report_call.failed
    )
    for index, context in enumerate(contexts):
        for page in context.pages:
            if failed:
                SCREENSHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / f"failure-{index}.png"), full_page=True)
                (SCREENSHOTS / f"failure-{index}.html").write_text(page.content(), encoding="utf-8")
            page.wait_for_load_state("networkidle")
        context.close()


@pytest.fixture
def class_with_quiz(seed_article):
    """A teacher, a learner in their class, and the hand-made set (one item of each type)
    assigned to it, with a long title."""
    teacher = make_user("phone_teacher", teacher=True)
    learner = make_user("phone_learner")
    classroom = Classroom.objects.create(teacher=teacher, name="Arabic 1", join_code="PHN234")
    Membership.objects.create(classroom=classroom, learner=learner)
    exercise_set = make_approved_set(seed_article, teacher)
    # A long title in the class page's drop-down made the page 473 px wide on a phone.
    exercise_set.title = (
        "مجموعة تمارين عن زيارة الرئيس إلى بكين وافتتاح دورة الألعاب الأولمبية الشتوية"
    )
    exercise_set.save()
    assignment = Assignment.objects.create(
        classroom=classroom, exercise_set=exercise_set, assigned_by=teacher
    )
    return classroom, assignment
