"""Editing an item on the review page: with htmx the item turns into its form and back, saved
or cancelled, without leaving the page; without JavaScript the edit page still works."""

import pytest
from django.urls import reverse

from exercises.generators.items import BLANK
from exercises.models import Item

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def cloze(client, teacher, seed_set):
    client.force_login(teacher)
    return seed_set.items.filter(kind="cloze").first()


def form_data(item: Item, **changes) -> dict:
    data = {
        "prompt": item.prompt,
        "options": "\n".join(item.options),
        "answer": item.answer,
        "hint": item.hint,
        "explanation": item.explanation,
        "version": item.version,
    }
    return {**data, **changes}


def test_the_review_page_opens_the_edit_form_in_place(client, cloze):
    html = client.get(reverse("teach:set_review", args=[cloze.exercise_set_id])).content.decode()
    edit = reverse("teach:item_edit", args=[cloze.pk])
    assert f'href="{edit}" hx-get="{edit}" hx-target="#item-{cloze.pk}"' in html


def test_an_htmx_edit_answers_with_the_form_in_the_items_place(client, cloze):
    response = client.get(reverse("teach:item_edit", args=[cloze.pk]), **HTMX)
    html = response.content.decode()
    assert "<html" not in html and f'id="item-{cloze.pk}"' in html
    assert f'hx-post="{reverse("teach:item_edit", args=[cloze.pk])}"' in html
    assert 'name="prompt"' in html
    assert f'hx-get="{reverse("teach:item_fragment", args=[cloze.pk])}"' in html  # cancel


def test_a_saved_edit_answers_with_the_item_marked_edited(client, cloze):
    prompt = cloze.prompt.replace(BLANK, f" {BLANK} ") + " "
    response = client.post(
        reverse("teach:item_edit", args=[cloze.pk]), form_data(cloze, prompt=prompt), **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert html.lstrip().startswith('<li class="review-item')
    assert 'class="badge edited"' in html and 'id="review-counts"' in html
    assert Item.objects.get(pk=cloze.pk).edited


def test_a_refused_edit_keeps_the_form_with_the_reason(client, cloze):
    without_gap = cloze.prompt.replace(BLANK, cloze.answer)
    response = client.post(
        reverse("teach:item_edit", args=[cloze.pk]),
        form_data(cloze, prompt=without_gap),
        **HTMX,
    )
    html = response.content.decode()
    assert 'name="prompt"' in html and "<html" not in html
    assert 'role="alert"' in html or "errorlist" in html
    assert Item.objects.get(pk=cloze.pk).prompt == cloze.prompt


def test_cancel_answers_with_the_item_as_it_was(client, cloze):
    response = client.get(reverse("teach:item_fragment", args=[cloze.pk]), **HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith('<li class="review-item') and "<html" not in html


def test_without_htmx_a_saved_edit_goes_back_to_the_review(client, cloze):
    prompt = cloze.prompt + " "
    response = client.post(
        reverse("teach:item_edit", args=[cloze.pk]), form_data(cloze, prompt=prompt)
    )
    assert response.status_code == 302 and f"#item-{cloze.pk}" in response.url
