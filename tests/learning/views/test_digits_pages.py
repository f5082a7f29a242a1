"""The vocabulary and results pages show their numbers in the digits the user chose (Arabic
interface, Arabic-Indic digits): counts in the tables, and the numbers of ordered lists."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from exercises.numerals import ARABIC_INDIC
from tests.learning.views.teach.test_classes import RIGHT, finish

pytestmark = pytest.mark.django_db


def arabic_indic(client, user):
    client.force_login(user)
    client.post(reverse("set_language"), {"language": "ar"})
    client.post(reverse("learning:digits"), {"digits": ARABIC_INDIC, "next": "/"})


def interface_digits(html: str) -> list[str]:
    """Western digits in the page's interface text: outside the head, scripts, attributes and
    Arabic article text (tables' example cells and prompts keep the article's digits)."""
    body = html.split("<main", 1)[1].split(">", 1)[1]
    body = re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.S)
    body = re.sub(r'<(td|p|blockquote) class="ar[^"]*"[^>]*>.*?</\1>', "", body, flags=re.S)
    text = unescape(re.sub(r"<[^>]+>", " ", body))
    found = re.findall(r"[^\s]*[0-9][^\s]*", text)
    return [word for word in found if not re.fullmatch(r"[ABC][12]\W?", word)]  # CEFR levels


def test_the_vocabulary_page_counts_in_the_chosen_digits(client, learner, seed_article):
    arabic_indic(client, learner)
    url = reverse("exercises:article_vocabulary", args=[seed_article.pk])
    html = client.get(url).content.decode()
    assert not interface_digits(html), interface_digits(html)[:10]
    assert re.search(r"<td>[٠-٩]+</td>", html)
    levels = html.split('class="level level-A1"')[1].split("</p>")[0]
    assert "،" in levels and "," not in levels, "the Arabic comma between levels"


def test_the_results_page_numbers_its_questions_in_the_chosen_digits(client, learner, assignment):
    arabic_indic(client, learner)
    attempt = finish(assignment, learner, ["بكتابة", *RIGHT[1:]])
    response = client.get(reverse("learning:attempt_results", args=[attempt.pk]), follow=True)
    html = response.content.decode()
    assert "score" in html, response.redirect_chain
    assert not interface_digits(html), interface_digits(html)[:10]
    assert 'data-digits="arabic_indic"' in html.split("<body")[0], "ordered lists follow it"
    css = (Path(settings.BASE_DIR) / "learning/static/learning/ui.css").read_text(encoding="utf-8")
    assert re.search(r'\[data-digits="arabic_indic"\]\) ol \{ list-style-type: arabic-indic', css)
