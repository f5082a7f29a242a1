"""Queries per page on a class of realistic size: a generated set of 30+ approved items, several
learners with finished attempts, word progress and reviews. Starting a quiz costs the same
number of queries whatever the set's size; every learner and teacher page stays within 10."""

from __future__ import annotations

import pytest
from django.urls import reverse

from exercises.models import Item, ItemVersion
from learning.models import Answer, Assignment, Attempt, Classroom, Membership, WordProgress
from tests.learning.conftest import make_approved_set
from tests.learning.pages import PAGES, page_url
from tests.users import make_user

PAGE_LIMIT = 10
START_LIMIT = 8


@pytest.mark.parametrize(
    ("role", "name", "args"),
    PAGES,
    ids=lambda value: value if isinstance(value, str) else "-".join(map(str, value)),
)
def test_a_page_stays_within_ten_queries(
    client, school, teacher, role, name, args, django_assert_max_num_queries
):
    client.force_login(school["learner"] if role == "learner" else teacher)
    url = page_url(name, args, school)
    client.get(url)  # caches (analyses, vocabulary) as a running site has them
    with django_assert_max_num_queries(PAGE_LIMIT):
        response = client.get(url)
    assert response.status_code in (200, 204, 302), (url, response.status_code)


@pytest.mark.parametrize("items", [3, 60])
def test_starting_a_quiz_costs_the_same_queries_whatever_the_sets_size(
    client, seed_article, teacher, items, django_assert_max_num_queries
):
    exercise_set = make_approved_set(
        seed_article,
        teacher,
        [
            {
                "key": f"tf-{number}",
                "kind": "comprehension",
                "type": "true_false",
                "prompt": f"جملة {number}",
                "options": ["صح", "خطأ"],
                "answer": "صح",
            }
            for number in range(items)
        ],
    )
    # Half the items have no frozen version yet: starting makes them (in one query).
    Item.objects.filter(exercise_set=exercise_set, position__gte=items // 2).update(version=2)
    classroom = Classroom.objects.create(teacher=teacher, name="Arabic 3", join_code="STA234")
    assignment = Assignment.objects.create(classroom=classroom, exercise_set=exercise_set)
    learner = make_user("starter")
    Membership.objects.create(classroom=classroom, learner=learner)
    client.force_login(learner)
    url = reverse("learning:assignment_start", args=[assignment.pk])
    with django_assert_max_num_queries(START_LIMIT):
        response = client.post(url)
    attempt = Attempt.objects.get(learner=learner)
    assert response.status_code == 302
    assert len(attempt.item_versions) == items
    asked = ItemVersion.objects.in_bulk(attempt.item_versions)
    assert [(asked[pk].item.position, asked[pk].version) for pk in attempt.item_versions] == [
        (position, 1 if position < items // 2 else 2) for position in range(items)
    ]


# session, user, the attempt with its answer here if any, the item, lock the attempt, insert,
# the word's card (and its details: this card lacks them), update it, its review, count the
# answers; 2 savepoint statements of the test's transaction. It was 22: the item, the answer
# check, the user and the article's text were each read twice, plus a teacher check the
# fragment never shows.
ANSWER_LIMIT = 13


# A word met for the first time costs three more: its row inserted, already rated, in a savepoint
# of its own (3 statements), and the status change "learning" recorded, less the card's update.
# It was 5 more (the row was looked for twice), then 4 (inserted, then updated with its rating).
NEW_WORD_LIMIT = ANSWER_LIMIT + 3


@pytest.mark.parametrize("has_card, limit", [(True, ANSWER_LIMIT), (False, NEW_WORD_LIMIT)])
def test_an_answer_is_stored_without_repeated_work(
    client, school, django_assert_max_num_queries, has_card, limit
):
    attempt = Attempt.objects.get(pk=school["open"])
    learner = school["learner"]
    carded = set(WordProgress.objects.filter(learner=learner).values_list("lemma", flat=True))
    versions = ItemVersion.objects.in_bulk(attempt.item_versions)
    position, content = next(
        (position, versions[pk].content)
        for position, pk in enumerate(attempt.item_versions)
        if position > 0
        and versions[pk].content["type"] in ("multiple_choice", "typed")
        and versions[pk].item.lemma
        and (versions[pk].item.lemma in carded) == has_card
    )
    client.force_login(learner)
    url = reverse("learning:attempt_question", args=[attempt.pk, position + 1])
    with django_assert_max_num_queries(limit):
        response = client.post(
            url, {"answer": content["answer"], "elapsed_ms": "900"}, HTTP_HX_REQUEST="true"
        )
    assert response.status_code == 200
    stored = Answer.objects.get(attempt=attempt, position=position)
    assert stored.correct and stored.time_taken_ms == 900
    assert WordProgress.objects.filter(
        learner=learner, lemma=versions[stored.item_version_id].item.lemma
    ).exists()
