import re

from django.contrib.staticfiles import finders
from django.urls import reverse


def test_it_lists_articles(client, seed_article):
    response = client.get(reverse("exercises:article_list"))
    assert response.status_code == 200
    assert seed_article.title in response.content.decode()


def test_the_article_page_shows_the_text_right_to_left(client, seed_article):
    response = client.get(reverse("exercises:article_detail", args=[seed_article.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<article class="reading ar" lang="ar" dir="rtl">' in html
    assert html.count("<h2>") == 3, "the seed's three headings"
    assert 'data-lemma="بوتين"' in html
    text_only = re.sub(r"<[^>]+>", "", html)
    assert "تعزيز التعاون العملي الشامل" in text_only
    assert "بدعوة من بوتين." in text_only, "spaces and punctuation are kept between words"


def test_the_arabic_font_is_served_by_the_app(client):
    assert finders.find("fonts/amiri/Amiri-Regular.ttf")
    css = finders.find("learning/site.css")
    with open(css, encoding="utf-8") as handle:
        assert 'url("../fonts/amiri/Amiri-Regular.ttf")' in handle.read()


def test_the_vocabulary_page_lists_words_and_names(client, seed_article):
    response = client.get(reverse("exercises:article_vocabulary", args=[seed_article.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "رَئِيس" in html and "president" in html
    assert "Names and places" in html and "Putin" in html
    assert "@media print" not in html  # print styles live in the stylesheet


def test_the_vocabulary_page_gives_the_sense_then_the_others_and_the_terms(client, seed_article):
    response = client.get(reverse("exercises:article_vocabulary", args=[seed_article.pk]))
    html = response.content.decode()
    row = html.split("calendar; chronology")[1].split("</td>")[0]
    assert "also:" in row and "rating; valuation" in row
    assert "lunar calendar" in html and "limelight; spotlight" in html  # multiword terms


def test_the_vocabulary_page_orders_by_level(client, seed_article):
    url = reverse("exercises:article_vocabulary", args=[seed_article.pk])
    html = client.get(url + "?order=level").content.decode()
    first_rows = html.split("<tbody>")[1].split("</tbody>")[0]
    levels = [part.split("</span>")[0][-2:] for part in first_rows.split('class="level level-')[1:]]
    assert levels == sorted(levels)


def test_unknown_articles_are_404(client, db):
    assert client.get(reverse("exercises:article_detail", args=[999])).status_code == 404
    assert client.get(reverse("exercises:article_vocabulary", args=[999])).status_code == 404
