"""Digits as the user chooses: Western or Arabic-Indic in the Arabic interface (numbers, counts,
scores, dates), the Arabic decimal separator in Arabic, article text untouched."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from exercises.numerals import ARABIC_INDIC, WESTERN, digits_reset, digits_use, local_number
from learning.models import Preference


def render(source: str, **context) -> str:
    return Template("{% load i18n numerals %}" + source).render(Context(context))


@pytest.fixture
def arabic_indic():
    token = digits_use(ARABIC_INDIC)
    yield
    digits_reset(token)


def test_english_keeps_western_digits_whatever_the_choice(arabic_indic):
    with translation.override("en"):
        assert render("{{ n|digits }} {{ x|digits }}", n=120, x="3.5") == "120 3.5"


def test_arabic_with_western_digits_has_the_arabic_decimal_separator():
    with translation.override("ar"):
        assert render("{{ n|digits }} {{ x|digits }}", n=120, x="3,5") == "120 3٫5"


def test_arabic_indic_digits_in_arabic(arabic_indic):
    with translation.override("ar"):
        assert render("{{ n|digits }} {{ x|digits }}", n=120, x="3.5") == "١٢٠ ٣٫٥"
        assert render("{{ d|digits }}", d="2026-12-01") == "٢٠٢٦-١٢-٠١"


def test_a_converted_count_still_chooses_the_plural(arabic_indic):
    source = (
        "{% blocktranslate count n=n|digits %}{{ n }} word due{% plural %}"
        "{{ n }} words due{% endblocktranslate %}"
    )
    with translation.override("ar"):
        assert render(source, n=1) != render(source, n=2)
        assert "١٢" in render(source, n=12)
    number = local_number(12)
    assert number == 12 and number + 1 == 13 and number % 100 == 12


def test_empty_values_and_none_pass_through(arabic_indic):
    with translation.override("ar"):
        assert local_number(None) is None and local_number("") == ""


def test_the_choice_is_kept_on_the_account_and_shown_on_the_dashboard(client, learner):
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": "ar"})
    page = client.get(reverse("learning:dashboard")).content.decode()
    assert 'name="digits" value="arabic_indic"' in page, "the switch is offered in Arabic"
    assert '<strong id="streak">0</strong>' in page
    response = client.post(reverse("learning:digits"), {"digits": ARABIC_INDIC, "next": "/learn/"})
    assert response.status_code == 302 and response.url == "/learn/"
    assert Preference.objects.get(user=learner).digits == ARABIC_INDIC
    page = client.get(reverse("learning:dashboard")).content.decode()
    assert '<strong id="streak">٠</strong>' in page
    assert 'name="digits" value="western"' in page
    client.logout()
    client.force_login(learner)  # a new session reads the account's choice
    client.post(reverse("set_language"), {"language": "ar"})
    assert (
        '<strong id="streak">٠</strong>'
        in client.get(reverse("learning:dashboard")).content.decode()
    )


def test_english_pages_offer_no_switch_and_keep_western_digits(client, learner):
    Preference.objects.create(user=learner, digits=ARABIC_INDIC)
    client.force_login(learner)
    page = client.get(reverse("learning:dashboard")).content.decode()
    assert "digits-switch" not in page and '<strong id="streak">0</strong>' in page


def test_a_bad_choice_or_an_outside_next_is_refused(client, learner):
    client.force_login(learner)
    assert client.post(reverse("learning:digits"), {"digits": "roman"}).status_code == 400
    response = client.post(
        reverse("learning:digits"), {"digits": WESTERN, "next": "https://evil.example/"}
    )
    assert response.url == "/"
    assert client.get(reverse("learning:digits")).status_code == 405


def test_article_text_keeps_its_digits(client, learner, seed_article, arabic_indic):
    digits_in_text = [c for c in seed_article.text if c.isdigit() and c.isascii()]
    assert digits_in_text, "the seed article has Western digits"
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": "ar"})
    client.post(reverse("learning:digits"), {"digits": ARABIC_INDIC, "next": "/"})
    page = client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content.decode()
    number = next(t for t in seed_article.text.split() if any(c.isdigit() for c in t))
    assert number in page


def test_chart_labels_follow_the_choice(client, learner):
    import re

    Preference.objects.create(user=learner, digits=ARABIC_INDIC)
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": "ar"})
    page = client.get(reverse("learning:dashboard")).content.decode()
    texts = re.findall(r"<text\b[^>]*>([^<]*)</text>", page)
    assert texts and any(re.search("[٠-٩]", text) for text in texts)
    assert not any(re.search("[0-9]", text) for text in texts), texts
    assert re.search(r'<svg[^>]*viewBox="0 0 \d+ \d+"', page), "the drawing's own numbers stay"
