"""The spaced review of due words: Arabic shown, recall, reveal, rate."""

from __future__ import annotations

import math
from datetime import timedelta

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from learning.labels import pos_label, root_letters
from learning.models import WordProgress
from learning.permissions import learner_required
from learning.selectors.dashboard import reviews_due_by_day
from learning.selectors.progress import due_words
from learning.services.progress import word_review
from learning.srs import RATINGS, next_intervals

RATING_KEYS = {"again": "1", "hard": "2", "good": "3", "easy": "4"}


@learner_required
def review(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    due = due_words(request.user, now)
    word = due.first()
    context = {"word": word, "remaining": due.count()}
    if word is None:
        context["coming"] = sum(reviews_due_by_day(request.user, now, 7))
    else:
        intervals = next_intervals(word.card, now=now)
        context.update(
            pos=pos_label(word.pos),
            root=root_letters(word.root),
            ratings=[
                (name, _label(name), key, interval_text(intervals[name]))
                for name, key in RATING_KEYS.items()
            ],
        )
    return render(request, "learning/review.html", context)


@require_POST
@learner_required
def review_rate(request: HttpRequest, word_id: int) -> HttpResponse:
    now = timezone.now()
    word = get_object_or_404(WordProgress, pk=word_id, learner=request.user)
    rating = RATINGS.get(request.POST.get("rating", ""))
    if rating is not None:
        word_review(
            learner=request.user,
            lemma=word.lemma,
            rating=rating,
            now=now,
            duration_ms=_duration(request.POST.get("elapsed_ms")),
            only_if_due=True,  # a double click rates once
        )
    return redirect("learning:review")


def interval_text(interval: timedelta) -> str:
    minutes = max(1, round(interval.total_seconds() / 60))
    if minutes < 60:
        return ngettext("%(n)d min", "%(n)d min", minutes) % {"n": minutes}
    hours = round(minutes / 60)
    if hours < 24:
        return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}
    days = round(hours / 24)
    if days < 31:
        return ngettext("%(n)d day", "%(n)d days", days) % {"n": days}
    months = round(days / 30)
    return ngettext("%(n)d month", "%(n)d months", months) % {"n": months}


def _label(name: str) -> str:
    return {"again": _("Again"), "hard": _("Hard"), "good": _("Good"), "easy": _("Easy")}[name]


def _duration(value: str | None) -> int | None:
    try:
        milliseconds = float(value) if value else None
    except ValueError:
        return None
    if milliseconds is None or not math.isfinite(milliseconds):
        return None
    return int(max(0.0, min(milliseconds, 3_600_000)))
