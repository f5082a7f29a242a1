"""A learner's progress over time: the numbers behind the dashboard's charts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from learning.models import Answer, Review, StatusChange, WordProgress, WordStatus


def day_range(today: date, days: int) -> list[date]:
    return [today - timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def known_over_time(user: AbstractBaseUser, days: list[date]) -> list[int]:
    """Lemmas whose status was "known" at the end of each day."""
    changes = StatusChange.objects.filter(learner=user).values_list("lemma", "status", "at")
    return known_counts(changes, days)


def known_counts(changes: Iterable[tuple[str, str, datetime]], days: list[date]) -> list[int]:
    """From (lemma, status, when) changes: the known lemmas at the end of each day."""
    ordered = sorted(changes, key=lambda change: change[2])
    status: dict[str, str] = {}
    counts, index = [], 0
    for day in days:
        while index < len(ordered) and _local_date(ordered[index][2]) <= day:
            lemma, new_status, _at = ordered[index]
            status[lemma] = new_status
            index += 1
        counts.append(sum(1 for value in status.values() if value == WordStatus.KNOWN))
    return counts


def accuracy_by_type(user: AbstractBaseUser, days: list[date]) -> dict[str, list[float | None]]:
    """For each exercise type, the mean score of the answers given on each day (None: none)."""
    start = days[0]
    rows = Answer.objects.filter(learner=user, created__date__gte=start).values_list(
        "item_type", "score", "created"
    )
    return accuracy_series(rows, days)


def accuracy_series(
    rows: Iterable[tuple[str, float, datetime]], days: list[date]
) -> dict[str, list[float | None]]:
    sums: dict[str, dict[date, list[float]]] = defaultdict(lambda: defaultdict(list))
    for item_type, score, created in rows:
        sums[item_type][_local_date(created)].append(score)
    return {
        item_type: [
            (sum(by_day[day]) / len(by_day[day])) if by_day.get(day) else None for day in days
        ]
        for item_type, by_day in sorted(sums.items())
    }


def reviews_due_by_day(user: AbstractBaseUser, now: datetime, days: int = 7) -> list[int]:
    """Cards due on each of the next ``days`` days; overdue cards count for today."""
    dues = WordProgress.objects.filter(
        learner=user, status=WordStatus.LEARNING, due__isnull=False
    ).values_list("due", flat=True)
    return due_counts(dues, timezone.localdate(now), days)


def due_counts(dues: Iterable[datetime], today: date, days: int) -> list[int]:
    counts = [0] * days
    for due in dues:
        offset = max(0, (_local_date(due) - today).days)
        if offset < days:
            counts[offset] += 1
    return counts


def activity_days(user: AbstractBaseUser, since: date) -> set[date]:
    """Days on which the learner answered a quiz item or reviewed a word."""
    answered = Answer.objects.filter(learner=user, created__date__gte=since).values_list(
        "created", flat=True
    )
    reviewed = Review.objects.filter(
        learner=user, reviewed_at__date__gte=since, source=Review.Source.REVIEW
    ).values_list("reviewed_at", flat=True)
    return {_local_date(moment) for moment in [*answered, *reviewed]}


def streak_length(days: set[date], today: date) -> int:
    """Days in a row with activity, ending today (or yesterday, while today is still open)."""
    day = today if today in days else today - timedelta(days=1)
    length = 0
    while day in days:
        length += 1
        day -= timedelta(days=1)
    return length


def _local_date(moment: datetime) -> date:
    return timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()
