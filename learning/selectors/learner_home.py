"""The rows of the learner's assignment list: what to do next on each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Sum

from learning.models import Assignment, Attempt


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    assignment: Assignment
    open_attempt: Attempt | None
    finished: int
    last_percent: int | None
    best_percent: int | None


def assignment_rows(
    user: AbstractBaseUser, assignments: Iterable[Assignment]
) -> list[AssignmentRow]:
    assignments = list(assignments)
    attempts: dict[int, list[Attempt]] = {}
    for attempt in (
        Attempt.objects.filter(learner=user, assignment__in=assignments)
        .annotate(points=Sum("answers__score"))
        .order_by("number")
    ):
        attempts.setdefault(attempt.assignment_id, []).append(attempt)
    rows = []
    for assignment in assignments:
        tries = attempts.get(assignment.pk, [])
        done = [
            round(100 * (a.points or 0) / len(a.item_versions)) if a.item_versions else 0
            for a in tries
            if a.finished is not None and a.retry_of_id is None  # a retry's score is partial
        ]
        rows.append(
            AssignmentRow(
                assignment=assignment,
                open_attempt=next((a for a in tries if a.finished is None), None),
                finished=len(done),
                last_percent=done[-1] if done else None,
                best_percent=max(done) if done else None,
            )
        )
    return rows
