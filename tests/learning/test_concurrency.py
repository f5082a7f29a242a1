"""Two requests at once: each race under "Why" in issue #14, reproduced with two threads (two
database connections). They need PostgreSQL's row locks and run in CI's PostgreSQL stage; the
same rules are checked one request after the other in the tests beside each service."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

import pytest
from django.db import connection, connections

from exercises.models import Article, Item, ItemVersion
from exercises.services.articles import article_import
from exercises.services.sets import ItemEditError, item_update
from learning.models import Answer, Attempt, Review, StatusChange, WordProgress
from learning.services.attempts import answer_submit, attempt_start
from learning.services.progress import WordInfo, word_review, word_status_set

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="two connections with row locks: PostgreSQL only"
)
TEXT = "قال الوزير إن الحكومة ستبني مدارس جديدة في كل المحافظات خلال العام المقبل."


def at_once(*calls: Callable[[], object]) -> list[object]:
    """Run the calls in threads released together; their results or exceptions, in order."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:  # noqa: BLE001 (the test looks at it)
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)
def test_the_same_article_imported_twice_at_once_is_one_article():
    results = at_once(lambda: article_import(text=TEXT), lambda: article_import(text=TEXT))
    assert not [r for r in results if isinstance(r, Exception)], results
    assert Article.objects.count() == 1
    assert sorted(created for _article, created in results) == [False, True]


@pytest.mark.django_db(transaction=True)
def test_the_last_two_answers_at_once_finish_the_attempt(assignment, learner, monkeypatch):
    from learning.services import attempts

    attempt = attempt_start(assignment=assignment, learner=learner)
    positions = range(len(attempt.item_versions))
    for position in positions[:-2]:
        answer_submit(attempt=attempt, position=position, given="x")
    # Both answers are inside their transactions at the same moment, each stored but not yet
    # counted: unless one waits for the other, neither counts both.
    inside = threading.Barrier(2)
    feed = attempts.word_feed_from_answer

    def meet_then_feed(**kwargs):
        # A broken barrier: the other answer waits for this one's row lock (the fix at work).
        with contextlib.suppress(threading.BrokenBarrierError):
            inside.wait(timeout=3)
        return feed(**kwargs)

    monkeypatch.setattr(attempts, "word_feed_from_answer", meet_then_feed)
    last_two = [
        lambda p=p: answer_submit(attempt=attempt, position=p, given="x") for p in positions[-2:]
    ]
    results = at_once(*last_two)
    assert not [r for r in results if isinstance(r, Exception)], results
    assert Answer.objects.filter(attempt=attempt).count() == len(attempt.item_versions)
    assert Attempt.objects.get(pk=attempt.pk).finished is not None


@pytest.mark.django_db(transaction=True)
def test_a_double_clicked_rating_is_stored_once(learner):
    word_status_set(learner=learner, lemma="زيارة", status="learning", info=WordInfo())
    rate = lambda: word_review(learner=learner, lemma="زيارة", rating=3, only_if_due=True)  # noqa: E731
    at_once(rate, rate)
    assert Review.objects.count() == 1
    assert WordProgress.objects.get().due is not None


@pytest.mark.django_db(transaction=True)
def test_a_new_word_rated_twice_at_once_has_one_card_and_both_ratings(learner):
    # Both requests find no row for the word and look up its details at the same moment: both
    # insert, one insert fails, and that request rates the other's row under its lock.
    both_looking = threading.Barrier(2)

    def details() -> WordInfo:
        with contextlib.suppress(threading.BrokenBarrierError):
            both_looking.wait(timeout=3)
        return WordInfo(lemma_vocalized="زِيارَة", gloss="visit")

    rate = lambda: word_review(learner=learner, lemma="زيارة", rating=3, info=details)  # noqa: E731
    results = at_once(rate, rate)
    assert not [r for r in results if isinstance(r, Exception)], results
    card = WordProgress.objects.get()
    assert (card.status, card.gloss) == ("learning", "visit")
    assert Review.objects.count() == 2
    assert StatusChange.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_edits_at_once_keep_both_in_the_history_or_refuse_one(seed_set):
    item = seed_set.items.filter(type="multiple_choice").first()
    seen = item.version

    def edit(prompt: str) -> object:
        fresh = Item.objects.get(pk=item.pk)
        return item_update(
            item=fresh, prompt=prompt, options=list(fresh.options), answer=fresh.answer,
            expected_version=seen,
        )  # fmt: skip

    results = at_once(lambda: edit("نص أول ＿＿＿＿"), lambda: edit("نص ثان ＿＿＿＿"))
    refused = [r for r in results if isinstance(r, ItemEditError)]
    assert len(refused) == 1, results
    item.refresh_from_db()
    assert item.version == seen + 1
    assert ItemVersion.objects.filter(item=item, version=seen).exists()
