"""A learner's progress over time: the numbers behind the dashboard's charts.

Each figure is counted by the database (grouped by day), so a page costs the same whatever the
learner's history: one query per figure, a handful of rows back, never one row per answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import (
    Avg,
    Case,
    Count,
    DateField,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Greatest, TruncDate
from django.utils import timezone

from learning.models import Answer, Review, StatusChange, WordProgress, WordStatus


@dataclass(frozen=True, slots=True)
class WordFigures:
    """The learner's words: how many in each status, due now, due on each coming day."""

    totals: dict[str, int]
    due_now: int
    due_by_day: list[int]


def day_range(today: date, days: int) -> list[date]:
    return [today - timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def known_over_time(user: AbstractBaseUser, days: list[date]) -> list[int]:
    """Lemmas whose status was "known" at the end of each day.

    Each change counts +1 when a lemma becomes known, -1 when it stops being known (its
    previous status, found by a subquery, was known); the database sums them per day, the days
    before the window in one row.
    """
    changes = StatusChange.objects.filter(learner=user)
    previous = changes.filter(lemma=OuterRef("lemma")).filter(
        Q(at__lt=OuterRef("at")) | Q(at=OuterRef("at"), id__lt=OuterRef("id"))
    )
    was_known = Subquery(previous.order_by("-at", "-id").values("status")[:1])
    rows = (
        changes.annotate(before=was_known)
        .annotate(
            delta=Case(
                When(
                    Q(status=WordStatus.KNOWN)
                    & (Q(before__isnull=True) | ~Q(before=WordStatus.KNOWN)),
                    then=Value(1),
                ),
                When(~Q(status=WordStatus.KNOWN) & Q(before=WordStatus.KNOWN), then=Value(-1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            day=Greatest(TruncDate("at"), Value(days[0], output_field=DateField())),
        )
        .filter(day__lte=days[-1])
        .values("day")
        .annotate(net=Sum("delta"))
        .values_list("day", "net")
    )
    return _running_totals(dict(rows), days)


def accuracy_by_type(user: AbstractBaseUser, days: list[date]) -> dict[str, list[float | None]]:
    """For each exercise type, the mean score of the answers given on each day (None: none)."""
    rows = (
        Answer.objects.filter(learner=user, created__date__gte=days[0])
        .annotate(day=TruncDate("created"))
        .values("item_type", "day")
        .annotate(mean=Avg("score"))
        .values_list("item_type", "day", "mean")
    )
    series: dict[str, dict[date, float]] = {}
    for item_type, day, mean in rows:
        series.setdefault(item_type, {})[_as_date(day)] = mean
    return {
        item_type: [by_day.get(day) for day in days] for item_type, by_day in sorted(series.items())
    }


def word_figures(user: AbstractBaseUser, now: datetime, days: int = 7) -> WordFigures:
    """Counts by status, cards due now, and cards due on each of the next ``days`` days
    (overdue cards count for today), from one grouped query."""
    today = timezone.localdate(now)
    rows = (
        WordProgress.objects.filter(learner=user)
        .annotate(day=TruncDate("due"))
        .values("status", "day")
        .annotate(n=Count("id"), due_now=Count("id", filter=Q(due__lte=now)))
        .values_list("status", "day", "n", "due_now")
    )
    totals = dict.fromkeys(WordStatus.values, 0)
    due_by_day = [0] * days
    due_now = 0
    for status, day, count, due in rows:
        totals[status] = totals.get(status, 0) + count
        if status == WordStatus.LEARNING and day is not None:
            due_now += due
            offset = max(0, (_as_date(day) - today).days)
            if offset < days:
                due_by_day[offset] += count
    return WordFigures(totals=totals, due_now=due_now, due_by_day=due_by_day)


def reviews_due_by_day(user: AbstractBaseUser, now: datetime, days: int = 7) -> list[int]:
    """Cards due on each of the next ``days`` days; overdue cards count for today."""
    return word_figures(user, now, days).due_by_day


def activity_days(user: AbstractBaseUser, since: date) -> set[date]:
    """Days on which the learner answered a quiz item or reviewed a word (one query)."""
    answered = (
        Answer.objects.filter(learner=user, created__date__gte=since)
        .annotate(day=TruncDate("created"))
        .values_list("day")
        .order_by()
    )
    reviewed = (
        Review.objects.filter(
            learner=user, reviewed_at__date__gte=since, source=Review.Source.REVIEW
        )
        .annotate(day=TruncDate("reviewed_at"))
        .values_list("day")
        .order_by()
    )
    return {_as_date(day) for (day,) in answered.union(reviewed)}


def streak_length(days: set[date], today: date) -> int:
    """Days in a row with activity, ending today (or yesterday, while today is still open)."""
    day = today if today in days else today - timedelta(days=1)
    length = 0
    while day in days:
        length += 1
        day -= timedelta(days=1)
    return length


def _running_totals(net_by_day: dict, days: list[date]) -> list[int]:
    by_day = {_as_date(day): net for day, net in net_by_day.items()}
    counts, running = [], 0
    for day in days:
        running += by_day.get(day, 0) or 0
        counts.append(running)
    return counts


def _as_date(value: date | datetime | str) -> date:
    """A day as the database gives it (SQLite may hand back text)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value
