"""The whole story in a real browser.

A teacher signs up, creates a class, generates and approves a set and assigns it; a learner
signs up, joins the class, reads the seed article and looks a word up, takes the quiz (a typed
answer accepted despite a hamza difference), sees the score and does a due review; the teacher
sees the learner's result and the item statistics. Screenshots of the main pages are saved in
English and Arabic, on a phone (390 px) and on a desktop.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from exercises.models import ItemVersion
from learning.models import Answer, Attempt, Classroom, WordProgress
from learning.services.accounts import teacher_invite_create
from tests.e2e.tiles import order_tiles, pair_tiles

from .conftest import DESKTOP, PHONE

pytestmark = pytest.mark.e2e

HAMZA_SEATS = {"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "ئ", "ئ": "ؤ"}
TIMEOUT = 60_000
COUNT = 3


def seed_with_a_hamza_answer(article) -> int:
    """A generation seed whose typed cloze answers include a word with a hamza."""
    from exercises.generators.items import GenerationOptions
    from exercises.services.sets import generated_items

    for seed in range(1, 30):
        options = GenerationOptions(seed=seed, count=COUNT, cloze_typed=True)
        items = generated_items(article=article, options=options)
        if any(i.type == "typed" and set(i.answer) & set(HAMZA_SEATS) for i in items):
            return seed
    raise AssertionError("no seed gives a typed answer with a hamza")


def sign_up(page: Page, base: str, username: str, role: str) -> None:
    page.goto(f"{base}/accounts/signup/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="email"]', f"{username}@example.org")
    page.fill('input[name="password1"]', "a-long-pass-phrase-7")
    page.fill('input[name="password2"]', "a-long-pass-phrase-7")
    if role == "teacher":  # a school gives its teachers an invite code
        invite = teacher_invite_create(max_uses=1, days=1)
        page.fill('input[name="teacher_invite"]', invite.code)
    page.click('form.stacked-form button[type="submit"]')
    page.wait_for_load_state("networkidle")


def switch_language(page: Page) -> None:
    page.click('.language-switch button[name="language"]')
    page.wait_for_load_state("networkidle")


def answer_current_question(page: Page, content: dict) -> str:
    """Answer right, except typed answers with a hamza: typed on another seat or without one."""
    kind = content["type"]
    typed_with_bare_alef = ""
    if kind in ("multiple_choice", "true_false"):
        page.locator('input[type="radio"]').first.focus()
        index = page.locator('input[type="radio"]').evaluate_all(
            "(radios, answer) => radios.findIndex(r => r.value === answer)", content["answer"]
        )
        page.keyboard.press(f"Digit{index + 1}")
        page.keyboard.press("Enter")  # the keyboard alone chooses and checks
    elif kind == "typed":
        answer = content["answer"]
        if set(answer) & set(HAMZA_SEATS):  # written as a learner might: another seat, or none
            typed_with_bare_alef = "".join(HAMZA_SEATS.get(letter, letter) for letter in answer)
            answer = typed_with_bare_alef
        page.fill("#answer-typed", answer)
        page.press("#answer-typed", "Enter")
    elif kind == "matching":
        pair_tiles(page, content["pairs"])
        page.click('form[data-quiz] button[type="submit"]')
    elif kind == "ordering":
        order_tiles(page, [step.strip() for step in content["sequence"]])
        page.click('form[data-quiz] button[type="submit"]')
    expect(page.locator(".feedback")).to_be_visible()
    return typed_with_bare_alef


def test_a_learner_and_a_teacher_in_the_browser(open_page, live_server, seed_article, shoot):
    base = live_server.url
    teacher = open_page(DESKTOP, TIMEOUT)
    learner = open_page(PHONE, TIMEOUT)

    # --- the teacher: a class, a generated and approved set, assigned with a due date
    sign_up(teacher, base, "ustadha", "teacher")
    expect(teacher).to_have_url(f"{base}/teach/classes/")
    teacher.fill('input[name="name"]', "Arabic 101")
    teacher.click('form.stacked-form button[type="submit"]')
    join_code = teacher.locator("#join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{6}", join_code)
    classroom = Classroom.objects.get(name="Arabic 101")

    seed = seed_with_a_hamza_answer(seed_article)
    teacher.goto(f"{base}/teach/articles/{seed_article.pk}/generate/")
    teacher.fill('input[name="count"]', str(COUNT))
    teacher.fill('input[name="seed"]', str(seed))
    teacher.check('input[name="cloze_typed"]')
    teacher.click('form.stacked-form button[type="submit"]')
    teacher.wait_for_url(re.compile(r"/teach/sets/\d+/"))
    teacher.click("#approve-set")
    teacher.wait_for_load_state("networkidle")
    shoot(teacher, "en-desktop-teacher-set-review")

    teacher.goto(f"{base}/teach/classes/{classroom.pk}/")
    teacher.select_option('select[name="exercise_set"]', index=1)
    teacher.fill('input[name="due_date"]', "2030-01-31")
    teacher.click('form.stacked-form button[type="submit"]')
    expect(teacher.locator(".assignment-card")).to_have_count(1)
    shoot(teacher, "en-desktop-teacher-class")

    # --- the learner signs up on a phone and joins the class
    sign_up(learner, base, "amina", "learner")
    expect(learner).to_have_url(f"{base}/learn/")
    learner.fill('input[name="code"]', join_code.lower())
    learner.click('form[action$="/learn/join/"] button')
    expect(learner.locator(".assignment-card")).to_have_count(1)
    shoot(learner, "en-phone-learner-dashboard-empty")

    # --- reading: look up a word with a tap, then with the keyboard; mark one as learning
    learner.click(".assignment-card a[href*='/articles/']")
    expect(learner.locator("#reader-counts")).to_contain_text("known")
    president = learner.locator('.w[data-lemma="رئيس"]').first
    president.click()
    panel = learner.locator("#word-panel")
    expect(panel).to_contain_text("president")
    expect(panel).to_contain_text("ر ء س")
    expect(panel).to_contain_text("noun")
    panel.locator('.status-button[value="learning"]').click()
    expect(president).to_have_class(re.compile(r"\bs-learning\b"))
    every_form = learner.locator('.w[data-lemma="رئيس"]')
    assert every_form.count() > 1
    expect(every_form.last).to_have_class(re.compile(r"\bs-learning\b"))  # per lemma
    shoot(learner, "en-phone-article-lookup")

    first_word = learner.locator(".w").first
    first_word.focus()
    learner.keyboard.press("ArrowLeft")  # right to left: the next word
    learner.keyboard.press("Enter")
    second = learner.locator(".w").nth(1)
    expect(second).to_be_focused()
    expect(panel).to_contain_text(
        learner.locator(".w").nth(1).get_attribute("data-lemma") and "Dictionary form"
    )
    learner.keyboard.press("KeyK")  # known, from the keyboard
    expect(second).to_have_class(re.compile(r"\bs-known\b"))
    assert WordProgress.objects.filter(learner__username="amina", status="known").count() == 1

    # --- the quiz, with the keyboard where it can be
    learner.goto(f"{base}/learn/")
    learner.click(".assignment-card form button[type='submit']")
    attempt = Attempt.objects.get(learner__username="amina")
    versions = ItemVersion.objects.in_bulk(attempt.item_versions)
    bare_alef_answers = []
    for position, version_id in enumerate(attempt.item_versions, start=1):
        expect(learner.locator("#progress-label")).to_contain_text(f"Question {position} of")
        if position == 1:
            shoot(learner, "en-phone-quiz-question")
        content = versions[version_id].content
        typed = answer_current_question(learner, content)
        if typed:
            bare_alef_answers.append(typed)
            expect(learner.locator(".feedback")).to_contain_text("mind the spelling")
            expect(learner.locator(".differences")).to_contain_text("hamza")
            if len(bare_alef_answers) == 1:
                shoot(learner, "en-phone-quiz-spelling-feedback")
        learner.locator(".item-card a.button").click()
    assert bare_alef_answers, "the set had a typed answer with a hamza"
    expect(learner.locator("#score")).to_contain_text("100%")
    shoot(learner, "en-phone-quiz-results")
    results_url = learner.url
    assert Answer.objects.filter(attempt=attempt, verdict="spelling").count() == len(
        bare_alef_answers
    )

    # --- reload resumes: nothing is lost
    learner.reload()
    expect(learner.locator("#score")).to_contain_text("100%")

    # --- the review of due words: reveal with Space, rate Good with 3
    learner.goto(f"{base}/learn/review/")
    expect(learner.locator("#review-word")).to_contain_text("رَئِيس")
    shoot(learner, "en-phone-review-front")
    learner.keyboard.press("Space")
    expect(learner.locator("#review-answer")).to_be_visible()
    expect(learner.locator("#review-answer")).to_contain_text("president")
    shoot(learner, "en-phone-review-back")
    learner.keyboard.press("Digit3")
    expect(learner.locator("#review-done")).to_be_visible()  # the only due word was rated
    rated = WordProgress.objects.get(learner__username="amina", lemma="رئيس")
    assert rated.card["step"] == 1 or rated.card["state"] == 2, "Good moved the card on"
    learner.goto(f"{base}/learn/")
    shoot(learner, "en-phone-learner-dashboard")

    # --- the teacher's class dashboard: the learner's result and the item statistics
    teacher.goto(f"{base}/teach/classes/{classroom.pk}/dashboard/")
    row = teacher.locator("#learner-table tbody tr", has_text="amina")
    expect(row).to_contain_text("100% / 100%")
    expect(teacher.locator("table.item-stats tbody tr")).to_have_count(len(attempt.item_versions))
    # One learner's answers are too few for facility and discrimination to mean anything.
    expect(teacher.locator("table.item-stats").first).to_contain_text("too few answers")
    shoot(teacher, "en-desktop-class-dashboard")

    # --- the same pages in Arabic, and on the other screen size
    switch_language(learner)
    expect(learner.locator("html")).to_have_attribute("dir", "rtl")
    learner.goto(f"{base}/learn/")
    shoot(learner, "ar-phone-learner-dashboard")
    learner.goto(f"{base}/articles/{seed_article.pk}/")
    learner.locator('.w[data-lemma="صيني"]').first.click()
    expect(panel).to_contain_text("Chinese")
    shoot(learner, "ar-phone-article-lookup")
    learner.goto(results_url)
    shoot(learner, "ar-phone-quiz-results")
    learner.goto(f"{base}/learn/review/")
    shoot(learner, "ar-phone-review-empty")
    learner.goto(f"{base}/learn/")
    learner.click(".assignment-card form button[type='submit']")  # try again, in Arabic
    expect(learner.locator("#progress-label")).to_contain_text("السؤال 1 من")
    shoot(learner, "ar-phone-quiz-question")
    second_attempt = Attempt.objects.filter(learner__username="amina").order_by("-number").first()
    typed_position = next(
        (i for i, pk in enumerate(second_attempt.item_versions, start=1)
         if ItemVersion.objects.get(pk=pk).content["type"] == "typed"),
        None,
    )  # fmt: skip
    if typed_position:
        learner.goto(f"{base}/learn/attempts/{second_attempt.pk}/q/{typed_position}/")
        shoot(learner, "ar-phone-quiz-typed")
        content = ItemVersion.objects.get(
            pk=second_attempt.item_versions[typed_position - 1]
        ).content
        # The connection drops as the answer is sent: the page says so and keeps the answer.
        learner.context.set_offline(True)
        learner.fill("#answer-typed", content["answer"])
        learner.press("#answer-typed", "Enter")
        expect(learner.locator("#send-error")).to_be_visible()
        shoot(learner, "ar-phone-quiz-offline")
        learner.context.set_offline(False)
        assert not Answer.objects.filter(attempt=second_attempt).exists()
        expect(learner.locator("#answer-typed")).to_have_value(content["answer"])
        learner.click('form[data-quiz] button[type="submit"]')
        expect(learner.locator(".feedback")).to_be_visible()
        expect(learner.locator("#send-error")).to_be_hidden()
        shoot(learner, "ar-phone-quiz-feedback")

    switch_language(teacher)
    expect(teacher.locator("html")).to_have_attribute("lang", "ar")
    teacher.goto(f"{base}/teach/classes/{classroom.pk}/dashboard/")
    expect(teacher.locator("h1")).to_contain_text("لوحة الصف")
    shoot(teacher, "ar-desktop-class-dashboard")
    teacher.goto(f"{base}/teach/classes/{classroom.pk}/")
    shoot(teacher, "ar-desktop-teacher-class")
    teacher.set_viewport_size(PHONE)
    teacher.goto(f"{base}/teach/classes/{classroom.pk}/dashboard/")
    shoot(teacher, "ar-phone-class-dashboard")
    switch_language(teacher)
    shoot(teacher, "en-phone-class-dashboard")

    anonymous = open_page(PHONE, TIMEOUT)
    anonymous.goto(f"{base}/accounts/signup/")
    shoot(anonymous, "en-phone-signup")
    switch_language(anonymous)
    shoot(anonymous, "ar-phone-signup")
    anonymous.goto(f"{base}/articles/{seed_article.pk}/")
    shoot(anonymous, "ar-phone-article-anonymous")
    learner.set_viewport_size(DESKTOP)
    learner.goto(f"{base}/learn/")
    shoot(learner, "ar-desktop-learner-dashboard")
    switch_language(learner)
    shoot(learner, "en-desktop-learner-dashboard")
