"""The learner dashboard's charts: the numbers from selectors.dashboard drawn by charts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

from exercises.numerals import localize_digits
from learning.charts import Series, bar_chart, legend, line_chart
from learning.labels import type_label
from learning.selectors.dashboard import (
    accuracy_by_type,
    activity_days,
    day_range,
    known_over_time,
    streak_length,
)

HISTORY_DAYS = 30
_SVG_TEXT = re.compile(r"(<(text|title|desc)\b[^>]*>)([^<]*)(</\2>)")


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


def learner_charts(user: AbstractBaseUser, now: datetime, due: list[int]) -> LearnerCharts:
    """The charts; ``due`` is the cards due on each of the next 7 days (selectors.dashboard's
    word_figures, which the dashboard also shows)."""
    today = timezone.localdate(now)
    days = day_range(today, HISTORY_DAYS)
    labels = [formats.date_format(day, "j/n") for day in days]
    known = known_over_time(user, days)
    active = activity_days(user, days[0])
    return LearnerCharts(
        known=_known_chart(known, labels),
        accuracy=_accuracy_chart(accuracy_by_type(user, days), labels),
        due=_due_chart(due, today),
        streak=streak_length(active, today),
        active_days=[(formats.date_format(day, "DATE_FORMAT"), day in active) for day in days],
        known_now=known[-1],
        due_week=sum(due),
    )


def _known_chart(known: list[int], labels: list[str]) -> Chart:
    title = _("Words known over time")
    svg = line_chart(
        title=title,
        labels=labels,
        series=[Series(_("Words known"), known)],
        rtl=get_language_bidi(),
        description=_("%(count)d words known today, %(before)d thirty days ago.")
        % {"count": known[-1], "before": known[0]},
    )
    return Chart(title, _shown(svg), [])


def _accuracy_chart(accuracy: dict[str, list[float | None]], labels: list[str]) -> Chart:
    title = _("Accuracy by exercise type")
    series = [Series(type_label(name), values) for name, values in accuracy.items()]
    description = "; ".join(f"{one.name}: {_last_percent(one.values)}" for one in series)
    svg = line_chart(
        title=title,
        labels=labels,
        series=series,
        y_max=1.0,
        percent=True,
        rtl=get_language_bidi(),
        description=description or _("No answers yet."),
    )
    return Chart(title, _shown(svg), legend(series))


def _due_chart(due: list[int], today: date) -> Chart:
    title = _("Reviews due in the next 7 days")
    labels = [_("today")] + [
        # The weekday over the day of the month: on one line they collide in Arabic.
        f"{formats.date_format(day, 'D')}\n{formats.date_format(day, 'j')}"
        for day in (today + timedelta(days=offset) for offset in range(1, 7))
    ]
    description = ", ".join(
        f"{label.replace(chr(10), ' ')}: {count}" for label, count in zip(labels, due, strict=True)
    )
    svg = bar_chart(
        title=title, labels=labels, values=due, description=description, rtl=get_language_bidi()
    )
    return Chart(title, _shown(svg), [])


def _last_percent(values: list[float | None]) -> str:
    present = [value for value in values if value is not None]
    return f"{round(100 * present[-1])}%" if present else "—"


def _shown(svg: str) -> SafeString:
    """The chart as drawn, its written numbers and dates in the digits the user chose."""
    return mark_safe(
        _SVG_TEXT.sub(lambda m: m.group(1) + localize_digits(m.group(3)) + m.group(4), svg)
    )
