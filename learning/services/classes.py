"""Classes: create one with a join code, join it, assign an approved exercise set to it."""

from __future__ import annotations

import secrets
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from exercises.models import ExerciseSet
from learning.models import Assignment, Classroom, Membership

# No 0/O, 1/I/L: a code read aloud or copied from a board is not misread.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6


class ClassError(ValueError):
    """A request about a class that cannot be done; the message is shown to the user."""


def join_code_new() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def join_code_clean(code: str) -> str:
    return "".join(code.split()).upper()


def classroom_create(*, teacher: AbstractBaseUser, name: str, join_code: str = "") -> Classroom:
    """Create a class with a fresh join code (or the given one, e.g. for the demo)."""
    name = name.strip()
    if not name:
        raise ClassError(_("A class needs a name."))
    for _attempt in range(20):
        code = join_code_clean(join_code) or join_code_new()
        try:
            with transaction.atomic():
                return Classroom.objects.create(teacher=teacher, name=name, join_code=code)
        except IntegrityError:
            if join_code:
                raise ClassError(_("This join code is taken.")) from None
    raise ClassError(_("Could not make a unique join code; try again."))


def classroom_join(*, learner: AbstractBaseUser, code: str) -> Membership:
    """Join the class with this code; joining twice is one membership."""
    classroom = Classroom.objects.filter(join_code=join_code_clean(code)).first()
    if classroom is None:
        raise ClassError(_("No class has this join code."))
    membership, _created = Membership.objects.get_or_create(classroom=classroom, learner=learner)
    return membership


def assignment_create(
    *,
    classroom: Classroom,
    exercise_set: ExerciseSet,
    user: AbstractBaseUser,
    due_date: date | None = None,
) -> Assignment:
    """Give an approved set to a class; assigning it again updates the due date."""
    if exercise_set.status != ExerciseSet.Status.APPROVED:
        raise ClassError(_("Only an approved exercise set can be assigned."))
    assignment, created = Assignment.objects.get_or_create(
        classroom=classroom,
        exercise_set=exercise_set,
        defaults={"due_date": due_date, "assigned_by": user},
    )
    if not created and assignment.due_date != due_date:
        assignment.due_date = due_date
        assignment.save(update_fields=["due_date"])
    return assignment
