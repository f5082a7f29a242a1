"""The Content Security Policy is enforced and every page keeps to it: no inline script, no
<style> element, no style="" attribute, no on…="" handler, on the learner's and the teacher's
pages (a class of realistic size, every kind of item), the public pages and the forms."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.learning.pages import PAGES, page_url

# A JSON data block (json_script) is never run, so the policy allows it.
INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE
)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)
HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
JS_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def inline_code(html: str) -> list[str]:
    """Every piece of inline code the policy would refuse."""
    found = []
    for name, pattern in [
        ("inline <script>", INLINE_SCRIPT),
        ("<style>", STYLE_ELEMENT),
        ("style attribute", STYLE_ATTRIBUTE),
        ("event handler", HANDLER),
        ("javascript: URL", JS_URL),
    ]:
        found += [f"{name}: {match.group(0)[:120]}" for match in pattern.finditer(html)]
    return found


def test_the_checker_finds_each_kind_of_inline_code():
    html = (
        '<script>alert(1)</script><script src="/static/x.js"></script><style>p{}</style>'
        '<span style="width: 5%"></span><button onclick="go()">x</button>'
        '<a href="javascript:go()">y</a><p class="onward" data-style="x">ok</p>'
        '<script id="d" type="application/json">{"a": 1}</script>'
    )
    assert [line.split(":")[0] for line in inline_code(html)] == [
        "inline <script>",
        "<style>",
        "style attribute",
        "event handler",
        "javascript",
    ]


def test_the_policy_is_enforced_by_default(client, db):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "Content-Security-Policy-Report-Only" not in response


def test_htmx_is_told_not_to_add_its_indicator_style(client, db):
    html = client.get("/").content.decode()
    assert """<meta name="htmx-config" content='{"includeIndicatorStyles":false}'>""" in html


@pytest.mark.parametrize(
    ("role", "name", "args"),
    PAGES,
    ids=lambda value: value if isinstance(value, str) else "-".join(map(str, value)),
)
def test_a_page_has_no_inline_code(client, school, teacher, role, name, args):
    client.force_login(school["learner"] if role == "learner" else teacher)
    response = client.get(page_url(name, args, school))
    if response["Content-Type"].startswith("text/html"):
        assert inline_code(response.content.decode()) == []


def test_every_kind_of_question_and_its_feedback_has_no_inline_code(client, school):
    """Each question of an attempt, before and after answering, in English and Arabic."""
    from learning.models import Attempt

    attempt = Attempt.objects.get(pk=school["open"])
    client.force_login(school["learner"])
    for language in ("en", "ar"):
        client.cookies["django_language"] = language
        for position in range(1, len(attempt.item_versions) + 1):
            url = reverse("learning:attempt_question", args=[attempt.pk, position])
            html = client.get(url).content.decode()
            assert inline_code(html) == [], (language, position)
            client.post(url, {"answer": "x"})  # refused or stored: the page after it
            assert inline_code(client.get(url).content.decode()) == [], (language, position)


@pytest.mark.parametrize(
    "url", ["/", "/accounts/login/", "/accounts/signup/", "/accounts/password_reset/"]
)
def test_a_visitors_page_has_no_inline_code(client, db, url):
    response = client.get(url)
    assert response.status_code == 200
    assert inline_code(response.content.decode()) == []


def test_a_refused_form_is_the_sites_own_page_without_inline_code(db):
    """Django's own page for a failed CSRF check has inline styles; the site's replaces it."""
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/accounts/login/", {"username": "x"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "This form could not be sent" in page and "تعذّر إرسال هذا النموذج" in page
    assert inline_code(page) == []
