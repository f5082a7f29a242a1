"""The search page: articles and their words, Arabic folded, the match marked, paginated."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.urls import reverse

from exercises.models import Article, VocabularyWord
from exercises.search_keys import article_search_key
from learning.models import WordProgress
from tests.users import make_user

URL = reverse("learning:search")


def make_article(title: str, text: str, *, private_to=None) -> Article:
    return Article.objects.create(
        title=title,
        text=text,
        content_hash=f"h-{Article.objects.count()}-{title}",
        private_to=private_to,
        search_key=article_search_key(title=title, text=text),
    )


def test_it_finds_an_article_whatever_the_hamza_vowels_and_ta_marbuta(client, seed_article):
    page = client.get(URL, {"q": "الاولمبيه"}).content.decode()
    assert reverse("exercises:article_detail", args=[seed_article.pk]) in page
    assert "<mark>الأولمبية</mark>" in page


def test_it_finds_an_article_by_its_title(client, seed_article):
    page = client.get(URL, {"q": "بوتين في بكين"}).content.decode()
    assert "<mark>بوتين في بكين</mark>" in page


def test_it_finds_a_word_by_its_english_gloss_and_by_a_form(client, seed_article):
    word = VocabularyWord.objects.filter(article=seed_article, is_name=False).exclude(gloss="")[0]
    english = word.gloss.split(";")[0].strip()
    page = client.get(URL, {"q": english.upper()}).content.decode()
    assert word.lemma_vocalized in page and f"<mark>{english}</mark>" in page
    form = word.forms[0] if word.forms else word.lemma
    assert word.lemma_vocalized in client.get(URL, {"q": form}).content.decode()


def test_a_learner_sees_their_status_for_a_word_found(client, seed_article, learner):
    word = VocabularyWord.objects.filter(article=seed_article, is_name=False)[0]
    WordProgress.objects.create(learner=learner, lemma=word.lemma, status="known")
    client.force_login(learner)
    page = client.get(URL, {"q": word.lemma}).content.decode()
    assert 'class="status status-known"' in page


def test_another_learners_private_article_is_never_found(client, db, learner):
    owner = make_user("owner")
    make_article("مقالة خاصة", "نص عن الأسعار المرتفعة", private_to=owner)
    make_article("مقالة عامة", "نص آخر عن الأسعار")
    client.force_login(learner)
    page = client.get(URL, {"q": "اسعار"}).content.decode()
    assert "مقالة عامة" in page and "مقالة خاصة" not in page
    client.force_login(owner)
    assert "مقالة خاصة" in client.get(URL, {"q": "اسعار"}).content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type at least 2 letters"),
        ("أَ", "is too short"),
        ("  x ", "is too short"),
    ],
)
def test_an_empty_or_too_short_query_says_so_and_searches_nothing(
    client, db, query, message, django_assert_max_num_queries
):
    make_article("عن الأسعار", "الأسعار")
    with django_assert_max_num_queries(0):
        page = client.get(URL, {"q": query}).content.decode()
    assert message in page and "<mark>" not in page


def test_nothing_found_says_so(client, db):
    make_article("عنوان", "نص")
    assert "Nothing matches" in client.get(URL, {"q": "zzz"}).content.decode()


def test_the_results_are_paginated(client, db):
    for number in range(13):
        make_article(f"مقالة {number}", f"ارتفعت الأسعار {number}")
    first = client.get(URL, {"q": "اسعار"}).content.decode()
    assert "13 articles" in first and first.count('class="search-hit"') == 10
    assert "Page 1 of 2" in first and "page=2" in first
    second = client.get(URL, {"q": "اسعار", "page": "2"}).content.decode()
    assert second.count('class="search-hit"') == 3
    assert client.get(URL, {"q": "اسعار", "page": "x"}).status_code == 200


def test_the_page_in_arabic(client, seed_article):
    client.cookies["django_language"] = "ar"
    page = client.get(URL, {"q": "الاولمبيه"}).content.decode()
    assert 'lang="ar" dir="rtl"' in page and "مقالة" in page and "Search" not in page


def test_the_number_of_queries_does_not_grow_with_the_matches(
    client, seed_article, learner, django_assert_max_num_queries
):
    for number in range(25):
        make_article(f"مقالة {number}", "الرئيس والألعاب " * 50)
    lemmas = VocabularyWord.objects.filter(article=seed_article).values_list("lemma", flat=True)
    WordProgress.objects.bulk_create(
        [WordProgress(learner=learner, lemma=lemma) for lemma in lemmas[:30]]
    )
    client.force_login(learner)
    with django_assert_max_num_queries(9):
        page = client.get(URL, {"q": "ال"}).content.decode()
    assert page.count('class="search-hit"') == 10 and page.count("search-hit word-hit") == 10


def test_the_migration_fills_the_keys_of_stored_rows(seed_article):
    from importlib import import_module

    migration = import_module("exercises.migrations.0005_search_keys")
    expected_article = Article.objects.get(pk=seed_article.pk).search_key
    expected_words = dict(VocabularyWord.objects.values_list("pk", "search_key"))
    Article.objects.update(search_key="")
    VocabularyWord.objects.update(search_key="")
    migration.fill(apps, None)
    assert Article.objects.get(pk=seed_article.pk).search_key == expected_article != ""
    assert dict(VocabularyWord.objects.values_list("pk", "search_key")) == expected_words
    assert "الاولمبيه" in expected_article


def test_reanalysing_and_renaming_refresh_the_keys(seed_article):
    from exercises.services.articles import article_reanalyze, article_update

    Article.objects.update(search_key="")
    VocabularyWord.objects.update(search_key="")
    article_reanalyze(article=Article.objects.get(pk=seed_article.pk))
    assert "الاولمبيه" in Article.objects.get(pk=seed_article.pk).search_key
    assert not VocabularyWord.objects.filter(search_key="").exists()
    article_update(article=Article.objects.get(pk=seed_article.pk), title="أخبار الصين", source="")
    assert Article.objects.get(pk=seed_article.pk).search_key.startswith("اخبار الصين | ")
