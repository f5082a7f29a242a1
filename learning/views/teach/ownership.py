"""The sets and items a teacher may see and change: their own (all of them for an admin)."""

from __future__ import annotations

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse

from exercises.models import ExerciseSet, Item
from exercises.selectors.sets import sets_of_teacher


def own_set(request: HttpRequest, set_id: int) -> ExerciseSet:
    return get_object_or_404(sets_of_teacher(request.user), pk=set_id)


def own_item(request: HttpRequest, item_id: int) -> Item:
    item = get_object_or_404(Item.objects.select_related("exercise_set"), pk=item_id)
    own_set(request, item.exercise_set_id)
    return item


def review_url(item: Item) -> str:
    return reverse("teach:set_review", args=[item.exercise_set_id]) + f"#item-{item.pk}"
