"""An item's instruction is shown once: in the Arabic interface, a question whose Arabic prompt
already asks it (ما جذر كلمة «…»؟ under ما جذر هذه الكلمة؟) is not asked twice; a cloze (an
article sentence with a gap) and a true/false statement keep their instruction."""

from __future__ import annotations

import pytest
from django.urls import reverse

from learning.models import Assignment, Attempt, Membership
from tests.learning.conftest import make_approved_set

pytestmark = pytest.mark.django_db

FIELDS = ("key", "kind", "subtype", "type", "prompt", "instruction", "options", "answer")


@pytest.fixture
def quiz(client, seed_set, classroom, learner, teacher):
    root = seed_set.items.filter(subtype="root_identify").first()
    cloze = seed_set.items.filter(kind="cloze").first()
    items = [{name: getattr(item, name) for name in FIELDS} for item in (root, cloze)]
    exercise_set = make_approved_set(seed_set.article, teacher, items=items)
    Membership.objects.create(classroom=classroom, learner=learner)
    assignment = Assignment.objects.create(
        classroom=classroom, exercise_set=exercise_set, assigned_by=teacher
    )
    client.force_login(learner)
    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    attempt = Attempt.objects.get(learner=learner)
    return lambda position: client.get(
        reverse("learning:attempt_question", args=[attempt.pk, position])
    ).content.decode()


def test_in_arabic_a_question_asked_by_its_prompt_is_asked_once(client, quiz):
    client.post(reverse("set_language"), {"language": "ar"})
    html = quiz(1)
    assert "ما جذر كلمة" in html and "ما جذر هذه الكلمة؟" not in html
    assert "اختر الكلمة التي تملأ الفراغ." in quiz(2), "a cloze keeps its instruction"


def test_in_english_the_instruction_says_in_english_what_the_arabic_asks(quiz):
    assert "What is the root of this word?" in quiz(1)
    assert "Choose the word that fills the gap." in quiz(2)


def test_the_review_page_in_arabic_asks_once_too(client, teacher, seed_set):
    client.force_login(teacher)
    client.post(reverse("set_language"), {"language": "ar"})
    html = client.get(reverse("teach:set_review", args=[seed_set.pk])).content.decode()
    assert "ما جذر كلمة" in html and "ما جذر هذه الكلمة؟" not in html
