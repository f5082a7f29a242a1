"""Attempts and answers: saved as given, stored once, resumed, finished; answers feed cards."""

import pytest
from django.db import IntegrityError

from exercises.models import ItemVersion
from learning.models import Answer, Attempt, Review, WordProgress
from learning.services.attempts import answer_submit, attempt_start


def test_it_starts_an_attempt_on_the_approved_items_in_order(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    keys = [ItemVersion.objects.get(pk=pk).item.key for pk in attempt.item_versions]
    assert keys == ["mc-1", "typed-1", "tf-1", "match-1", "order-1"]
    assert attempt.number == 1


def test_starting_again_resumes_the_open_attempt(assignment, learner):
    first = attempt_start(assignment=assignment, learner=learner)
    assert attempt_start(assignment=assignment, learner=learner) == first
    assert Attempt.objects.count() == 1


def test_the_database_refuses_two_open_attempts(assignment, learner):
    attempt_start(assignment=assignment, learner=learner)
    with pytest.raises(IntegrityError):
        Attempt.objects.create(assignment=assignment, learner=learner, number=2)


def test_a_double_submitted_answer_is_stored_once(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    first = answer_submit(attempt=attempt, position=0, given="بزيارة", time_taken_ms=1200)
    again = answer_submit(attempt=attempt, position=0, given="بكتابة", time_taken_ms=50)
    assert first.created and not again.created
    assert again.answer.pk == first.answer.pk
    assert Answer.objects.filter(attempt=attempt).count() == 1
    stored = Answer.objects.get(attempt=attempt)
    assert (stored.given, stored.correct, stored.time_taken_ms) == ("بزيارة", True, 1200)


def test_the_unique_constraint_backs_the_service(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    answer = answer_submit(attempt=attempt, position=0, given="بزيارة").answer
    with pytest.raises(IntegrityError):
        Answer.objects.create(
            attempt=attempt,
            learner=learner,
            item_version=answer.item_version,
            position=0,
            item_type="multiple_choice",
            given="x",
            verdict="wrong",
            correct=False,
            score=0,
        )


def test_an_answer_points_at_the_frozen_version(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    answer = answer_submit(attempt=attempt, position=1, given="الالعاب").answer
    item = answer.item_version.item
    item.answer, item.version = "الملاعب", 2  # a teacher's later edit
    item.save()
    answer.refresh_from_db()
    assert answer.item_version.content["answer"] == "الألعاب"
    assert answer.verdict == "spelling"


def test_every_answer_is_stored_with_its_verdict_and_the_last_finishes(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    answer_submit(attempt=attempt, position=0, given="بكتابة")
    answer_submit(attempt=attempt, position=1, given="الالعاب")
    answer_submit(attempt=attempt, position=2, given="صح")
    answer_submit(
        attempt=attempt,
        position=3,
        given={"زيارة": "زور", "الألعاب": "رءس", "الرئيس": "لعب"},
    )
    attempt.refresh_from_db()
    assert attempt.finished is None
    answer_submit(
        attempt=attempt, position=4, given=["وصل بوتين", "التقى الرئيسان", "وقعا الاتفاق"]
    )
    attempt.refresh_from_db()
    assert attempt.finished is not None
    rows = list(Answer.objects.filter(attempt=attempt).values_list("verdict", "score"))
    assert rows == [
        ("wrong", 0.0),
        ("spelling", 1.0),
        ("correct", 1.0),
        ("partial", 1 / 3),
        ("correct", 1.0),
    ]
    assert Attempt.objects.get(pk=attempt.pk).answers.count() == 5


def test_a_new_attempt_after_a_finished_one_is_number_two(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    for position in range(5):
        answer_submit(attempt=attempt, position=position, given="x" if position != 3 else {})
    second = attempt_start(assignment=assignment, learner=learner)
    assert second.pk != attempt.pk and second.number == 2


def test_quiz_answers_feed_the_card_of_the_word(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    answer_submit(attempt=attempt, position=0, given="بكتابة")  # wrong, on زيارة
    answer_submit(attempt=attempt, position=1, given="الألعاب")  # right, on لعب
    visit = WordProgress.objects.get(learner=learner, lemma="زيارة")
    games = WordProgress.objects.get(learner=learner, lemma="لعب")
    assert visit.status == games.status == "learning"
    assert visit.due < games.due, "Again comes back sooner than Good"
    assert visit.lemma_vocalized == "زِيارَة" and "visit" in visit.gloss
    assert list(Review.objects.order_by("id").values_list("lemma", "rating", "source")) == [
        ("زيارة", 1, "quiz"),
        ("لعب", 3, "quiz"),
    ]


def test_items_without_a_lemma_feed_no_card(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    answer_submit(attempt=attempt, position=2, given="صح")
    assert not WordProgress.objects.exists()
