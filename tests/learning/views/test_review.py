"""The review of due words: Arabic shown, reveal, rate; the card moves on."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from learning.models import Review, WordProgress
from learning.services.progress import WordInfo, word_status_set


def test_a_due_word_is_shown_with_the_answer_hidden(client, learner):
    word_status_set(
        learner=learner,
        lemma="زيارة",
        status="learning",
        info=WordInfo("زِيارَة", "visit", "زور", "NOUN"),
    )
    client.force_login(learner)
    html = client.get(reverse("learning:review")).content.decode()
    assert "زِيارَة" in html
    assert '<div id="review-answer" hidden>' in html and "visit" in html
    for label in ["Again", "Hard", "Good", "Easy"]:
        assert label in html
    assert "10 min" in html, "Good on a new card: FSRS's second learning step"


def test_rating_moves_the_card_and_logs_the_review(client, learner):
    word = word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    client.force_login(learner)
    response = client.post(reverse("learning:review_rate", args=[word.pk]), {"rating": "easy"})
    assert response.url == reverse("learning:review")
    word.refresh_from_db()
    assert word.due > timezone.now() + timedelta(hours=23)
    assert Review.objects.get().rating == 4
    html = client.get(reverse("learning:review")).content.decode()
    assert "No words are due now." in html
    assert "0 reviews are coming" in html, "Easy on a new card: more than a week (8 days)"


def test_again_brings_the_word_back_in_a_minute(client, learner):
    word = word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    client.force_login(learner)
    client.post(reverse("learning:review_rate", args=[word.pk]), {"rating": "again"})
    word.refresh_from_db()
    assert timedelta(seconds=50) < word.due - timezone.now() <= timedelta(minutes=1)
    html = client.get(reverse("learning:review")).content.decode()
    assert "No words are due now." in html and "1 review is coming" in html


def test_words_not_due_or_not_learning_are_not_rated(client, learner):
    known = word_status_set(learner=learner, lemma="صيني", status="known", info=WordInfo())
    client.force_login(learner)
    client.post(reverse("learning:review_rate", args=[known.pk]), {"rating": "good"})
    assert not Review.objects.exists()
    assert "No words are due now." in client.get(reverse("learning:review")).content.decode()


def test_another_learners_card_cannot_be_rated(client, learner, other_learner):
    theirs = word_status_set(
        learner=other_learner, lemma="زيارة", status="learning", info=WordInfo()
    )
    client.force_login(learner)
    client.post(reverse("learning:review_rate", args=[theirs.pk]), {"rating": "again"})
    assert not Review.objects.exists()
    assert WordProgress.objects.get(pk=theirs.pk).card == theirs.card


def test_a_double_submitted_rating_counts_once(client, learner):
    word = word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    client.force_login(learner)
    url = reverse("learning:review_rate", args=[word.pk])
    assert client.post(url, {"rating": "good"}).status_code == 302
    assert client.post(url, {"rating": "good"}).status_code == 302
    assert Review.objects.count() == 1


def test_an_absurd_review_time_is_not_a_server_error(client, learner):
    word = word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    client.force_login(learner)
    url = reverse("learning:review_rate", args=[word.pk])
    response = client.post(url, {"rating": "good", "elapsed_ms": "inf"})
    assert response.status_code == 302
    assert Review.objects.get().duration_ms is None
