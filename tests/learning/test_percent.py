"""Percentages as the interface shows them: ``42%`` in English and with Western digits, ``٤٢٪``
(Arabic-Indic digits and the Arabic percent sign) when the Arabic interface uses Arabic-Indic
digits; on the quiz, its results and both dashboards."""

from __future__ import annotations

import re

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from exercises.numerals import ARABIC_INDIC, digits_reset, digits_use
from learning.models import Preference
from learning.services.attempts import answer_submit, attempt_start


def render(source: str, **context) -> str:
    return Template("{% load numerals %}" + source).render(Context(context))


@pytest.fixture
def arabic_indic():
    token = digits_use(ARABIC_INDIC)
    yield
    digits_reset(token)


def test_the_filter_in_each_language_and_choice(arabic_indic):
    with translation.override("en"):
        assert render("{{ n|percent }}", n=42) == "42%"
    with translation.override("ar"):
        assert render("{{ n|percent }}", n=42) == "٤٢٪"
        assert render("{{ n|percent }}", n=-100) == "-١٠٠٪"


def test_western_digits_keep_the_latin_percent_sign_in_arabic():
    with translation.override("ar"):
        assert render("{{ n|percent }}", n=7) == "7%"


@pytest.fixture
def finished(assignment, learner):
    attempt = attempt_start(assignment=assignment, learner=learner)
    for position, given in enumerate(
        [
            "بزيارة",
            "الألعاب",
            "صح",
            {"زيارة": "زور"},
            ["وصل بوتين", "التقى الرئيسان", "وقعا الاتفاق"],
        ]
    ):
        answer_submit(attempt=attempt, position=position, given=given)
    attempt.refresh_from_db()
    return attempt


def arabic_indic_client(client, user):
    Preference.objects.create(user=user, digits=ARABIC_INDIC)
    client.force_login(user)
    client.post(reverse("set_language"), {"language": "ar"})
    return client


def test_results_and_learner_dashboard_use_the_arabic_sign(client, learner, finished):
    arabic_indic_client(client, learner)
    results = client.get(reverse("learning:attempt_results", args=[finished.pk])).content.decode()
    score = re.search(r'id="score"><strong>([^<]*)</strong>', results).group(1)
    assert score == "٨٧٪", score
    dashboard = client.get(reverse("learning:dashboard")).content.decode()
    assert "٨٧٪" in dashboard and "87%" not in dashboard


def test_the_quiz_progress_uses_the_arabic_sign(client, learner, assignment):
    attempt = attempt_start(assignment=assignment, learner=learner)
    answer_submit(attempt=attempt, position=0, given="بزيارة")
    arabic_indic_client(client, learner)
    page = client.get(reverse("learning:attempt_question", args=[attempt.pk, 2])).content.decode()
    assert re.search(r"<progress[^>]*>٢٠٪</progress>", page)


def test_the_class_dashboard_uses_the_arabic_sign(client, teacher, classroom, learner, finished):
    arabic_indic_client(client, teacher)
    page = client.get(reverse("teach:class_dashboard", args=[classroom.pk])).content.decode()
    assert "٨٧٪ / ٨٧٪" in page
    assert not re.search(r"<td>[^<]*\d%", page), "no Western percentage left in the tables"


def test_english_results_keep_the_latin_sign(client, learner, finished):
    client.force_login(learner)
    results = client.get(reverse("learning:attempt_results", args=[finished.pk])).content.decode()
    assert 'id="score"><strong>87%</strong>' in results
