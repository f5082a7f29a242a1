"""Attempts and answers. Every answer is stored as it is given, once.

An attempt fixes, when it starts, the item versions it asks (the set's approved items, in order).
Submitting an answer twice — a double click, a retried request after a lost connection — stores
it once: the (attempt, item version) pair is unique and the service returns the stored answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Max, OuterRef, Q, Subquery
from django.utils import timezone

from exercises.models import Item, ItemVersion
from exercises.services.sets import item_content
from learning.models import Answer, Assignment, Attempt
from learning.quiz_items import QuizItem, quiz_item
from learning.services.hot_queries import answers_counted, attempt_locked
from learning.services.progress import word_feed_from_answer

MAX_TIME_MS = 60 * 60 * 1000


@dataclass(frozen=True, slots=True)
class Submitted:
    answer: Answer
    created: bool


def attempt_start(*, assignment: Assignment, learner: AbstractBaseUser) -> Attempt:
    """Resume the learner's open attempt on the assignment, or start a new one.

    A constant number of queries whatever the set's size: the items come with the id of their
    current frozen version; the versions not frozen yet (an item edited since approval) are
    made in one insert. ``assignment`` may carry ``open_attempt_id`` and ``last_number``
    (selectors.classes.assignment_to_start), which saves asking for them.
    """
    if hasattr(assignment, "open_attempt_id"):
        open_id, number = assignment.open_attempt_id, assignment.last_number or 0
    else:
        open_id, number = _attempt_figures(assignment, learner)
    if open_id is not None:
        return Attempt.objects.get(pk=open_id)
    version_ids = _current_version_ids(assignment.exercise_set_id)
    return _attempt_create(assignment, learner, version_ids, number=number + 1)


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


def _attempt_figures(assignment: Assignment, learner: AbstractBaseUser) -> tuple[int | None, int]:
    figures = Attempt.objects.filter(assignment=assignment, learner=learner).aggregate(
        open=Max("id", filter=Q(finished__isnull=True)), number=Max("number")
    )
    return figures["open"], figures["number"] or 0


def _current_version_ids(set_id: int) -> list[int]:
    """The frozen version of each approved item of the set, in order (made if missing)."""
    current = ItemVersion.objects.filter(item=OuterRef("pk"), version=OuterRef("version"))
    items = list(
        Item.objects.filter(exercise_set_id=set_id, status=Item.Status.APPROVED)
        .annotate(current_id=Subquery(current.values("id")[:1]))
        .order_by("position", "id")
    )
    missing = [item for item in items if item.current_id is None]
    if missing:
        # Another learner may freeze the same versions at the same moment: the content of an
        # item's version never changes, so writing it again over theirs is harmless.
        made = ItemVersion.objects.bulk_create(
            [
                ItemVersion(item=item, version=item.version, content=item_content(item))
                for item in missing
            ],
            update_conflicts=True,
            unique_fields=["item", "version"],
            update_fields=["content"],
        )
        for item, version in zip(missing, made, strict=True):
            item.current_id = version.pk
    return [item.current_id for item in items]


def answer_submit(
    *,
    attempt: Attempt,
    position: int,
    given,
    time_taken_ms: int = 0,
    item: QuizItem | None = None,
) -> Submitted:
    """Judge and store the answer to the item at ``position``; a repeat returns the first one.

    Args:
        item: the attempt's item at ``position``, when the caller has read it and found no
            answer stored yet (the quiz page does): neither is read again.
    """
    version_id = attempt.item_versions[position]
    if item is None:
        stored = Answer.objects.filter(attempt=attempt, item_version_id=version_id).first()
        if stored is not None:
            return Submitted(stored, False)
        version = ItemVersion.objects.only("id", "content").get(pk=version_id)
        item = quiz_item(version.pk, version.content)
    judgement = item.judge(given)
    now = timezone.now()
    try:
        with transaction.atomic():
            # One answer of an attempt at a time: the last two arriving together must see each
            # other, or neither would mark the attempt finished.
            attempt_locked(attempt.pk)
            answer = Answer.objects.create(
                attempt=attempt,
                learner_id=attempt.learner_id,
                item_version_id=version_id,
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
            if answers_counted(attempt.pk) >= len(attempt.item_versions):
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
    number: int | None = None,
) -> Attempt:
    if number is None:
        number = _attempt_figures(assignment, learner)[1] + 1
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
