"""Journey 2: a learner takes an assigned quiz with one question of each type (multiple choice,
typed, true/false, matching, ordering). By keyboard alone: every type answered right, from the
dashboard to the score. By touch (a touch screen, taps only): multiple choice, the typed answer
on the on-screen keyboard and true/false; matching by tapping pairs of tiles, ordering by tapping
the parts in order."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from exercises.models import ItemVersion
from learning.models import Answer, Attempt
from learning.services.attempts import answer_submit, attempt_start
from tests.e2e.journeys.steps import every_screen
from tests.e2e.tiles import order_tiles, pair_tiles

pytestmark = pytest.mark.e2e

JOURNEY = "quiz"
TOUCH = {"has_touch": True, "is_mobile": True}


def contents(attempt: Attempt) -> list[dict]:
    versions = ItemVersion.objects.in_bulk(attempt.item_versions)
    return [versions[pk].content for pk in attempt.item_versions]


def choose_by_keyboard(page: Page, answer: str) -> None:
    """A digit chooses the n-th option, Enter checks."""
    radios = page.locator('form[data-quiz] input[type="radio"]')
    index = radios.evaluate_all("(radios, a) => radios.findIndex(r => r.value === a)", answer)
    assert index >= 0, answer
    page.keyboard.press(f"Digit{index + 1}")
    page.keyboard.press("Enter")


def answer_by_keyboard(page: Page, content: dict) -> None:
    kind = content["type"]
    if kind in ("multiple_choice", "true_false"):
        choose_by_keyboard(page, content["answer"])
        return
    if kind == "typed":
        expect(page.locator("#answer-typed")).to_be_focused()  # no Tab needed
        page.keyboard.type(content["answer"])
        page.keyboard.press("Enter")
        return
    # The tiles are buttons: each one focused and pressed with Enter.
    if kind == "matching":
        pair_tiles(page, content["pairs"], how="keyboard")
    else:
        order_tiles(page, content["sequence"], how="keyboard")
    submit = page.locator('form[data-quiz] button[type="submit"]')
    submit.focus()
    page.keyboard.press("Enter")


@every_screen
def test_every_question_type_by_keyboard(run, class_with_quiz, language, size):
    del size  # in run
    _classroom, assignment = class_with_quiz
    page = run.page("phone_learner")
    page.goto(f"{run.base}/learn/")
    run.check(page, "dashboard")
    start = page.locator(f'form[action$="/assignments/{assignment.pk}/start/"] button')
    start.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#progress-label")).to_be_visible()
    attempt = Attempt.objects.get(learner__username="phone_learner")
    for position, content in enumerate(contents(attempt), start=1):
        kind = content["type"]
        run.check(page, f"q{position}-{kind}")
        answer_by_keyboard(page, content)
        expect(page.locator(".feedback")).to_have_class("feedback verdict-correct")
        run.check(page, f"q{position}-{kind}-answered")
        expect(page.locator("#quiz-item .actions a.button")).to_be_focused()
        page.keyboard.press("Enter")  # next question, or the score
    page.wait_for_url("**/results/")
    expect(page.locator("#score")).to_contain_text("100")
    run.check(page, "results")
    verdicts = list(Answer.objects.filter(attempt=attempt).values_list("verdict", flat=True))
    assert verdicts == ["correct"] * 5


def tap_choice(page: Page, answer: str) -> None:
    page.locator("label.choice", has=page.locator(f'input[value="{answer}"]')).tap()
    expect(page.locator(f'form[data-quiz] input[value="{answer}"]')).to_be_checked()


def tap_letters(page: Page, word: str) -> None:
    """Write a word with the on-screen keyboard's keys."""
    for letter in word:
        page.locator(f'.keys .key[data-insert="{letter}"]').tap()
    expect(page.locator("#answer-typed")).to_have_value(word)


@every_screen
def test_choices_and_a_typed_answer_by_touch(run, class_with_quiz, language, size):
    del size  # in run
    _classroom, assignment = class_with_quiz
    run.journey = "quiz-touch"
    page = run.page("phone_learner", **TOUCH)
    page.goto(f"{run.base}/learn/")
    page.locator(f'form[action$="/assignments/{assignment.pk}/start/"] button').tap()
    expect(page.locator("#progress-label")).to_be_visible()
    attempt = Attempt.objects.get(learner__username="phone_learner")
    for position, content in enumerate(contents(attempt)[:3], start=1):
        kind = content["type"]
        if kind == "typed":
            page.locator("#answer-typed").tap()
            tap_letters(page, content["answer"])
        else:
            tap_choice(page, content["answer"])
        run.check(page, f"q{position}-{kind}")
        page.locator('form[data-quiz] button[type="submit"]').tap()
        expect(page.locator(".feedback")).to_have_class("feedback verdict-correct")
        page.locator("#quiz-item .actions a.button").tap()
        expect(page).to_have_url(f"{run.base}/learn/attempts/{attempt.pk}/q/{position + 1}/")
    assert Answer.objects.filter(attempt=attempt, correct=True).count() == 3


@pytest.fixture
def quiz_at_matching(class_with_quiz):
    """The learner's attempt with the first three questions answered (right)."""
    _classroom, assignment = class_with_quiz
    attempt = attempt_start(
        assignment=assignment, learner=assignment.classroom.memberships.get().learner
    )
    for position, content in enumerate(contents(attempt)[:3]):
        answer_submit(attempt=attempt, position=position, given=content["answer"])
    return attempt


@every_screen
def test_matching_and_ordering_by_touch(run, quiz_at_matching, language, size):
    """Tap a word, then its partner; tap the events in order. The tiles are buttons named by
    their text (the hooks may need adjusting when the tiles land)."""
    del size  # in run
    attempt = quiz_at_matching
    run.journey = "quiz-tiles"
    page = run.page("phone_learner", **TOUCH)
    matching, ordering = contents(attempt)[3:]
    page.goto(f"{run.base}/learn/attempts/{attempt.pk}/q/4/")
    run.check(page, "q4-matching")
    form = page.locator("form[data-quiz]")
    pair_tiles(page, matching["pairs"], how="tap")
    run.check(page, "q4-matching-paired")
    form.locator('button[type="submit"]').tap()
    expect(page.locator(".feedback")).to_have_class("feedback verdict-correct")
    page.locator("#quiz-item .actions a.button").tap()

    form = page.locator("form[data-quiz]")
    run.check(page, "q5-ordering")
    order_tiles(page, ordering["sequence"], how="tap")
    run.check(page, "q5-ordering-placed")
    form.locator('button[type="submit"]').tap()
    expect(page.locator(".feedback")).to_have_class("feedback verdict-correct")
