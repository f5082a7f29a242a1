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


def refused_while_and_after(lock, rows) -> list[bool]:
    """Whether another connection is refused the rows (NOWAIT) while ``lock()``'s transaction
    is open, then after it has ended."""
    refused: list[bool] = []

    def try_lock() -> None:
        try:
            with transaction.atomic():
                list(rows.select_for_update(nowait=True))
            refused.append(False)
        except DatabaseError:
            refused.append(True)
        finally:
            connections.close_all()

    def in_thread() -> None:
        thread = threading.Thread(target=try_lock)
        thread.start()
        thread.join(timeout=30)

    with transaction.atomic():
        lock()
        in_thread()
    in_thread()
    return refused


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks: PostgreSQL only"
)


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_the_word_row_stays_locked_until_the_transaction_ends(learner):
    word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    rows = WordProgress.objects.filter(learner=learner)
    assert refused_while_and_after(lambda: word_progress_locked(learner.pk, "زيارة"), rows) == [
        True,
        False,
    ]


def test_a_vocabulary_row_is_the_orms_with_its_example_cut_from_the_text(seed_article):
    from django.db.models import F
    from django.db.models.functions import Substr

    from exercises.models import VocabularyWord
    from learning.services.hot_queries import vocabulary_row

    words = VocabularyWord.objects.filter(article=seed_article)
    checked = 0
    for lemma in words.order_by("id").values_list("lemma", flat=True)[:40]:
        expected = (
            words.filter(lemma=lemma)
            .annotate(
                example=Substr(
                    "article__text", F("example_start") + 1, F("example_end") - F("example_start")
                )
            )
            .order_by("is_name", "id")
            .values("lemma_vocalized", "gloss", "root", "pos", "example")
            .first()
        )
        assert vocabulary_row(seed_article.pk, lemma) == expected
        checked += bool(expected["example"])
    assert checked > 20, "examples were cut out"
    assert vocabulary_row(seed_article.pk, "لا-كلمة") is None
    assert vocabulary_row(seed_article.pk + 1000, words.first().lemma) is None


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_the_attempt_row_stays_locked_until_the_transaction_ends(assignment, learner):
    from learning.services.hot_queries import attempt_locked

    attempt = attempt_start(assignment=assignment, learner=learner)
    rows = Attempt.objects.filter(pk=attempt.pk)
    assert refused_while_and_after(lambda: attempt_locked(attempt.pk), rows) == [True, False]
