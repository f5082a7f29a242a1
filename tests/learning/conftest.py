"""Fixtures for the learners' side: users in both roles, a class, and an approved set made by
hand (one item of each type), so that these tests do not depend on the generators."""

from __future__ import annotations

import pytest

from exercises.models import ExerciseSet, Item, ItemVersion
from exercises.services.sets import item_content
from learning.models import Assignment, Classroom, Membership


def sentence_span(text: str, fragment: str) -> list[int]:
    start = text.index(fragment)
    return [start, start + len(fragment)]


def hand_items(article) -> list[dict]:
    """One item of each type; the typed answer has a hamza on its alef."""
    text = article.text
    return [
        {
            "key": "mc-1",
            "kind": "cloze",
            "type": "multiple_choice",
            "prompt": "قام الرئيس الروسي فلاديمير بوتين ＿＿＿＿ إلى بكين",
            "options": ["بزيارة", "بكتابة", "بدراسة", "بقراءة"],
            "answer": "بزيارة",
            "lemma": "زيارة",
            "support": [sentence_span(text, "قام الرئيس الروسي")],
        },
        {
            "key": "typed-1",
            "kind": "cloze",
            "type": "typed",
            "prompt": "دورة ＿＿＿＿ الأولمبية الشتوية",
            "answer": "الألعاب",
            "lemma": "لعب",
            "hint": "games; sports",
            "support": [sentence_span(text, "تستضيف دورة الألعاب")],
        },
        {
            "key": "tf-1",
            "kind": "comprehension",
            "type": "true_false",
            "prompt": "زار بوتين بكين.",
            "options": ["صح", "خطأ"],
            "answer": "صح",
        },
        {
            "key": "match-1",
            "kind": "roots",
            "type": "matching",
            "prompt": "صل كل كلمة بجذرها",
            "pairs": [["زيارة", "زور"], ["الألعاب", "لعب"], ["الرئيس", "رءس"]],
            "options": ["لعب", "رءس", "زور"],
            "answer": "",
        },
        {
            "key": "order-1",
            "kind": "comprehension",
            "type": "ordering",
            "prompt": "رتب الأحداث",
            "sequence": ["وصل بوتين", "التقى الرئيسان", "وقعا الاتفاق"],
            "options": ["التقى الرئيسان", "وقعا الاتفاق", "وصل بوتين"],
            "answer": "",
        },
    ]


def make_approved_set(article, user, items: list[dict] | None = None) -> ExerciseSet:
    exercise_set = ExerciseSet.objects.create(
        article=article,
        title="مجموعة التمارين",
        status=ExerciseSet.Status.APPROVED,
        generator_version="hand",
        created_by=user,
    )
    for position, data in enumerate(items if items is not None else hand_items(article)):
        item = Item.objects.create(
            exercise_set=exercise_set, position=position, status=Item.Status.APPROVED, **data
        )
        ItemVersion.objects.create(
            item=item,
            version=item.version,
            content=item_content(item),
        )
    return exercise_set


@pytest.fixture
def approved_set(seed_article, teacher) -> ExerciseSet:
    return make_approved_set(seed_article, teacher)


@pytest.fixture
def classroom(teacher) -> Classroom:
    return Classroom.objects.create(teacher=teacher, name="Arabic 1", join_code="ABC234")


@pytest.fixture
def assignment(classroom, approved_set, learner, teacher) -> Assignment:
    Membership.objects.create(classroom=classroom, learner=learner)
    return Assignment.objects.create(
        classroom=classroom, exercise_set=approved_set, assigned_by=teacher
    )


@pytest.fixture
def school(seed_article, teacher) -> dict:
    """A class of several learners on a generated set of 30+ items (tests/learning/pages.py)."""
    from tests.learning.pages import build_school

    return build_school(seed_article, teacher)
