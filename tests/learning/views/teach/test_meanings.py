"""The teacher's page of an article's meanings: edit a word in place (htmx) or on its own page
(no JavaScript), see the automatic value beside, revert; only the article's owner may."""

from __future__ import annotations

import pytest
from django.urls import reverse

from exercises.models import Article, VocabularyOverride, VocabularyWord
from learning.models import Classroom, Membership, WordProgress
from tests.users import make_user

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def owned(seed_article, teacher) -> Article:
    Article.objects.filter(pk=seed_article.pk).update(added_by=teacher)
    return seed_article


@pytest.fixture
def word(owned) -> VocabularyWord:
    return VocabularyWord.objects.filter(article=owned, is_name=False).exclude(gloss="").first()


def edit_url(word: VocabularyWord) -> str:
    return reverse("teach:meaning_edit", args=[word.article_id, word.pk])


def test_the_owner_sees_every_word_with_an_edit_link(client, teacher, owned, word):
    client.force_login(teacher)
    response = client.get(reverse("teach:meanings", args=[owned.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="word-{word.pk}"' in html and word.lemma_vocalized in html
    assert f'href="{edit_url(word)}"' in html and f'hx-get="{edit_url(word)}"' in html


@pytest.mark.parametrize("name", ["meanings", "meaning_edit", "meaning_row", "meaning_revert"])
def test_another_teacher_gets_404_and_a_learner_403(
    client, other_teacher, learner, owned, word, name
):
    args = [owned.pk] if name == "meanings" else [owned.pk, word.pk]
    url = reverse(f"teach:{name}", args=args)
    client.force_login(other_teacher)
    assert client.post(url, {"gloss": "x"}).status_code == 404
    assert client.get(url).status_code in (404, 405)
    client.force_login(learner)
    assert client.post(url, {"gloss": "x"}).status_code == 403
    assert not VocabularyOverride.objects.exists()


def test_a_word_of_another_article_is_404(client, teacher, owned, word):
    other = Article.objects.create(title="t", text="نص", content_hash="h2", added_by=teacher)
    client.force_login(teacher)
    url = reverse("teach:meaning_edit", args=[other.pk, word.pk])
    assert client.post(url, {"gloss": "x"}).status_code == 404


def test_htmx_edits_in_place_and_shows_the_automatic_value(client, teacher, owned, word):
    client.force_login(teacher)
    form = client.get(edit_url(word), **HX).content.decode()
    assert "<html" not in form and 'name="gloss"' in form and 'name="vocalized"' in form

    response = client.post(edit_url(word), {"gloss": "fixed sense", "vocalized": ""}, **HX)

    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "fixed sense" in html and "automatic:" in html and word.gloss in html
    assert "Back to automatic" in html
    assert VocabularyOverride.objects.get().gloss == "fixed sense"


def test_without_javascript_a_save_goes_back_to_the_list(client, teacher, owned, word):
    client.force_login(teacher)
    assert "<html" in client.get(edit_url(word)).content.decode()
    response = client.post(edit_url(word), {"gloss": "fixed sense"})
    assert response.status_code == 302
    assert response.url.endswith(f"#word-{word.pk}")
    html = client.get(response.url).content.decode()
    assert "Meaning saved." in html and "fixed sense" in html


def test_an_empty_gloss_is_refused_in_place(client, teacher, owned, word):
    client.force_login(teacher)
    response = client.post(edit_url(word), {"gloss": " "}, **HX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "cannot be empty" in html and 'aria-invalid="true"' in html
    assert not VocabularyOverride.objects.exists()


def test_another_word_as_vocalization_is_refused(client, teacher, owned, word):
    client.force_login(teacher)
    response = client.post(edit_url(word), {"gloss": "x", "vocalized": "كَتَبَ"})
    assert "only vowel marks may change" in response.content.decode()
    assert not VocabularyOverride.objects.exists()


def test_revert_brings_back_the_automatic_meaning(client, teacher, owned, word):
    client.force_login(teacher)
    client.post(edit_url(word), {"gloss": "fixed sense"})
    url = reverse("teach:meaning_revert", args=[owned.pk, word.pk])
    html = client.post(url, **HX).content.decode()
    assert word.gloss in html and "automatic:" not in html
    assert not VocabularyOverride.objects.exists()


def test_the_public_list_shows_the_correction_and_the_owner_a_link(client, teacher, owned, word):
    client.force_login(teacher)
    client.post(edit_url(word), {"gloss": "fixed sense"})
    html = client.get(reverse("exercises:article_vocabulary", args=[owned.pk])).content.decode()
    assert "fixed sense" in html and "corrected" in html
    assert reverse("teach:meanings", args=[owned.pk]) in html


def test_the_class_learners_cards_follow_the_correction(client, teacher, learner, owned, word):
    classroom = Classroom.objects.create(teacher=teacher, name="c", join_code="XYZ234")
    Membership.objects.create(classroom=classroom, learner=learner)
    stranger = make_user("stranger")
    for user in (learner, stranger):
        WordProgress.objects.create(learner=user, lemma=word.lemma, gloss=word.gloss)
    client.force_login(teacher)

    client.post(edit_url(word), {"gloss": "fixed sense"})

    assert WordProgress.objects.get(learner=learner).gloss == "fixed sense"
    assert WordProgress.objects.get(learner=stranger).gloss == word.gloss, "not in the class"


def test_the_page_costs_the_same_queries_whatever_the_corrections(
    client, teacher, owned, django_assert_max_num_queries
):
    client.force_login(teacher)
    url = reverse("teach:meanings", args=[owned.pk])
    client.get(url)
    words = list(VocabularyWord.objects.filter(article=owned)[:20])
    for word in words:
        client.post(edit_url(word), {"gloss": f"fixed {word.pk}"})
    with django_assert_max_num_queries(6):
        html = client.get(url).content.decode()
    assert html.count("automatic:") == len(words)
