"""Spaced repetition with FSRS (the py-fsrs package, the scheduler Anki uses).

Cards are stored as JSON (``Card.to_dict()``), one per learner and lemma. Fuzzing is off so that
the same history always gives the same schedule (tests rely on it; FSRS's own default adds a
small random spread to long intervals).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from fsrs import Card, Rating, Scheduler

RATINGS: dict[str, Rating] = {
    "again": Rating.Again,
    "hard": Rating.Hard,
    "good": Rating.Good,
    "easy": Rating.Easy,
}


@dataclass(frozen=True, slots=True)
class Scheduled:
    card: dict
    due: datetime
    rating: int


@lru_cache(maxsize=1)
def scheduler() -> Scheduler:
    return Scheduler(enable_fuzzing=False)


def card_new(*, now: datetime) -> dict:
    """A fresh card, due at once."""
    return Card(due=now).to_dict()


def card_review(card: dict | None, rating: Rating, *, now: datetime) -> Scheduled:
    """Rate a card (a new one if ``card`` is None) at ``now`` and return its next schedule."""
    current = Card.from_dict(card) if card else Card(due=now)
    reviewed, _log = scheduler().review_card(current, rating, review_datetime=now)
    return Scheduled(card=reviewed.to_dict(), due=reviewed.due, rating=int(rating))


def rating_for_answer(verdict: str) -> Rating:
    """How a quiz answer rates the card of the word it practised."""
    return {
        "correct": Rating.Good,
        "spelling": Rating.Hard,
        "partial": Rating.Hard,
    }.get(verdict, Rating.Again)


def next_intervals(card: dict | None, *, now: datetime) -> dict[str, timedelta]:
    """How long until the card is due again after each rating, for the rating buttons."""
    return {name: card_review(card, rating, now=now).due - now for name, rating in RATINGS.items()}
