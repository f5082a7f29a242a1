"""Show vowels: every word of the running text carries its full vowels (from the analysis) in
the page, and a toggle shows them; the letters never change, only marks are added."""

import re
import unicodedata

import pytest
from django.urls import reverse

from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.reading import _vowels

WORD = re.compile(
    r'<span class="w" data-token="\d+" data-lemma="[^"]*"(?: data-vowels="([^"]*)")?>([^<]*)</span>'
)


@pytest.fixture
def article_html(client, seed_article) -> str:
    return client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content.decode()


def test_the_page_serves_each_words_vowels(article_html):
    words = WORD.findall(article_html)
    assert len(words) > 300
    with_vowels = [(vowels, text) for vowels, text in words if vowels]
    assert len(with_vowels) >= 0.9 * len(words), "nearly every word has its vowels"
    assert (unicodedata.normalize("NFC", "الرَّئِيس"), "الرئيس") in with_vowels
    for vowels, text in with_vowels:
        assert vowels != text
        assert normalize_key(strip_tashkeel(vowels)) == normalize_key(strip_tashkeel(text))


def test_the_toggle_is_on_the_page_with_its_script(article_html):
    button = re.search(r'<button [^>]*id="vowels-toggle"[^>]*>([^<]*)</button>', article_html)
    assert button and button.group(1) == "Show vowels"
    assert 'aria-pressed="false"' in button.group(0)
    assert '<article class="reading ar" lang="ar" dir="rtl">' in article_html
    assert "learning/vowels.js" in article_html


def test_the_toggle_is_in_arabic_in_the_arabic_interface(client, seed_article):
    client.post(reverse("set_language"), {"language": "ar"})
    html = client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content.decode()
    assert ">أظهر الحركات</button>" in html


@pytest.mark.parametrize(
    ("written", "vocalized", "shown"),
    [
        ("بكين", "بِكِين", "بِكِين"),
        ("شي", "شي", ""),  # nothing to add
        ("الى", "إِلَى", "إِلَى"),  # a hamza seat read alike
        ("وقال", "قالَ", ""),  # a letter lost: never shown
        ("كتب", "", ""),
    ],
)
def test_vowels_never_change_the_letters(written, vocalized, shown):
    assert _vowels(written, vocalized) == shown
