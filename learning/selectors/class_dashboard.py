"""A teacher's view of one class: each learner's scores and activity, each item's statistics."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Max, Q, Sum

from exercises.models import Item
from learning.item_stats import ItemStatistics, item_statistics
from learning.labels import type_label
from learning.models import Answer, Assignment, Attempt, Classroom
from learning.quiz_items import CHOICE_TYPES, given_text


@dataclass(frozen=True, slots=True)
class AssignmentResult:
    assignment: Assignment
    attempts: int
    first_percent: int | None  # first finished attempt
    best_percent: int | None
    open_attempt: bool


@dataclass(frozen=True, slots=True)
class LearnerRow:
    learner_id: int
    username: str
    answers: int
    correct: int
    last_active: datetime | None
    results: tuple[AssignmentResult, ...]

    @property
    def accuracy(self) -> int | None:
        return round(100 * self.correct / self.answers) if self.answers else None


@dataclass(frozen=True, slots=True)
class ItemRow:
    position: int
    item: Item
    type: str
    prompt: str
    answer: str
    stats: ItemStatistics

    @property
    def type_label(self) -> str:
        return type_label(self.type)

    @property
    def facility_percent(self) -> int | None:
        return None if self.stats.facility is None else round(100 * self.stats.facility)

    @property
    def discrimination_percent(self) -> int | None:
        value = self.stats.discrimination
        return None if value is None else round(100 * value)


def class_learner_rows(
    classroom: Classroom, assignments: list[Assignment] | None = None
) -> list[LearnerRow]:
    """One row per member; ``assignments``: the class's, when the caller has them already.

    Each attempt comes with its answers counted by the database; a learner's activity is the
    sum over their attempts (rows per attempt, never per answer).
    """
    if assignments is None:
        assignments = list(classroom.assignments.select_related("exercise_set"))
    members = list(classroom.memberships.select_related("learner").order_by("learner__username"))
    learner_ids = [member.learner_id for member in members]
    attempts = defaultdict(list)
    activity: dict[int, dict] = defaultdict(lambda: {"n": 0, "right": 0, "last": None})
    for attempt in (
        Attempt.objects.filter(assignment__classroom=classroom, learner_id__in=learner_ids)
        .annotate(
            points=_points(),
            answered=Count("answers"),
            right=Count("answers", filter=Q(answers__correct=True)),
            last=Max("answers__created"),
        )
        .order_by("number")
    ):
        attempts[(attempt.learner_id, attempt.assignment_id)].append(attempt)
        seen = activity[attempt.learner_id]
        seen["n"] += attempt.answered
        seen["right"] += attempt.right
        if attempt.last is not None and (seen["last"] is None or attempt.last > seen["last"]):
            seen["last"] = attempt.last
    rows = []
    for member in members:
        results = []
        for assignment in assignments:
            tries = attempts.get((member.learner_id, assignment.pk), [])
            # A retry of the missed items only has no score of the whole set.
            finished = [
                _percent(a) for a in tries if a.finished is not None and a.retry_of_id is None
            ]
            results.append(
                AssignmentResult(
                    assignment=assignment,
                    attempts=len(tries),
                    first_percent=finished[0] if finished else None,
                    best_percent=max(finished) if finished else None,
                    open_attempt=any(a.finished is None for a in tries),
                )
            )
        seen = activity.get(member.learner_id, {})
        rows.append(
            LearnerRow(
                learner_id=member.learner_id,
                username=member.learner.get_username(),
                answers=seen.get("n", 0),
                correct=seen.get("right", 0),
                last_active=seen.get("last"),
                results=tuple(results),
            )
        )
    return rows


def assignment_item_rows(assignment: Assignment) -> list[ItemRow]:
    """Statistics per item over each learner's first finished attempt (Moodle's default).

    Items are counted across their versions: a teacher's correction of an item keeps its row.
    """
    return class_item_tables(assignment.classroom_id, [assignment])[0][1]


def class_item_tables(
    classroom_id: int, assignments: list[Assignment]
) -> list[tuple[Assignment, list[ItemRow]]]:
    """assignment_item_rows for each of a class's assignments, in three queries in all."""
    first_attempts: dict[int, dict[int, int]] = defaultdict(dict)  # assignment → learner → id
    for attempt_id, learner_id, assignment_id in (
        Attempt.objects.filter(
            assignment__in=assignments,
            finished__isnull=False,
            retry_of__isnull=True,
            learner__memberships__classroom_id=classroom_id,
        )
        .order_by("number", "id")
        .values_list("id", "learner_id", "assignment_id")
    ):
        first_attempts[assignment_id].setdefault(learner_id, attempt_id)
    answers = Answer.objects.filter(
        attempt_id__in=[i for by_learner in first_attempts.values() for i in by_learner.values()]
    ).values_list("attempt_id", "score", "given", "correct", "item_type", "item_version__item_id")
    by_attempt: dict[int, dict[int, float]] = defaultdict(dict)
    wrong: dict[int, list[str]] = defaultdict(list)
    for attempt_id, score, given, correct, item_type, item_id in answers:
        by_attempt[attempt_id][item_id] = score
        if not correct and item_type in (*CHOICE_TYPES, "typed"):
            wrong[item_id].append(given_text(given))
    items_by_set: dict[int, list[Item]] = defaultdict(list)
    for item in Item.objects.filter(
        exercise_set_id__in={a.exercise_set_id for a in assignments},
        status=Item.Status.APPROVED,
    ).order_by("position", "id"):
        items_by_set[item.exercise_set_id].append(item)
    tables = []
    for assignment in assignments:
        attempt_ids = list(first_attempts[assignment.pk].values())
        attempts = [by_attempt.get(attempt_id, {}) for attempt_id in attempt_ids]
        answered_ids = {item_id for scores in attempts for item_id in scores}
        items = items_by_set[assignment.exercise_set_id]
        items = [item for item in items if item.pk in answered_ids] or items
        stats = item_statistics(attempts, [item.pk for item in items], wrong)
        tables.append(
            (
                assignment,
                [
                    ItemRow(
                        position=index + 1,
                        item=item,
                        type=item.type,
                        prompt=item.prompt,
                        answer=item.answer,
                        stats=one,
                    )
                    for index, (item, one) in enumerate(zip(items, stats, strict=True))
                ],
            )
        )
    return tables


def class_result_rows(classroom: Classroom) -> list[list[str]]:
    """One CSV row per attempt of a class member: who, what, when, score."""
    rows = [
        ["learner", "assignment", "attempt", "started", "finished", "answered", "score_percent",
         "retry_of_attempt"]
    ]  # fmt: skip
    for attempt in (
        Attempt.objects.filter(
            assignment__classroom=classroom, learner__memberships__classroom=classroom
        )
        .select_related("learner", "assignment__exercise_set", "retry_of")
        .annotate(points=_points(), answered=Count("answers"))
        .order_by("learner__username", "assignment_id", "number")
    ):
        rows.append(
            [
                attempt.learner.get_username(),
                str(attempt.assignment.exercise_set),
                str(attempt.number),
                attempt.started.isoformat(timespec="seconds"),
                attempt.finished.isoformat(timespec="seconds") if attempt.finished else "",
                f"{attempt.answered}/{len(attempt.item_versions)}",
                str(_percent(attempt)),
                str(attempt.retry_of.number) if attempt.retry_of_id else "",
            ]
        )
    return rows


def item_statistics_rows(assignment: Assignment) -> list[list[str]]:
    rows = [["position", "type", "prompt", "answer", "attempts", "facility_percent",
             "discrimination_percent", "wrong_answers", "answers", "too_few_answers"]]  # fmt: skip
    for row in assignment_item_rows(assignment):
        rows.append(
            [
                str(row.position),
                row.type,
                row.prompt,
                row.answer,
                str(row.stats.attempts),
                _blank(row.facility_percent),
                _blank(row.discrimination_percent),
                "; ".join(f"{text} ×{count}" for text, count in row.stats.wrong_given),
                str(row.stats.answers),
                "" if row.stats.enough else "yes",
            ]
        )
    return rows


def _points() -> Sum:
    return Sum("answers__score")


def _correct() -> Q:
    return Q(correct=True)


def _percent(attempt: Attempt) -> int:
    total = len(attempt.item_versions)
    return round(100 * (attempt.points or 0) / total) if total else 0


def _blank(value: int | None) -> str:
    return "" if value is None else str(value)
