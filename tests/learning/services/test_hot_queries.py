"""The answer's statements composed once (learning/services/hot_queries.py) read what the ORM's
own queries read, and the word's row stays locked."""

from __future__ import annotations

import threading

import pytest
from django.db import DatabaseError, connection, connections, transaction

from learning.models import Answer, Attempt, WordProgress
from learning.services.attempts import answer_submit, attempt_start
from learning.services.hot_queries import answers_counted, word_progress_locked
from learning.services.progress import WordInfo, word_status_set
from tests.users import make_user


def test_the_word_row_read_is_the_orms(learner):
    other = make_user("other")
    word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo(gloss="visit"))
    word_status_set(learner=other, lemma="زيارة", status="known", info=WordInfo())
    with transaction.atomic():
        found = word_progress_locked(learner.pk, "زيارة")
        assert found is not None
        expected = WordProgress.objects.get(learner=learner, lemma="زيارة")
        fields = [f.attname for f in WordProgress._meta.concrete_fields]
        assert [getattr(found, f) for f in fields] == [getattr(expected, f) for f in fields]
        assert found.card and found.due is not None
        assert word_progress_locked(learner.pk, "كتاب") is None
        assert word_progress_locked(make_user("third").pk, "زيارة") is None


def test_the_answers_counted_are_the_attempts_own(assignment, learner, other_learner):
    from learning.models import Membership

    Membership.objects.create(classroom=assignment.classroom, learner=other_learner)
    mine = attempt_start(assignment=assignment, learner=learner)
    theirs = attempt_start(assignment=assignment, learner=other_learner)
    answer_submit(attempt=mine, position=0, given="x")
    answer_submit(attempt=mine, position=1, given="x")
    answer_submit(attempt=theirs, position=0, given="x")
    assert answers_counted(mine.pk) == 2 == Answer.objects.filter(attempt=mine).count()
    assert answers_counted(theirs.pk) == 1
    assert answers_counted(Attempt.objects.order_by("-pk").first().pk + 1) == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks: PostgreSQL only")
@pytest.mark.django_db(transaction=True)
def test_the_word_row_stays_locked_until_the_transaction_ends(learner):
    word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    refused: list[bool] = []

    def try_lock() -> None:
        try:
            with transaction.atomic():
                WordProgress.objects.select_for_update(nowait=True).get(learner=learner)
            refused.append(False)
        except DatabaseError:
            refused.append(True)
        finally:
            connections.close_all()

    with transaction.atomic():
        assert word_progress_locked(learner.pk, "زيارة") is not None
        other = threading.Thread(target=try_lock)
        other.start()
        other.join(timeout=30)
    after = threading.Thread(target=try_lock)
    after.start()
    after.join(timeout=30)
    assert refused == [True, False]
