"""The FSRS integration: cards as JSON, ratings from answers, due dates that move."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from fsrs import Card, Rating

from learning.models import Review, WordProgress, WordStatus
from learning.services.progress import WordInfo, word_review, word_status_set
from learning.srs import card_new, card_review, next_intervals, rating_for_answer

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def test_a_new_card_is_due_at_once_and_round_trips_as_json():
    card = card_new(now=NOW)
    assert Card.from_dict(card).due == NOW
    assert Card.from_dict(card).to_dict() == card


def test_good_twice_graduates_the_card_to_days():
    first = card_review(None, Rating.Good, now=NOW)
    # FSRS's default learning steps are 1 and 10 minutes: Good on a new card goes to the 10-minute step
    assert first.due - NOW == timedelta(minutes=10)
    second = card_review(first.card, Rating.Good, now=first.due)
    assert second.due - first.due >= timedelta(days=1)
    assert Card.from_dict(second.card).state.name == "Review"


def test_again_brings_it_back_within_minutes():
    again = card_review(None, Rating.Again, now=NOW)
    assert again.due - NOW == timedelta(minutes=1)


def test_the_intervals_grow_with_the_rating():
    intervals = next_intervals(None, now=NOW)
    assert intervals["again"] < intervals["hard"] <= intervals["good"] < intervals["easy"]


def test_quiz_verdicts_map_to_ratings():
    assert rating_for_answer("correct") == Rating.Good
    assert rating_for_answer("spelling") == Rating.Hard
    assert rating_for_answer("partial") == Rating.Hard
    assert rating_for_answer("wrong") == Rating.Again


@pytest.mark.django_db
def test_marking_a_word_learning_gives_a_card_due_now(learner):
    now = timezone.now()
    progress = word_status_set(
        learner=learner, lemma="زيارة", status="learning", info=WordInfo(gloss="visit"), now=now
    )
    assert progress.status == WordStatus.LEARNING
    assert progress.due == now
    assert progress.card is not None and progress.gloss == "visit"


@pytest.mark.django_db
def test_a_review_stores_the_schedule_and_the_log(learner):
    word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo(), now=NOW)
    progress = word_review(learner=learner, lemma="زيارة", rating=Rating.Easy, now=NOW)
    progress.refresh_from_db()
    assert progress.due - NOW >= timedelta(days=1), "Easy on a new card skips the learning steps"
    log = Review.objects.get(learner=learner)
    assert (log.rating, log.source, log.due_after) == (4, "review", progress.due)
    assert WordProgress.objects.filter(learner=learner).count() == 1
