"""A class of realistic size for tests that visit every page (query counts, the CSP): the
``school`` fixture (tests/learning/conftest.py) builds it; PAGES lists the learner's and the
teacher's pages with their arguments, named by the fixture's keys."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from exercises.generators.items import GenerationOptions
from exercises.models import Item, Job
from exercises.selectors.articles import article_analysis
from exercises.services.sets import exercise_set_approve, exercise_set_generate
from learning.models import (
    Answer,
    Assignment,
    Attempt,
    Classroom,
    Membership,
    Review,
    StatusChange,
    WordProgress,
    WordStatus,
)
from learning.services.attempts import attempt_start
from tests.users import make_user

LEARNERS = 6


def build_school(seed_article, teacher) -> dict:
    """A class of LEARNERS learners on an assigned generated set; each learner finished one
    attempt (every item answered, half right) and has word progress and reviews."""
    exercise_set = exercise_set_generate(
        article=seed_article, options=GenerationOptions(seed=5), user=teacher
    )
    exercise_set_approve(exercise_set=exercise_set, user=teacher)
    assert exercise_set.items.filter(status=Item.Status.APPROVED).count() >= 30
    classroom = Classroom.objects.create(teacher=teacher, name="Arabic 2", join_code="QRY234")
    assignment = Assignment.objects.create(
        classroom=classroom, exercise_set=exercise_set, assigned_by=teacher
    )
    learners = [make_user(f"pupil{number}") for number in range(LEARNERS)]
    now = timezone.now()
    lemmas = list(
        exercise_set.items.exclude(lemma="")
        .order_by("lemma")
        .values_list("lemma", flat=True)
        .distinct()[:20]
    )
    for number, learner in enumerate(learners):
        Membership.objects.create(classroom=classroom, learner=learner)
        attempt = attempt_start(assignment=assignment, learner=learner)
        Answer.objects.bulk_create(
            Answer(
                attempt=attempt,
                learner=learner,
                item_version_id=version_id,
                position=position,
                item_type="multiple_choice",
                given="x",
                verdict="correct" if (position + number) % 2 else "wrong",
                correct=bool((position + number) % 2),
                score=float((position + number) % 2),
            )
            for position, version_id in enumerate(attempt.item_versions)
        )
        Attempt.objects.filter(pk=attempt.pk).update(finished=now)
        WordProgress.objects.bulk_create(
            WordProgress(
                learner=learner,
                lemma=lemma,
                status=WordStatus.LEARNING if index % 2 else WordStatus.KNOWN,
                due=now + timedelta(days=index % 9 - 2),
            )
            for index, lemma in enumerate(lemmas)
        )
        StatusChange.objects.bulk_create(
            StatusChange(learner=learner, lemma=lemma, status=WordStatus.KNOWN) for lemma in lemmas
        )
        Review.objects.bulk_create(
            Review(
                learner=learner,
                lemma=lemma,
                rating=3,
                source=Review.Source.REVIEW,
                reviewed_at=now - timedelta(days=index % 5),
                due_after=now,
            )
            for index, lemma in enumerate(lemmas)
        )
    open_attempt = attempt_start(assignment=assignment, learner=learners[0])
    Answer.objects.create(
        attempt=open_attempt,
        learner=learners[0],
        item_version_id=open_attempt.item_versions[0],
        position=0,
        item_type="multiple_choice",
        given="x",
        verdict="wrong",
        correct=False,
        score=0.0,
    )
    job = Job.objects.create(
        kind=Job.Kind.IMPORT,
        created_by=learners[0],
        status=Job.Status.DONE,
        progress=100,
        article=seed_article,
    )
    word = next(
        item.token.index
        for item in article_analysis(seed_article).tokens
        if item.token.kind == "word" and item.analysis is not None
    )
    first_item = exercise_set.items.order_by("position").first()
    return {
        "article": seed_article.pk,
        "set": exercise_set.pk,
        "classroom": classroom.pk,
        "assignment": assignment.pk,
        "finished": Attempt.objects.get(learner=learners[0], finished__isnull=False).pk,
        "open": open_attempt.pk,
        "item": first_item.pk,
        "job": job.pk,
        "word": word,
        "learner": learners[0],
    }


LEARNER_PAGES = [
    ("learning:dashboard", ()),
    ("learning:attempt", ("open",)),
    ("learning:attempt_question", ("open", 1)),  # answered: its feedback
    ("learning:attempt_question", ("open", 2)),  # not yet answered
    ("learning:attempt_results", ("finished",)),
    ("learning:review", ()),
    ("learning:article_new", ()),
    ("learning:job", ("job",)),
    ("learning:job_status", ("job",)),
    ("learning:reader_words", ("article",)),
    ("learning:word_lookup", ("article", "word")),
    ("learning:my_anki_deck", ("article",)),
    ("exercises:article_list", ()),
    ("exercises:article_detail", ("article",)),
    ("exercises:article_vocabulary", ("article",)),
    ("learning:search", ()),
    ("learning:article_shares", ()),
    ("home", ()),
]
TEACHER_PAGES = [
    ("teach:home", ()),
    ("teach:article_new", ()),
    ("teach:set_generate", ("article",)),
    ("teach:set_review", ("set",)),
    ("teach:item_edit", ("item",)),
    ("teach:export", ("article",)),
    ("teach:export_download", ("article", "csv")),
    ("teach:class_list", ()),
    ("teach:class_detail", ("classroom",)),
    ("teach:class_dashboard", ("classroom",)),
    ("teach:class_results_csv", ("classroom",)),
    ("teach:assignment_items_csv", ("assignment",)),
    ("exercises:article_detail", ("article",)),
    ("home", ()),
]


PAGES = [("learner", name, args) for name, args in LEARNER_PAGES] + [
    ("teacher", name, args) for name, args in TEACHER_PAGES
]


def page_url(name: str, args: tuple, school: dict) -> str:
    return reverse(
        name, args=[school.get(arg, arg) if isinstance(arg, str) else arg for arg in args]
    )
