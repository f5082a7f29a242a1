"""Teacher pages for one item of a set: edit it, approve or reject it, replace it."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exercises.forms import ItemEditForm
from exercises.services.sets import ItemEditError, item_regenerate, item_set_status, item_update
from learning.permissions import teacher_required
from learning.views.teach.ownership import own_item, review_url


@teacher_required
def item_edit(request: HttpRequest, item_id: int) -> HttpResponse:
    item = own_item(request, item_id)
    initial = {
        "prompt": item.prompt,
        "options": "\n".join(item.options),
        "answer": item.answer,
        "hint": item.hint,
        "explanation": item.explanation,
        "version": item.version,
    }
    form = ItemEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            item_update(
                item=item,
                prompt=data["prompt"],
                options=data["options"].splitlines(),
                answer=data["answer"],
                hint=data["hint"],
                explanation=data["explanation"],
                expected_version=data["version"],
            )
        except ItemEditError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Item saved."))
            return redirect(review_url(item))
    return render(request, "learning/teach/item_edit.html", {"item": item, "form": form})


@require_POST
@teacher_required
def item_status(request: HttpRequest, item_id: int, status: str) -> HttpResponse:
    item = own_item(request, item_id)
    try:
        item_set_status(item=item, status=status)
    except ItemEditError as error:
        messages.error(request, str(error))
    return redirect(review_url(item))


@require_POST
@teacher_required
def item_replace(request: HttpRequest, item_id: int) -> HttpResponse:
    item = own_item(request, item_id)
    try:
        item_regenerate(item=item, seed=item.exercise_set.seed + item.version)
    except ItemEditError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Item replaced by a new one."))
    return redirect(review_url(item))
