"""Retry missed only: a new attempt that asks again just the items the learner got wrong."""

import pytest
from django.urls import reverse

from learning.models import Attempt
from learning.selectors.class_dashboard import class_learner_rows
from learning.selectors.learner_home import assignment_rows
from learning.services.attempts import answer_submit, attempt_retry_missed, attempt_start

# 1 right, 2 right (spelling), 3 wrong, 4 partly right, 5 right
ANSWERS = [
    "بزيارة",
    "الالعاب",
    "خطأ",
    {"زيارة": "لعب", "الألعاب": "زور", "الرئيس": "رءس"},
    ["وصل بوتين", "التقى الرئيسان", "وقعا الاتفاق"],
]
RIGHT_PAIRS = {"زيارة": "زور", "الألعاب": "لعب", "الرئيس": "رءس"}


@pytest.fixture
def finished(assignment, learner) -> Attempt:
    attempt = attempt_start(assignment=assignment, learner=learner)
    for position, given in enumerate(ANSWERS):
        answer_submit(attempt=attempt, position=position, given=given)
    attempt.refresh_from_db()
    assert attempt.finished is not None
    return attempt


def test_the_retry_asks_only_the_missed_items_in_their_order(finished):
    missed = [a.item_version_id for a in finished.answers.filter(correct=False)]
    assert len(missed) == 2, "the wrong true/false and the partly right matching"
    retry = attempt_retry_missed(attempt=finished)
    assert retry.item_versions == [finished.item_versions[2], finished.item_versions[3]]
    assert (retry.retry_of, retry.number, retry.finished) == (finished, 2, None)


def test_nothing_to_retry_when_all_were_right(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    right = [ANSWERS[0], ANSWERS[1], "صح", RIGHT_PAIRS, ANSWERS[4]]
    for position, given in enumerate(right):
        answer_submit(attempt=attempt, position=position, given=given)
    attempt.refresh_from_db()
    assert attempt_retry_missed(attempt=attempt) is None
    assert Attempt.objects.count() == 1


def test_an_unfinished_attempt_has_no_retry(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    answer_submit(attempt=attempt, position=2, given="خطأ")
    assert attempt_retry_missed(attempt=attempt) is None


def test_retrying_twice_resumes_the_open_retry(finished):
    first = attempt_retry_missed(attempt=finished)
    assert attempt_retry_missed(attempt=finished) == first
    assert Attempt.objects.count() == 2


def test_a_retrys_score_is_not_the_sets_score(finished, learner, assignment, classroom):
    retry = attempt_retry_missed(attempt=finished)
    answer_submit(attempt=retry, position=0, given="صح")
    answer_submit(attempt=retry, position=1, given=RIGHT_PAIRS)
    retry.refresh_from_db()
    assert retry.finished is not None
    (row,) = assignment_rows(learner, [assignment])
    assert (row.last_percent, row.best_percent) == (67, 67), "100% of two items is not counted"
    (result,) = class_learner_rows(classroom)[0].results
    assert (result.first_percent, result.best_percent, result.attempts) == (67, 67, 2)


def test_the_results_page_offers_the_retry_and_the_button_starts_it(client, learner, finished):
    client.force_login(learner)
    html = client.get(reverse("learning:attempt_results", args=[finished.pk])).content.decode()
    assert 'id="retry-missed"' in html and "Retry the 2 missed questions only" in html
    response = client.post(reverse("learning:attempt_retry", args=[finished.pk]), follow=True)
    retry = Attempt.objects.get(retry_of=finished)
    first = reverse("learning:attempt_question", args=[retry.pk, 1])
    assert response.redirect_chain[-1][0] == first
    html = response.content.decode()
    assert "Question 1 of 2" in html and "زار بوتين بكين." in html
    assert "missed questions only" in html


def test_the_retry_button_is_post_only_and_the_learners_own(client, finished, django_user_model):
    other = django_user_model.objects.create_user("someone", password="x-password-1")
    client.force_login(other)
    url = reverse("learning:attempt_retry", args=[finished.pk])
    assert client.get(url).status_code in (403, 405)
    assert client.post(url).status_code in (403, 404)
    assert not Attempt.objects.filter(retry_of=finished).exists()


def test_no_retry_button_after_a_perfect_attempt(client, learner, assignment):
    attempt = attempt_start(assignment=assignment, learner=learner)
    right = [ANSWERS[0], ANSWERS[1], "صح", RIGHT_PAIRS, ANSWERS[4]]
    for position, given in enumerate(right):
        answer_submit(attempt=attempt, position=position, given=given)
    client.force_login(learner)
    html = client.get(reverse("learning:attempt_results", args=[attempt.pk])).content.decode()
    assert "retry-missed" not in html
