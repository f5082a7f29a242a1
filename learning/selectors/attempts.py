"""Reads about a learner's attempts: what to ask next, what was answered, the score."""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group
from django.db import connection, router
from django.db.models import Model
from django.http import Http404

from exercises.models import Article, ExerciseSet, ItemVersion
from exercises.selectors.meanings import article_hint_glosses, corrected_hint
from learning.models import Answer, Assignment, Attempt, Classroom
from learning.permissions import TEACHERS_GROUP
from learning.quiz_items import QuizItem, quiz_item


@dataclass(frozen=True, slots=True)
class Score:
    points: float
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.points / self.total) if self.total else 0


def attempt_of_learner(
    user: AbstractBaseUser, attempt_id: int, *, answer_at: int | None = None
) -> Attempt:
    """The attempt if it is this learner's own; 404 otherwise. With ``answer_at``, the attempt
    carries ``answer_id``: its answer at that position (0-based), or None, found in the same
    query (a question not yet answered costs no query of its own).

    The attempt comes with its assignment, holding the set (its title and article) and the
    class (its name): what the quiz pages show. Their other fields are read if asked for. It
    also carries ``learner_in_teachers``: whether its learner is in the teachers' group, which
    the pages' navigation asks (``permissions.request_is_teacher``).
    """
    rows = Attempt.objects.raw(_attempt_sql(), [answer_at, TEACHERS_GROUP, attempt_id, user.pk])
    attempt = next(iter(rows), None)
    if attempt is None:
        raise Http404
    exercise_set = _partial(
        ExerciseSet,
        id=attempt.exercise_set_id,
        title=attempt.set_title,
        article_id=attempt.article_id,
    )
    classroom = _partial(Classroom, id=attempt.classroom_id, name=attempt.classroom_name)
    assignment = _partial(
        Assignment,
        id=attempt.assignment_id,
        classroom_id=attempt.classroom_id,
        exercise_set_id=attempt.exercise_set_id,
    )
    assignment.exercise_set, assignment.classroom = exercise_set, classroom
    attempt.assignment = assignment
    attempt.learner = user  # it is theirs: no need to read the user again
    return attempt


@functools.cache
def _attempt_sql() -> str:
    # Written out rather than built by the ORM: this runs on every quiz request, and composing
    # the same select_related query with its subquery cost about 1 ms of processor time a
    # request, four times what the database takes to answer it.
    name = connection.ops.quote_name
    table = {model: name(model._meta.db_table) for model in (Answer, Attempt, Assignment)}
    sets, classes = name(ExerciseSet._meta.db_table), name(Classroom._meta.db_table)
    membership = get_user_model().groups.through
    user_column = name(membership._meta.get_field("user").column)
    group_column = name(membership._meta.get_field("group").column)
    return (
        "SELECT t.id, t.assignment_id, t.learner_id, t.number, t.item_versions, t.retry_of_id,"
        " t.started, t.finished, s.classroom_id AS classroom_id,"
        " s.exercise_set_id AS exercise_set_id, e.title AS set_title,"
        " e.article_id AS article_id, c.name AS classroom_name,"
        f" (SELECT n.id FROM {table[Answer]} n WHERE n.attempt_id = t.id AND n.position = %s"
        " ORDER BY n.id LIMIT 1) AS answer_id,"
        f" EXISTS (SELECT 1 FROM {name(membership._meta.db_table)} m"
        f" JOIN {name(Group._meta.db_table)} g ON g.id = m.{group_column}"
        f" WHERE m.{user_column} = t.learner_id AND g.name = %s) AS learner_in_teachers"
        f" FROM {table[Attempt]} t"
        f" JOIN {table[Assignment]} s ON s.id = t.assignment_id"
        f" JOIN {sets} e ON e.id = s.exercise_set_id"
        f" JOIN {classes} c ON c.id = s.classroom_id"
        " WHERE t.id = %s AND t.learner_id = %s"
    )


def _partial(model: type[Model], **values: object) -> Model:
    """An instance of ``model`` with these fields read; the others load when first asked for."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(router.db_for_read(model), names, [values[n] for n in names])


def attempt_answers(attempt: Attempt) -> dict[int, Answer]:
    """Stored answers by position."""
    return {answer.position: answer for answer in attempt.answers.all()}


def attempt_next_position(attempt: Attempt, answered: dict[int, Answer]) -> int | None:
    for position in range(len(attempt.item_versions)):
        if position not in answered:
            return position
    return None


def attempt_item(attempt: Attempt, position: int) -> QuizItem:
    """The item at ``position``, its hint as generated (see ``hint_corrected``)."""
    return attempt_items(attempt, [attempt.item_versions[position]])[0]


def hint_corrected(attempt: Attempt, item: QuizItem) -> QuizItem:
    """The item with its cloze hint following the teacher's corrected gloss (one query, for a
    hinted cloze only): what the question's form shows."""
    if item.kind != "cloze" or not item.hint or not item.lemma:
        return item
    glosses = article_hint_glosses(attempt.assignment.exercise_set.article_id)
    hint = corrected_hint(item.hint, item.kind, item.lemma, glosses)
    return item if hint == item.hint else replace(item, hint=hint)


def attempt_items(attempt: Attempt, version_ids: list[int] | None = None) -> list[QuizItem]:
    """The attempt's items (or those of ``version_ids``), in order. A version never changes
    once frozen, so each process keeps the items it has read (_ITEMS_KEPT of them)."""
    wanted = attempt.item_versions if version_ids is None else version_ids
    with _items_lock:
        found = {pk: _items[pk] for pk in wanted if pk in _items}
    missing = [pk for pk in wanted if pk not in found]
    if missing:
        versions = ItemVersion.objects.only("id", "content").in_bulk(missing)
        read = {pk: quiz_item(pk, versions[pk].content) for pk in missing}
        found.update(read)
        with _items_lock:
            _items.update(read)
            while len(_items) > _ITEMS_KEPT:
                _items.popitem(last=False)
    return [found[pk] for pk in wanted]


_ITEMS_KEPT = 4096
_items: OrderedDict[int, QuizItem] = OrderedDict()
_items_lock = threading.Lock()


def attempt_score(attempt: Attempt, answered: dict[int, Answer]) -> Score:
    return Score(
        points=sum(answer.score for answer in answered.values()), total=len(attempt.item_versions)
    )


def support_sentences(attempt: Attempt, item: QuizItem, text: str | None = None) -> list[str]:
    """The article sentences that hold the evidence for an item (``text``: the article's text,
    when the caller has it already)."""
    if not item.support:
        return []
    if text is None:
        text = attempt_article_text(attempt)
    return [text[start:end] for start, end in item.support if 0 <= start < end <= len(text)]


def attempt_article_text(attempt: Attempt) -> str:
    return (
        Article.objects.filter(pk=attempt.assignment.exercise_set.article_id)
        .values_list("text", flat=True)
        .first()
        or ""
    )
