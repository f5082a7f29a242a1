"""Reads about a learner's attempts: what to ask next, what was answered, the score."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.shortcuts import get_object_or_404

from exercises.models import Article, ItemVersion
from learning.models import Answer, Attempt
from learning.quiz_items import QuizItem, quiz_item


@dataclass(frozen=True, slots=True)
class Score:
    points: float
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.points / self.total) if self.total else 0


def attempt_of_learner(user: AbstractBaseUser, attempt_id: int) -> Attempt:
    """The attempt if it is this learner's own; 404 otherwise."""
    attempt = get_object_or_404(
        Attempt.objects.select_related("assignment__exercise_set", "assignment__classroom"),
        pk=attempt_id,
        learner=user,
    )
    attempt.learner = user  # it is theirs: no need to read the user again
    return attempt


def attempt_answers(attempt: Attempt) -> dict[int, Answer]:
    """Stored answers by position."""
    return {answer.position: answer for answer in attempt.answers.all()}


def attempt_next_position(attempt: Attempt, answered: dict[int, Answer]) -> int | None:
    for position in range(len(attempt.item_versions)):
        if position not in answered:
            return position
    return None


def attempt_item(attempt: Attempt, position: int) -> QuizItem:
    version = ItemVersion.objects.only("id", "content").get(pk=attempt.item_versions[position])
    return quiz_item(version.pk, version.content)


def attempt_items(attempt: Attempt) -> list[QuizItem]:
    versions = ItemVersion.objects.only("id", "content").in_bulk(attempt.item_versions)
    return [quiz_item(pk, versions[pk].content) for pk in attempt.item_versions]


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
