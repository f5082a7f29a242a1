"""Attempts and answers. Every answer is stored as it is given, once.

An attempt fixes, when it starts, the item versions it asks (the set's approved items, in order).
Submitting an answer twice — a double click, a retried request after a lost connection — stores
it once: the (attempt, item version) pair is unique and the service returns the stored answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from exercises.models import Item, ItemVersion
from exercises.services.sets import item_version_current
from learning.models import Answer, Assignment, Attempt
from learning.quiz_items import quiz_item
from learning.services.progress import word_feed_from_answer

MAX_TIME_MS = 60 * 60 * 1000


@dataclass(frozen=True, slots=True)
class Submitted:
    answer: Answer
    created: bool


def attempt_start(*, assignment: Assignment, learner: AbstractBaseUser) -> Attempt:
    """Resume the learner's open attempt on the assignment, or start a new one."""
    open_attempt = _open_attempt(assignment, learner)
    if open_attempt is not None:
        return open_attempt
    items = assignment.exercise_set.items.filter(status=Item.Status.APPROVED).order_by(
        "position", "id"
    )
    version_ids = [item_version_current(item=item).pk for item in items]
    return _attempt_create(assignment, learner, version_ids)


def attempt_retry_missed(*, attempt: Attempt) -> Attempt | None:
    """A new attempt that asks again only the items missed in a finished ``attempt`` (the same
    versions, in the same order); None when nothing was missed or the attempt is not finished.

    An open attempt on the assignment is resumed instead, as in :func:`attempt_start`.
    """
    if attempt.finished is None:
        return None
    missed = set(attempt.answers.filter(correct=False).values_list("item_version_id", flat=True))
    version_ids = [pk for pk in attempt.item_versions if pk in missed]
    if not version_ids:
        return None
    open_attempt = _open_attempt(attempt.assignment, attempt.learner)
    if open_attempt is not None:
        return open_attempt
    return _attempt_create(attempt.assignment, attempt.learner, version_ids, retry_of=attempt)


def answer_submit(*, attempt: Attempt, position: int, given, time_taken_ms: int = 0) -> Submitted:
    """Judge and store the answer to the item at ``position``; a repeat returns the first one."""
    version_id = attempt.item_versions[position]
    stored = Answer.objects.filter(attempt=attempt, item_version_id=version_id).first()
    if stored is not None:
        return Submitted(stored, False)
    version = ItemVersion.objects.get(pk=version_id)
    item = quiz_item(version.pk, version.content)
    judgement = item.judge(given)
    now = timezone.now()
    try:
        with transaction.atomic():
            # One answer of an attempt at a time: the last two arriving together must see each
            # other, or neither would mark the attempt finished.
            Attempt.objects.select_for_update().filter(pk=attempt.pk).first()
            answer = Answer.objects.create(
                attempt=attempt,
                learner_id=attempt.learner_id,
                item_version=version,
                position=position,
                item_type=item.type,
                given=given,
                verdict=judgement.verdict,
                correct=judgement.correct,
                score=judgement.score,
                time_taken_ms=max(0, min(int(time_taken_ms), MAX_TIME_MS)),
            )
            if item.lemma:
                word_feed_from_answer(
                    learner=attempt.learner,
                    lemma=item.lemma,
                    verdict=judgement.verdict,
                    article_id=attempt.assignment.exercise_set.article_id,
                    now=now,
                )
            if attempt.answers.count() >= len(attempt.item_versions):
                Attempt.objects.filter(pk=attempt.pk, finished__isnull=True).update(finished=now)
                attempt.finished = now
    except IntegrityError:
        return Submitted(Answer.objects.get(attempt=attempt, item_version_id=version_id), False)
    return Submitted(answer, True)


def _attempt_create(
    assignment: Assignment,
    learner: AbstractBaseUser,
    version_ids: list[int],
    retry_of: Attempt | None = None,
) -> Attempt:
    number = (
        Attempt.objects.filter(assignment=assignment, learner=learner).aggregate(n=Max("number"))[
            "n"
        ]
        or 0
    ) + 1
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                assignment=assignment,
                learner=learner,
                number=number,
                item_versions=version_ids,
                retry_of=retry_of,
            )
    except IntegrityError:  # started at the same moment in another tab
        attempt = _open_attempt(assignment, learner)
        if attempt is None:
            raise
        return attempt


def _open_attempt(assignment: Assignment, learner: AbstractBaseUser) -> Attempt | None:
    return Attempt.objects.filter(
        assignment=assignment, learner=learner, finished__isnull=True
    ).first()
