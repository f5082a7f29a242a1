"""Teacher pages: generate a set for an article, review its items, approve it."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exercises.forms import GenerateForm, ItemEditForm
from exercises.generators.items import GenerationOptions
from exercises.models import Article, ExerciseSet, Item
from exercises.permissions import teacher_required
from exercises.selectors import review_counts, sets_of_teacher
from exercises.services_sets import (
    ItemEditError,
    exercise_set_approve,
    exercise_set_generate,
    exercise_set_regenerate,
    item_regenerate,
    item_set_status,
    item_update,
)


def _own_set(request: HttpRequest, set_id: int) -> ExerciseSet:
    return get_object_or_404(sets_of_teacher(request.user), pk=set_id)


def _own_item(request: HttpRequest, item_id: int) -> Item:
    item = get_object_or_404(Item.objects.select_related("exercise_set"), pk=item_id)
    _own_set(request, item.exercise_set_id)
    return item


@teacher_required
def teach_home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "exercises/teach_home.html",
        {"sets": sets_of_teacher(request.user), "articles": Article.objects.all()},
    )


@teacher_required
def set_generate(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=article_id)
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
        )
        exercise_set = exercise_set_generate(article=article, options=options, user=request.user)
        messages.success(
            request, _("%(count)d items generated.") % {"count": exercise_set.items.count()}
        )
        return redirect("exercises:set_review", set_id=exercise_set.pk)
    return render(request, "exercises/set_generate.html", {"article": article, "form": form})


@teacher_required
def set_review(request: HttpRequest, set_id: int) -> HttpResponse:
    exercise_set = _own_set(request, set_id)
    text = exercise_set.article.text
    rows = [
        (item, [text[start:end] for start, end in item.support])
        for item in exercise_set.items.all()
    ]
    return render(
        request,
        "exercises/set_review.html",
        {"exercise_set": exercise_set, "rows": rows, "counts": review_counts(exercise_set)},
    )


@teacher_required
def item_edit(request: HttpRequest, item_id: int) -> HttpResponse:
    item = _own_item(request, item_id)
    initial = {
        "prompt": item.prompt,
        "options": "\n".join(item.options),
        "answer": item.answer,
        "hint": item.hint,
        "explanation": item.explanation,
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
            )
        except ItemEditError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Item saved."))
            return redirect(_review_url(item))
    return render(request, "exercises/item_edit.html", {"item": item, "form": form})


@require_POST
@teacher_required
def item_status(request: HttpRequest, item_id: int, status: str) -> HttpResponse:
    item = _own_item(request, item_id)
    try:
        item_set_status(item=item, status=status)
    except ItemEditError as error:
        messages.error(request, str(error))
    return redirect(_review_url(item))


@require_POST
@teacher_required
def item_regenerate_view(request: HttpRequest, item_id: int) -> HttpResponse:
    item = _own_item(request, item_id)
    try:
        item_regenerate(item=item, seed=item.exercise_set.seed + item.version)
    except ItemEditError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Item replaced by a new one."))
    return redirect(_review_url(item))


@require_POST
@teacher_required
def set_regenerate(request: HttpRequest, set_id: int) -> HttpResponse:
    exercise_set = _own_set(request, set_id)
    exercise_set_regenerate(exercise_set=exercise_set, seed=exercise_set.seed + 1)
    messages.success(
        request, _("Untouched draft items were generated again; your edits were kept.")
    )
    return redirect("exercises:set_review", set_id=exercise_set.pk)


@require_POST
@teacher_required
def set_approve(request: HttpRequest, set_id: int) -> HttpResponse:
    exercise_set = _own_set(request, set_id)
    try:
        exercise_set_approve(exercise_set=exercise_set, user=request.user)
    except ItemEditError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Set approved: learners can now be given it."))
    return redirect("exercises:set_review", set_id=exercise_set.pk)


def _review_url(item: Item) -> str:
    return reverse("exercises:set_review", args=[item.exercise_set_id]) + f"#item-{item.pk}"
