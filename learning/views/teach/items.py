"""Teacher pages for the items of a set: edit one, approve, reject or replace one or several.

Edit, approve, reject, restore and replace answer htmx with the item alone (and the set's counts), so
the review page changes in place; without JavaScript they redirect back to it."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from exercises.forms import ItemEditForm
from exercises.models import ExerciseSet, Item
from exercises.numerals import local_number
from exercises.selectors.sets import review_counts
from exercises.services.sets import (
    ItemEditError,
    item_regenerate,
    item_set_status,
    item_update,
    items_set_status,
)
from learning.permissions import teacher_required
from learning.views.teach.ownership import own_item, own_set, review_url


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
            if request.htmx:
                return _item_fragment(request, item)
            messages.success(request, _("Item saved."))
            return redirect(review_url(item))
    template = "_item_edit_form.html" if request.htmx else "item_edit.html"
    return render(request, f"learning/teach/{template}", {"item": item, "form": form})


@teacher_required
def item_fragment(request: HttpRequest, item_id: int) -> HttpResponse:
    """The item as the review page shows it: what an edit in place goes back to on Cancel."""
    return _item_fragment(request, own_item(request, item_id))


@require_POST
@teacher_required
def item_status(request: HttpRequest, item_id: int, status: str) -> HttpResponse:
    item = own_item(request, item_id)
    try:
        item_set_status(item=item, status=status)
    except ItemEditError as error:
        if request.htmx:
            return _item_fragment(request, item, str(error))
        messages.error(request, str(error))
    if request.htmx:
        return _item_fragment(request, item)
    return redirect(review_url(item))


@require_POST
@teacher_required
def item_replace(request: HttpRequest, item_id: int) -> HttpResponse:
    item = own_item(request, item_id)
    try:
        item_regenerate(item=item, seed=item.exercise_set.seed + item.version)
    except ItemEditError as error:
        if request.htmx:
            return _item_fragment(request, item, str(error))
        messages.error(request, str(error))
    else:
        if request.htmx:
            return _item_fragment(request, item)
        messages.success(request, _("Item replaced by a new one."))
    return redirect(review_url(item))


@require_POST
@teacher_required
def items_status(request: HttpRequest, set_id: int) -> HttpResponse:
    """Approve or reject the items ticked on the review page."""
    exercise_set = own_set(request, set_id)
    ids = [
        int(value)
        for value in request.POST.getlist("items")[:1000]
        if value.isascii() and value.isdigit() and len(value) <= 18
    ]
    status = request.POST.get("status", "")
    include_rejected = request.POST.get("include_rejected") == "1"
    kept = 0
    if not include_rejected and status != Item.Status.REJECTED:
        kept = exercise_set.items.filter(pk__in=ids, status=Item.Status.REJECTED).count()
    try:
        changed = items_set_status(
            exercise_set=exercise_set,
            item_ids=ids,
            status=status,
            include_rejected=include_rejected,
        )
    except ItemEditError as error:
        messages.error(request, str(error))
        changed = kept = 0
    notice = _kept_notice(kept)
    if request.htmx:
        return render(
            request,
            "learning/teach/_review_items.html",
            {
                "exercise_set": exercise_set,
                "rows": review_rows(exercise_set, only=ids),
                "counts": review_counts(exercise_set),
                "notice": notice,
            },
        )
    if changed:
        messages.success(request, _("Items changed: %(n)s.") % {"n": local_number(changed)})
    if notice:
        messages.info(request, notice)
    return redirect(reverse("teach:set_review", args=[exercise_set.pk]))


def _kept_notice(kept: int) -> str:
    if not kept:
        return ""
    return ngettext(
        "%(n)s rejected item was left rejected: tick “Include rejected items” to change it too.",
        "%(n)s rejected items were left rejected: tick “Include rejected items” to change them "
        "too.",
        kept,
    ) % {"n": local_number(kept)}


def review_rows(
    exercise_set: ExerciseSet, only: list[int] | None = None, filters: dict[str, str] | None = None
) -> list[tuple[Item, list[str]]]:
    """Each item of the set (or those of ``only``, or those matching ``filters``: field ->
    value) with the article sentences that support it."""
    text = exercise_set.article.text
    items = exercise_set.items.all() if only is None else exercise_set.items.filter(pk__in=only)
    if filters:
        items = items.filter(**filters)
    return [(item, _support(text, item)) for item in items]


def _support(text: str, item: Item) -> list[str]:
    return [text[start:end] for start, end in item.support]


def _item_fragment(request: HttpRequest, item: Item, error: str = "") -> HttpResponse:
    exercise_set = item.exercise_set
    item.refresh_from_db()
    return render(
        request,
        "learning/teach/_review_item.html",
        {
            "exercise_set": exercise_set,
            "item": item,
            "support": _support(exercise_set.article.text, item),
            "counts": review_counts(exercise_set),
            "error": error,
        },
    )
