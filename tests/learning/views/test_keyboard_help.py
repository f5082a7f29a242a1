"""Keyboard help names its keys as <kbd> isolated left to right (<bdi dir="ltr">), so the Arabic
interface reads «N جديدة» and never «وN وL» (a Latin key glued to an Arabic "and")."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

KEY = r'<bdi dir="ltr"><kbd>{}</kbd></bdi>'


def help_of(html: str, css_class: str) -> str:
    return html.split(f'class="{css_class}"')[1].split("</p>")[0]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_readers_keys_are_isolated_kbd(client, learner, seed_article, language):
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": language})
    html = client.get(reverse("learning:reader_words", args=[seed_article.pk])).content.decode()
    text = help_of(html, "reader-help")
    for key in ("Tab", "Enter", "N", "L", "K", "I"):
        assert re.search(KEY.format(key), text), (key, text)
    plain = re.sub(r"<bdi dir=\"ltr\"><kbd>\w+</kbd></bdi>", "", text)
    assert not re.search(r"[A-Z]\b", re.sub(r"<[^>]+>", "", plain).replace("Keyboard", "")), plain
    assert not re.search(r"و<bdi", text), "no Arabic و glued to a key"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_quiz_and_review_keys_are_isolated_kbd(client, learner, assignment, language):
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": language})
    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    attempt = learner.attempts.get()
    html = client.get(reverse("learning:attempt_question", args=[attempt.pk, 1])).content.decode()
    text = help_of(html, "keys-hint")
    for key in ("1", "9", "Enter"):
        assert re.search(KEY.format(key), text), (key, text)
    assert not re.search(r"و<bdi", text)
