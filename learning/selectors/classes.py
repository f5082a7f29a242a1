"""Reads about classes and assignments, always scoped to the user who asks."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from exercises.models import Article, ExerciseSet
from learning.models import Assignment, Attempt, Classroom, Membership


def classrooms_of_teacher(user: AbstractBaseUser) -> QuerySet[Classroom]:
    return Classroom.objects.filter(teacher=user)


def classroom_of_teacher(user: AbstractBaseUser, classroom_id: int) -> Classroom:
    """The class if this teacher owns it; 404 otherwise (even a superuser sees only their own)."""
    return get_object_or_404(classrooms_of_teacher(user), pk=classroom_id)


def assignment_of_teacher(user: AbstractBaseUser, assignment_id: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("classroom", "exercise_set").filter(
            classroom__teacher=user
        ),
        pk=assignment_id,
    )


def memberships_of_learner(user: AbstractBaseUser) -> QuerySet[Membership]:
    return Membership.objects.filter(learner=user).select_related("classroom")


def assignments_of_learner(user: AbstractBaseUser) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(classroom__memberships__learner=user)
        .select_related("classroom", "exercise_set")
        .order_by("due_date", "-created")
    )


def assignment_of_learner(user: AbstractBaseUser, assignment_id: int) -> Assignment:
    return get_object_or_404(
        assignments_of_learner(user).select_related("exercise_set__article"),
        pk=assignment_id,
    )


def assignment_to_start(user: AbstractBaseUser, assignment_id: int) -> Assignment:
    """The learner's assignment with what starting it needs: ``open_attempt_id`` (their open
    attempt, or None) and ``last_number`` (their last attempt's number, or None)."""
    attempts = Attempt.objects.filter(assignment=OuterRef("pk"), learner=user)
    return get_object_or_404(
        assignments_of_learner(user).annotate(
            open_attempt_id=Subquery(
                attempts.filter(finished__isnull=True).order_by("-id").values("id")[:1]
            ),
            last_number=Subquery(attempts.order_by("-number").values("number")[:1]),
        ),
        pk=assignment_id,
    )


def assignable_sets(classroom: Classroom | None = None) -> QuerySet[ExerciseSet]:
    """Approved sets, whoever approved them: approved content is fit for any class; for a
    class, those not assigned to it already."""
    sets = ExerciseSet.objects.filter(status=ExerciseSet.Status.APPROVED).select_related("article")
    if classroom is not None:
        sets = sets.exclude(assignments__classroom=classroom)
    return sets


def article_in_use(article: Article) -> bool:
    """Whether a set made from the article is assigned to a class (learners work on it)."""
    return Assignment.objects.filter(exercise_set__article=article).exists()


def sets_with_answers_for(user: AbstractBaseUser, article: Article) -> QuerySet[ExerciseSet]:
    """The approved sets of the article whose answer key this teacher may have, newest first:
    those they made, or gave to a class they teach (any, for an admin)."""
    sets = ExerciseSet.objects.filter(article=article, status=ExerciseSet.Status.APPROVED)
    if not user.is_superuser:
        sets = sets.filter(Q(created_by=user) | Q(assignments__classroom__teacher=user)).distinct()
    return sets.order_by("-created", "-id")


def set_with_answers_for(
    user: AbstractBaseUser, article: Article, set_id: int | str | None = None
) -> ExerciseSet | None:
    """The set ``set_id`` if this teacher may have its answer key, else None; without
    ``set_id``, the newest such set."""
    sets = sets_with_answers_for(user, article)
    if set_id in (None, ""):
        return sets.first()
    try:
        return sets.filter(pk=int(set_id)).first()
    except ValueError:
        return None
