"""Journey 6: a teacher follows a class. Three learners have taken the assigned quiz (answers
made through the services: one all right, one half, one all wrong); the teacher goes from the
class list to the class and its dashboard, reads each learner's score and the item statistics,
and downloads the results and the item statistics as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from exercises.models import ItemVersion
from learning.models import Membership
from learning.services.attempts import answer_submit, attempt_start
from tests.e2e.journeys.steps import every_screen
from tests.users import make_user

pytestmark = pytest.mark.e2e

JOURNEY = "class-dashboard"
WRONG = {"multiple_choice": "بكتابة", "typed": "خطأ", "true_false": "خطأ"}


def right_answer(content: dict):
    if content["type"] == "matching":
        return {left: right for left, right in content["pairs"]}
    if content["type"] == "ordering":
        return list(content["sequence"])
    return content["answer"]


def wrong_answer(content: dict):
    if content["type"] == "matching":
        rights = [right for _left, right in content["pairs"]]
        return {left: rights[index - 1] for index, (left, _right) in enumerate(content["pairs"])}
    if content["type"] == "ordering":
        return list(reversed(content["sequence"]))
    return WRONG[content["type"]]


@pytest.fixture
def class_with_results(class_with_quiz):
    """The class of ``class_with_quiz`` with three learners who finished the quiz."""
    classroom, assignment = class_with_quiz
    learners = [User.objects.get(username="phone_learner")]
    for username in ("bilal", "salma"):
        learner = make_user(username)
        Membership.objects.create(classroom=classroom, learner=learner)
        learners.append(learner)
    for rights, learner in zip((5, 2, 0), learners, strict=True):
        attempt = attempt_start(assignment=assignment, learner=learner)
        versions = ItemVersion.objects.in_bulk(attempt.item_versions)
        for position, version_id in enumerate(attempt.item_versions):
            content = versions[version_id].content
            given = right_answer(content) if position < rights else wrong_answer(content)
            answer_submit(attempt=attempt, position=position, given=given, time_taken_ms=4000)
    return classroom, assignment


def download(page: Page, link) -> list[list[str]]:
    with page.expect_download() as started:
        link.click()
    text = Path(started.value.path()).read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@every_screen
def test_a_teacher_follows_the_class(run, class_with_results, language, size):
    del size  # in run
    classroom, assignment = class_with_results
    page = run.page("phone_teacher")
    page.goto(f"{run.base}/teach/classes/")
    run.check(page, "classes")
    page.locator(f'a[href="/teach/classes/{classroom.pk}/"]').first.click()
    expect(page.locator(".assignment-card")).to_have_count(1)
    run.check(page, "class")
    page.locator(f'a[href="/teach/classes/{classroom.pk}/dashboard/"]').click()
    table = page.locator("#learner-table")
    expect(table.locator("tbody tr")).to_have_count(3)
    expect(table.locator("tbody tr", has_text="phone_learner")).to_contain_text("100%")
    expect(table.locator("tbody tr", has_text="salma")).to_contain_text("0%")
    expect(page.locator("table.item-stats tbody tr")).to_have_count(5)
    run.check(page, "dashboard")

    results = download(page, page.locator(f'a[href$="/classes/{classroom.pk}/results.csv"]'))
    names = {row[0] for row in results[1:]}
    assert {"phone_learner", "bilal", "salma"} <= names, results
    items = download(page, page.locator(f'a[href$="/assignments/{assignment.pk}/items.csv"]'))
    assert len(items) == 1 + 5, items
