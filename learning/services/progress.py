"""Word progress: a learner's status for each lemma and its FSRS card.

Statuses are per lemma: marking one written form marks every form of the word. A word marked
"learning" gets a card due at once; quiz answers on a word rate its card (right: Good, right but
misspelt or partly right: Hard, wrong: Again) and make a new word "learning".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from fsrs import Rating

from learning.models import Review, StatusChange, WordProgress, WordStatus
from learning.services.hot_queries import vocabulary_row, word_progress_locked
from learning.srs import card_new, card_review, rating_for_answer


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What a review card shows about a lemma."""

    lemma_vocalized: str = ""
    gloss: str = ""
    root: str = ""
    pos: str = ""
    example: str = ""


def word_info_from_vocabulary(article_id: int, lemma: str) -> WordInfo:
    """The article's vocabulary entry for the lemma, with its example sentence (one query: the
    database cuts the sentence out of the article's text)."""
    row = vocabulary_row(article_id, lemma)
    if row is None:
        return WordInfo()
    return WordInfo(
        lemma_vocalized=row["lemma_vocalized"],
        gloss=row["gloss"][:500],
        root=row["root"],
        pos=row["pos"],
        example=row["example"] or "",
    )


@transaction.atomic
def word_status_set(
    *,
    learner: AbstractBaseUser,
    lemma: str,
    status: str,
    info: WordInfo,
    now: datetime | None = None,
) -> WordProgress:
    """Set the learner's status for a lemma; a word being learnt gets a card due at once."""
    if status not in WordStatus.values:
        raise ValueError(f"unknown status {status!r}")
    now = now or timezone.now()
    progress, _ = WordProgress.objects.select_for_update().get_or_create(
        learner=learner, lemma=lemma, defaults=_info_fields(info)
    )
    _fill_info(progress, info)
    if progress.status != status:
        progress.status = status
        StatusChange.objects.create(learner=learner, lemma=lemma, status=status)
    if status == WordStatus.LEARNING and progress.card is None:
        progress.card = card_new(now=now)
        progress.due = now
    progress.save()
    return progress


@transaction.atomic(savepoint=False)  # inside an answer's transaction: no savepoint of its own
def word_review(
    *,
    learner: AbstractBaseUser,
    lemma: str,
    rating: Rating,
    source: str = Review.Source.REVIEW,
    now: datetime | None = None,
    duration_ms: int | None = None,
    info: WordInfo | Callable[[], WordInfo] | None = None,
    only_if_due: bool = False,
) -> WordProgress:
    """Rate the learner's card for a lemma and schedule it with FSRS.

    Args:
        info: what the card shows about the word, or a function that looks it up, called only
            when the card lacks it (a new card, or one made before its details were known).
        only_if_due: a rating from the review page counts only while the card of a word being
            learnt is due, so a double click (two requests at once) rates it once; decided
            under the row lock.
    """
    now = now or timezone.now()
    for _pass in range(2):
        progress = _review_once(learner, lemma, rating, source, now, duration_ms, info, only_if_due)
        if progress is not None:
            return progress
    # The second pass finds the row the other request inserted and waits for its lock.
    raise AssertionError("a word's row was inserted twice")


def _review_once(
    learner: AbstractBaseUser,
    lemma: str,
    rating: Rating,
    source: str,
    now: datetime,
    duration_ms: int | None,
    info: WordInfo | Callable[[], WordInfo] | None,
    only_if_due: bool,
) -> WordProgress | None:
    """word_review; None when the word was new here but another request inserted its row a
    moment before (then it is to be done again, on that row, under its lock)."""
    progress = word_progress_locked(learner.pk, lemma)
    new = progress is None
    if progress is None:
        found = info() if callable(info) else info
        progress = WordProgress(learner=learner, lemma=lemma, **_info_fields(found or WordInfo()))
    elif callable(info) and not progress.lemma_vocalized:
        _fill_info(progress, info())
    elif isinstance(info, WordInfo):
        _fill_info(progress, info)
    if only_if_due and not _due(progress, now):
        return progress if not new or _inserted(progress) else None
    learning = progress.status == WordStatus.NEW
    if learning:
        progress.status = WordStatus.LEARNING
    scheduled = card_review(progress.card, rating, now=now)
    progress.card, progress.due = scheduled.card, scheduled.due
    # A new word's row is inserted once, already rated (not inserted, then updated).
    if not new:
        progress.save()
    elif not _inserted(progress):
        return None
    if learning:
        StatusChange.objects.create(learner=learner, lemma=lemma, status=WordStatus.LEARNING)
    Review.objects.create(
        learner=learner,
        lemma=lemma,
        rating=scheduled.rating,
        source=source,
        reviewed_at=now,
        duration_ms=duration_ms,
        due_after=scheduled.due,
    )
    return progress


def word_feed_from_answer(
    *, learner: AbstractBaseUser, lemma: str, verdict: str, article_id: int, now: datetime
) -> WordProgress:
    """A quiz answer on a word rates that word's card (the word's details are looked up in the
    article's vocabulary only when the card lacks them)."""
    return word_review(
        learner=learner,
        lemma=lemma,
        rating=rating_for_answer(verdict),
        source=Review.Source.QUIZ,
        now=now,
        info=lambda: word_info_from_vocabulary(article_id, lemma),
    )


def _inserted(progress: WordProgress) -> bool:
    """Insert a new word's row; False if another request inserted it a moment before."""
    try:
        with transaction.atomic():
            progress.save(force_insert=True)
    except IntegrityError:
        return False
    return True


def _info_fields(info: WordInfo) -> dict:
    return {
        "lemma_vocalized": info.lemma_vocalized,
        "gloss": info.gloss,
        "root": info.root,
        "pos": info.pos,
        "example": info.example,
    }


def _fill_info(progress: WordProgress, info: WordInfo) -> None:
    """Fill what the row does not know yet; never overwrite with blanks."""
    for field, value in _info_fields(info).items():
        if value and not getattr(progress, field):
            setattr(progress, field, value)


def word_progress_regloss(*, teacher: AbstractBaseUser, lemma: str, old: str, new: str) -> int:
    """A teacher corrected a word's meaning: the cards of their classes' learners that still
    show the meaning it replaced show the new one (a card with another meaning is left as it
    is). Returns the number of cards changed."""
    if not new or old == new:
        return 0
    return WordProgress.objects.filter(
        learner__memberships__classroom__teacher=teacher, lemma=lemma, gloss=old
    ).update(gloss=new[:500])


def _due(progress: WordProgress, now: datetime) -> bool:
    return progress.status == WordStatus.LEARNING and (progress.due is None or progress.due <= now)
