"""Teacher pages for exercise sets: generate one for an article, review it, regenerate, approve."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exercises.forms import GenerateForm
from exercises.generators.items import GenerationOptions
from exercises.models import Item
from exercises.selectors.articles import articles_visible_to
from exercises.selectors.sets import review_counts
from exercises.services.jobs import job_exercise_set_generate_start
from exercises.services.sets import (
    ItemEditError,
    exercise_set_approve,
    exercise_set_regenerate,
    exercise_set_rename,
)
from learning.permissions import teacher_required
from learning.services.library import ArticleInUseError, exercise_set_delete
from learning.views.teach.items import review_rows
from learning.views.teach.ownership import own_set


@teacher_required
def set_generate(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    form = GenerateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        options = GenerationOptions(
            kinds=tuple(data["kinds"]),
            count=data["count"],
            level=data["level"] or None,
            seed=data["seed"],
            cloze_typed=data["cloze_typed"],
            keep_clitics=data["keep_clitics"],
            cloze_hints={"on": True, "off": False}.get(data["cloze_hints"]),
        )
        job = job_exercise_set_generate_start(user=request.user, article=article, options=options)
        return redirect("learning:job", job_id=job.pk)
    return render(request, "learning/teach/set_generate.html", {"article": article, "form": form})


@teacher_required
def set_review(request: HttpRequest, set_id: int) -> HttpResponse:
    exercise_set = own_set(request, set_id)
    shown = {
        name: value
        for name, value in (
            ("kind", request.GET.get("kind")),
            ("status", request.GET.get("status")),
        )
        if value in _FILTERS[name]
    }
    rows = review_rows(exercise_set, filters=shown)
    return render(
        request,
        "learning/teach/set_review.html",
        {
            "exercise_set": exercise_set,
            "rows": rows,
            "counts": review_counts(exercise_set),
            "shown": shown,
            "kinds": _FILTERS["kind"],
            "statuses": _FILTERS["status"],
        },
    )


_FILTERS = {
    "kind": ("cloze", "comprehension", "roots"),
    "status": tuple(Item.Status.values),
}


@require_POST
@teacher_required
def set_rename(request: HttpRequest, set_id: int) -> HttpResponse:
    exercise_set = own_set(request, set_id)
    try:
        exercise_set_rename(exercise_set=exercise_set, title=request.POST.get("title", ""))
    except ItemEditError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Set renamed."))
    return redirect("teach:set_review", set_id=exercise_set.pk)


@teacher_required
def set_delete(request: HttpRequest, set_id: int) -> HttpResponse:
    """GET asks to confirm; POST deletes the set unless a class has been given it."""
    exercise_set = own_set(request, set_id)
    if request.method == "POST":
        try:
            exercise_set_delete(exercise_set=exercise_set)
        except ArticleInUseError as error:
            messages.error(request, str(error))
            return redirect("teach:set_review", set_id=exercise_set.pk)
        messages.success(request, _("Set deleted."))
        return redirect("teach:home")
    return render(request, "learning/teach/set_delete.html", {"exercise_set": exercise_set})


@require_POST
@teacher_required
def set_regenerate(request: HttpRequest, set_id: int) -> HttpResponse:
    exercise_set = own_set(request, set_id)
    exercise_set_regenerate(exercise_set=exercise_set, seed=exercise_set.seed + 1)
    messages.success(
        request, _("Untouched draft items were generated again; your edits were kept.")
    )
    return redirect("teach:set_review", set_id=exercise_set.pk)


@require_POST
@teacher_required
def set_approve(request: HttpRequest, set_id: int) -> HttpResponse:
    exercise_set = own_set(request, set_id)
    try:
        exercise_set_approve(exercise_set=exercise_set, user=request.user)
    except ItemEditError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Set approved: learners can now be given it."))
    return redirect("teach:set_review", set_id=exercise_set.pk)
