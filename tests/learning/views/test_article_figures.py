"""One word count, one definition: the article list, the vocabulary page, the reader and the
import preview give the same "words in the text" and "different words to learn"; the list
shows each article's level and, for a learner, how many of its words they do not know yet."""

from __future__ import annotations

import re

from django.urls import reverse

from exercises.models import Article, VocabularyWord
from learning.models import WordProgress
from tests.learning.views.test_search import make_article
from tests.users import make_user

LIST = reverse("exercises:article_list")
SHARES = reverse("learning:article_shares")


def to_learn_on(page: str) -> int:
    return int(re.search(r"(\d+) different words to learn", page).group(1))


def test_every_page_gives_the_same_two_counts(client, learner, seed_article):
    client.force_login(learner)
    entries = VocabularyWord.objects.filter(article=seed_article, is_name=False).count()
    listed = client.get(LIST).content.decode()
    vocabulary = client.get(
        reverse("exercises:article_vocabulary", args=[seed_article.pk])
    ).content.decode()
    reader = client.get(reverse("learning:reader_words", args=[seed_article.pk])).content.decode()
    assert f"{seed_article.word_count} words in the text" in listed
    assert f"{seed_article.word_count} words in the text" in vocabulary
    assert to_learn_on(listed) == to_learn_on(vocabulary) == entries
    assert f"Of its {entries} different words to learn" in reader
    rows = vocabulary.split('<table class="vocabulary">')[1].split("</table>")[0].count("<tr>")
    assert rows - 1 == entries, "the vocabulary table lists exactly the words to learn"
    assert "What do these numbers count?" in listed and "What do these numbers count?" in vocabulary


def test_the_list_shows_a_level_per_article(client, seed_article):
    page = client.get(LIST).content.decode()
    level = re.search(r'class="level level-([ABC][12])" title="Level of the text"', page)
    assert level is not None


def test_the_list_costs_the_same_queries_for_many_articles(
    client, seed_article, learner, django_assert_num_queries
):
    client.force_login(learner)
    client.get(LIST)
    with django_assert_num_queries(5) as one:
        client.get(LIST)
    for number in range(20):
        make_article(f"مقالة {number}", "نص")
    with django_assert_num_queries(len(one.captured_queries)):
        page = client.get(LIST).content.decode()
    assert page.count('class="article-card"') == 21


def test_a_learner_is_told_how_many_words_they_do_not_know_yet(client, learner, seed_article):
    client.force_login(learner)
    entries = list(VocabularyWord.objects.filter(article=seed_article, is_name=False))
    listed = client.get(LIST).content.decode()
    assert f'hx-get="{SHARES}?ids={seed_article.pk}"' in listed
    before = client.get(SHARES, {"ids": str(seed_article.pk)}).content.decode()
    assert f'id="unknown-{seed_article.pk}" hx-swap-oob="true"' in before
    assert f"{len(entries)} not yet known to you (100%)" in before
    known = {entry.lemma for entry in entries[:10]}
    WordProgress.objects.bulk_create(
        [WordProgress(learner=learner, lemma=lemma, status="known") for lemma in known]
    )
    WordProgress.objects.create(learner=learner, lemma=entries[-1].lemma, status="learning")
    unknown = sum(1 for entry in entries if entry.lemma not in known)
    after = client.get(SHARES, {"ids": str(seed_article.pk)}).content.decode()
    percent = round(100 * unknown / len(entries))
    assert f"{unknown} not yet known to you ({percent}%)" in after


def test_the_shares_never_tell_of_another_learners_private_article(client, learner, db):
    owner = make_user("owner")
    private = make_article("خاصة", "نص", private_to=owner)
    VocabularyWord.objects.create(
        article=private, lemma="نص", lemma_vocalized="نَصّ", pos="NOUN", count=1, zipf=5,
        level="A1", example_start=0, example_end=2, first_token=0,
    )  # fmt: skip
    client.force_login(learner)
    page = client.get(SHARES, {"ids": f"{private.pk},x"}).content.decode()
    assert f"unknown-{private.pk}" not in page
    client.force_login(owner)
    assert (
        "1 not yet known to you (100%)"
        in client.get(SHARES, {"ids": str(private.pk)}).content.decode()
    )


def test_visitors_are_not_asked_for_shares(client, seed_article):
    assert "hx-get" not in client.get(LIST).content.decode().split("<main")[1]
    assert client.get(SHARES, {"ids": str(seed_article.pk)}).status_code == 302


def test_the_counts_in_arabic(client, learner, seed_article):
    client.cookies["django_language"] = "ar"
    client.force_login(learner)
    page = client.get(LIST).content.decode()
    assert "كلمة في النص" in page and "مختلفة للتعلّم" in page and "ماذا تعدّ هذه الأرقام؟" in page
    shares = client.get(SHARES, {"ids": str(seed_article.pk)}).content.decode()
    assert "لا تعرفها بعد" in shares and "٪" in shares
    assert Article.objects.count() == 1
