"""Every error page is styled, in both languages, with a way back: checked on each template."""

import re

import pytest
from django.template.loader import render_to_string

PAGES = ["403.html", "403_csrf.html", "404.html", "429.html", "500.html"]


@pytest.mark.parametrize("name", PAGES)
def test_each_error_page_is_styled_in_both_languages_with_a_way_back(name):
    page = render_to_string(name, {"request_id": "req-1"})
    assert f"<title>{name[:3]} ·" in page and "learning/site.css" in page and "req-1" in page
    english = page.split('<section lang="en" dir="ltr">')[1].split("</section>")[0]
    arabic = page.split('<section lang="ar" dir="rtl">')[1].split("</section>")[0]
    assert "<h1>" in english and '<a href="/">Back to the articles</a>' in english
    assert "<h2>" in arabic and '<a href="/">العودة إلى المقالات</a>' in arabic
    arabic_text = re.sub(r"<[^>]+>", "", arabic)
    assert not re.search(r"[A-Za-z]", arabic_text), arabic_text
    assert len(re.sub(r"<[^>]+>", "", english).split()) >= 8, "a heading and a sentence"
