"""The learner's dashboard and joining a class."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learning.forms import JoinForm
from learning.permissions import learner_required
from learning.selectors.classes import assignments_of_learner, memberships_of_learner
from learning.selectors.dashboard import word_figures
from learning.selectors.dashboard_charts import learner_charts
from learning.selectors.learner_home import assignment_rows
from learning.services.classes import ClassError, classroom_join


@learner_required
def dashboard(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    words = word_figures(request.user, now)
    return render(
        request,
        "learning/dashboard.html",
        {
            "join_form": JoinForm(),
            "memberships": memberships_of_learner(request.user),
            "rows": assignment_rows(request.user, assignments_of_learner(request.user)),
            "due_now": words.due_now,
            "totals": words.totals,
            "charts": learner_charts(request.user, now, words.due_by_day),
            "today": timezone.localdate(now),
        },
    )


@require_POST
@learner_required
def class_join(request: HttpRequest) -> HttpResponse:
    form = JoinForm(request.POST)
    if form.is_valid():
        try:
            membership = classroom_join(learner=request.user, code=form.cleaned_data["code"])
        except ClassError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("You joined %(name)s.") % {"name": membership.classroom.name}
            )
    else:
        messages.error(request, _("Type the join code your teacher gave you."))
    return redirect("learning:dashboard")
