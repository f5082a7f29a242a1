"""The demo accounts and class that ``manage.py bootstrap`` makes, idempotently."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser

from exercises.models import Article, ExerciseSet
from learning.models import Assignment, Classroom, Membership
from learning.permissions import teachers_group
from learning.services.classes import assignment_create, classroom_create

DEMO_TEACHER = ("demo-teacher", "teach-arabic-2024")
DEMO_LEARNER = ("demo-learner", "learn-arabic-2024")
DEMO_CLASS_NAME = "Demo class"
DEMO_JOIN_CODE = "SALAAM"


@dataclass(frozen=True, slots=True)
class DemoReport:
    teacher: AbstractUser
    learner: AbstractUser
    classroom: Classroom
    created: tuple[str, ...]
    assignment: Assignment | None
    note: str = ""


def demo_user(username: str, password: str, *, teacher: bool) -> tuple[AbstractUser, bool]:
    """The demo account; its password is set only when it is created."""
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
    if teacher:
        user.groups.add(teachers_group())
    return user, created


def demo_setup(*, generate: bool = True) -> DemoReport:
    created: list[str] = []
    teacher, new = demo_user(*DEMO_TEACHER, teacher=True)
    if new:
        created.append("teacher")
    learner, new = demo_user(*DEMO_LEARNER, teacher=False)
    if new:
        created.append("learner")
    classroom = Classroom.objects.filter(join_code=DEMO_JOIN_CODE).first()
    if classroom is None:
        classroom = classroom_create(
            teacher=teacher, name=DEMO_CLASS_NAME, join_code=DEMO_JOIN_CODE
        )
        created.append("class")
    Membership.objects.get_or_create(classroom=classroom, learner=learner)
    assignment = classroom.assignments.first()
    note = ""
    if assignment is None and generate:
        assignment, note = _demo_assignment(classroom, teacher)
        if assignment is not None:
            created.append("assignment")
    return DemoReport(teacher, learner, classroom, tuple(created), assignment, note)


def _demo_assignment(classroom: Classroom, teacher: AbstractUser) -> tuple[Assignment | None, str]:
    try:  # the generation services are the exercises app's; a broken or missing one is no reason to fail
        from exercises.generators.items import GenerationOptions
        from exercises.services.sets import exercise_set_approve, exercise_set_generate
    except ImportError as error:
        return None, f"exercise generation is not available ({error}); no set was assigned"
    article = Article.objects.order_by("id").first()
    if article is None:
        return None, "no article is loaded; no set was assigned"
    exercise_set = (
        ExerciseSet.objects.filter(article=article, created_by=teacher, status="approved")
        .order_by("id")
        .first()
    )
    if exercise_set is None:
        options = GenerationOptions(count=4, seed=1, cloze_typed=True)
        exercise_set = exercise_set_generate(article=article, options=options, user=teacher)
        exercise_set_approve(exercise_set=exercise_set, user=teacher)
    assignment = assignment_create(classroom=classroom, exercise_set=exercise_set, user=teacher)
    return assignment, ""
