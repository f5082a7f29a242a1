"""Matching and ordering pages carry the tiles' script and texts, over a select form that still
works alone (without JavaScript): the selects are there, required, and what gets posted."""

import re

import pytest
from django.urls import reverse

from exercises.numerals import ARABIC_INDIC
from learning.models import Answer, Attempt, Preference


@pytest.fixture
def started(client, learner, assignment):
    client.force_login(learner)
    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    return Attempt.objects.get(learner=learner)


def page(client, attempt, position) -> str:
    url = reverse("learning:attempt_question", args=[attempt.pk, position])
    return client.get(url).content.decode()


def test_the_matching_page_loads_the_tiles_over_required_selects(client, started):
    html = page(client, started, 4)
    assert re.search(r'<script src="/static/learning/quiz_tiles\.js" defer>', html)
    assert 'href="/static/learning/quiz_tiles.css"' in html
    assert re.search(r"<div class=\"matching ar\"[^>]*data-match-tiles", html)
    selects = re.findall(r'<select id="match-(\d)" name="match-\d"[^>]*required>', html)
    assert selects == ["0", "1", "2"]
    # Without the script the tap instructions would be wrong: they start hidden.
    assert re.search(r'<p class="meta tiles-help" data-tiles-help hidden>', html)
    assert re.findall(r'class="match-row" data-number="(\d)"', html) == ["1", "2", "3"]


def test_the_select_form_alone_answers_a_matching_item(client, started):
    url = reverse("learning:attempt_question", args=[started.pk, 4])
    client.post(url, {"match-0": "زور", "match-1": "لعب", "match-2": "رءس"})
    assert Answer.objects.get(attempt=started, position=3).verdict == "correct"


def test_the_tiles_texts_are_arabic_with_their_placeholders(client, started):
    client.post(reverse("set_language"), {"language": "ar"})
    html = page(client, started, 4)
    paired = re.search(r'data-msg-paired="([^"]*)"', html).group(1)
    assert paired == "الزوج {n}: {left} مع {right}."
    html = page(client, started, 5)
    up = re.search(r'data-label-up="([^"]*)"', html).group(1)
    assert up == "إلى الأعلى: {text}"
    assert not re.search(
        r'data-(msg|label)-[a-z-]+="[^"]*[A-Za-z]{3,}',
        html.replace("{text}", "").replace("{n}", ""),
    )


def test_ordering_places_in_the_chosen_digits(client, learner, started):
    Preference.objects.create(user=learner, digits=ARABIC_INDIC)
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": "ar"})
    html = page(client, started, 5)
    options = re.findall(r'<option value="(\d)">([^<]*)</option>', html)
    assert options[:3] == [("1", "١"), ("2", "٢"), ("3", "٣")]
