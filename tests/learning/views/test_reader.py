"""Reading: look a word up, mark its status per lemma, count known words per lemma."""

import json
import re
import unicodedata

import pytest
from django.urls import reverse

from learning.models import StatusChange, WordProgress


def token_of(html: str, lemma: str) -> int:
    return int(re.search(rf'data-token="(\d+)" data-lemma="{lemma}"', html).group(1))


@pytest.fixture
def article_html(client, seed_article) -> str:
    return client.get(reverse("exercises:article_detail", args=[seed_article.pk])).content.decode()


def test_the_article_page_is_ready_for_lookups(article_html, seed_article):
    assert f'class="reader" data-article="{seed_article.pk}"' in article_html
    assert 'id="word-panel"' in article_html and 'aria-live="polite"' in article_html
    assert "learning/reader.js" in article_html and "htmx" in article_html
    assert "cdn" not in article_html.lower()


def test_a_lookup_shows_vocalized_form_lemma_gloss_root_and_pos(client, seed_article, article_html):
    token = token_of(article_html, "رئيس")
    response = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token]))
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    # with the shadda of the sun letter after the article
    assert unicodedata.normalize("NFC", "الرَّئِيس") in html, "the vocalized form as written"
    assert "رَئِيس" in html, "the dictionary form"
    assert "president" in html
    assert "ر ء س" in html, "the root, letter by letter"
    assert "noun" in html


def test_a_lookup_shows_the_other_senses_after_the_gloss(client, seed_article, article_html):
    token = token_of(article_html, "تقويم")
    html = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token])).content
    meaning = html.decode().split("calendar; chronology")[1].split("</dd>")[0]
    assert "also:" in meaning and "rating; valuation" in meaning


def test_a_lookup_shows_the_term_the_word_is_part_of(client, seed_article, article_html):
    token = token_of(article_html, "ضوء")
    html = client.get(reverse("learning:word_lookup", args=[seed_article.pk, token])).content
    assert "Part of" in html.decode() and "limelight; spotlight" in html.decode()


def test_non_words_are_404(client, seed_article):
    # token 1 of the seed is a comma
    assert client.get(reverse("learning:word_lookup", args=[seed_article.pk, 1])).status_code == 404
    assert (
        client.get(reverse("learning:word_lookup", args=[seed_article.pk, 99999])).status_code
        == 404
    )


def test_anonymous_readers_are_asked_to_log_in_to_mark_words(client, seed_article, article_html):
    token = token_of(article_html, "رئيس")
    html = client.get(
        reverse("learning:word_lookup", args=[seed_article.pk, token])
    ).content.decode()
    assert "to mark the words you know" in html and 'name="status"' not in html


def test_marking_a_word_marks_its_lemma_and_tells_the_page(
    client, learner, seed_article, article_html
):
    client.force_login(learner)
    # الصيني and الصينية are two written forms of one lemma, صيني
    tokens = [int(t) for t in re.findall(r'data-token="(\d+)" data-lemma="صيني"', article_html)]
    assert len(tokens) >= 2
    url = reverse("learning:word_status", args=[seed_article.pk, tokens[0]])
    response = client.post(url, {"status": "known"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    event = json.loads(response.headers["HX-Trigger"])
    assert event == {"wordStatus": {"lemma": "صيني", "status": "known"}}
    assert 'aria-pressed="true">Known' in response.content.decode()
    progress = WordProgress.objects.get(learner=learner)
    assert (progress.lemma, progress.status, progress.gloss) == ("صيني", "known", "Chinese")
    other = client.get(reverse("learning:word_lookup", args=[seed_article.pk, tokens[1]]))
    assert 'aria-pressed="true">Known' in other.content.decode(), "the other form shares the status"


def test_known_words_are_counted_per_lemma(client, learner, seed_article, article_html):
    client.force_login(learner)
    before = client.get(reverse("learning:reader_words", args=[seed_article.pk])).content.decode()
    total = int(re.search(r"Of its (\d+) different words to learn", before).group(1))
    assert "<strong>0</strong> known" in before
    for token in re.findall(r'data-token="(\d+)" data-lemma="صيني"', article_html):
        client.post(
            reverse("learning:word_status", args=[seed_article.pk, token]), {"status": "known"}
        )
    after = client.get(reverse("learning:reader_words", args=[seed_article.pk])).content.decode()
    assert "<strong>1</strong> known" in after, "many forms, one lemma, one known word"
    assert f"<strong>{total - 1}</strong> new" in after
    statuses = json.loads(re.search(r'id="word-statuses"[^>]*>(.*?)</script>', after).group(1))
    assert statuses == {"صيني": "known"}


def test_each_change_of_status_is_logged_once(client, learner, seed_article, article_html):
    client.force_login(learner)
    url = reverse("learning:word_status", args=[seed_article.pk, token_of(article_html, "رئيس")])
    for status in ["learning", "learning", "known"]:
        client.post(url, {"status": status})
    assert list(StatusChange.objects.values_list("status", flat=True)) == ["learning", "known"]


def test_an_unknown_status_is_refused(client, learner, seed_article, article_html):
    client.force_login(learner)
    url = reverse("learning:word_status", args=[seed_article.pk, token_of(article_html, "رئيس")])
    assert client.post(url, {"status": "famous"}).status_code == 400
    assert not WordProgress.objects.exists()


def test_the_panel_names_the_words_status_not_a_claim_to_know_it(
    client, learner, seed_article, article_html
):
    """The QA walk read "I know this word: ✓ New": the group's label and the pressed button
    must say the same thing (the word's status), in both languages."""
    client.force_login(learner)
    url = reverse("learning:word_lookup", args=[seed_article.pk, token_of(article_html, "رئيس")])
    html = client.get(url).content.decode()
    assert "I know this word" not in html
    assert '<span id="status-label">Status of this word:</span>' in html
    assert 'aria-pressed="true">New' in html
    client.post(reverse("set_language"), {"language": "ar"})
    html = client.get(url).content.decode()
    assert '<span id="status-label">حالة هذه الكلمة:</span>' in html
