"""The learner dashboard's charts: the numbers from selectors.dashboard drawn by charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from learning.charts import Series, bar_chart, legend, line_chart
from learning.labels import type_label
from learning.selectors.dashboard import (
    accuracy_by_type,
    activity_days,
    day_range,
    known_over_time,
    reviews_due_by_day,
    streak_length,
)

HISTORY_DAYS = 30


@dataclass(frozen=True, slots=True)
class Chart:
    title: str
    svg: SafeString
    legend: list[tuple[str, str, str]]


@dataclass(frozen=True, slots=True)
class LearnerCharts:
    known: Chart
    accuracy: Chart
    due: Chart
    streak: int
    active_days: list[tuple[str, bool]]
    known_now: int
    due_week: int


def learner_charts(user: AbstractBaseUser, now: datetime) -> LearnerCharts:
    today = timezone.localdate(now)
    days = day_range(today, HISTORY_DAYS)
    labels = [formats.date_format(day, "j/n") for day in days]

    known = known_over_time(user, days)
    known_series = [Series(_("Words known"), known)]
    known_chart = Chart(
        _("Words known over time"),
        mark_safe(
            line_chart(
                title=_("Words known over time"),
                labels=labels,
                series=known_series,
                description=_("%(count)d words known today, %(before)d thirty days ago.")
                % {"count": known[-1], "before": known[0]},
            )
        ),
        [],
    )

    accuracy = accuracy_by_type(user, days)
    accuracy_series = [Series(type_label(name), values) for name, values in accuracy.items()]
    accuracy_chart = Chart(
        _("Accuracy by exercise type"),
        mark_safe(
            line_chart(
                title=_("Accuracy by exercise type"),
                labels=labels,
                series=accuracy_series,
                y_max=1.0,
                percent=True,
                description="; ".join(
                    f"{one.name}: {_last_percent(one.values)}" for one in accuracy_series
                )
                or _("No answers yet."),
            )
        ),
        legend(accuracy_series),
    )

    due = reviews_due_by_day(user, now, 7)
    due_labels = [_("today")] + [
        formats.date_format(today + timedelta(days=offset), "D j") for offset in range(1, 7)
    ]
    due_chart = Chart(
        _("Reviews due in the next 7 days"),
        mark_safe(
            bar_chart(
                title=_("Reviews due in the next 7 days"),
                labels=due_labels,
                values=due,
                description=", ".join(
                    f"{label}: {count}" for label, count in zip(due_labels, due, strict=True)
                ),
            )
        ),
        [],
    )

    active = activity_days(user, days[0])
    return LearnerCharts(
        known=known_chart,
        accuracy=accuracy_chart,
        due=due_chart,
        streak=streak_length(active, today),
        active_days=[(formats.date_format(day, "DATE_FORMAT"), day in active) for day in days],
        known_now=known[-1],
        due_week=sum(due),
    )


def _last_percent(values: list[float | None]) -> str:
    present = [value for value in values if value is not None]
    return f"{round(100 * present[-1])}%" if present else "—"
