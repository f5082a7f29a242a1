"""The class dashboard's text in either language: dates in the language's own order and the
user's digits, names and set titles isolated (<bdi>), every number in the chosen digits."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from django.urls import reverse

from exercises.numerals import ARABIC_INDIC
from learning.models import Answer
from tests.learning.views.teach.test_classes import four_results  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def dashboard(client, teacher, four_results):  # noqa: F811
    Answer.objects.update(created=datetime(2026, 11, 23, 14, 5, tzinfo=UTC))
    exercise_set = four_results.exercise_set
    exercise_set.title = "Week 3: الأخبار"
    exercise_set.save()
    client.force_login(teacher)
    url = reverse("teach:class_dashboard", args=[four_results.classroom_id])
    return lambda: client.get(url).content.decode()


def test_in_arabic_dates_read_day_month_year_in_the_chosen_digits(client, dashboard):
    client.post(reverse("set_language"), {"language": "ar"})
    client.post(reverse("learning:digits"), {"digits": ARABIC_INDIC, "next": "/"})
    html = dashboard()
    assert "11/23/2026" not in html and "p.m." not in html
    assert "٢٣\u200f/١١\u200f/٢٠٢٦" in html, re.findall(r"<td>[^<]*٢٠٢٦[^<]*</td>", html)
    table = html.split('id="learner-table"')[1].split("</table>")[0]
    assert not re.search(r"<td>[^<]*[0-9]", table), "every number in Arabic-Indic digits"


def test_set_titles_and_names_are_isolated(dashboard):
    html = dashboard()
    assert '<bdi class="ar" dir="auto">Week 3: الأخبار</bdi>' in html
    assert "<bdi>d_learner</bdi>" in html
