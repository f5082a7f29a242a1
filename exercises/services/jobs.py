"""Writes: work that may take long (analysing an article, generating a set, exporting a large
article's file) as a Job.

A job is stored first, then handed to Celery: to a worker when a broker is configured, run at
once in-process otherwise. The job row holds its progress and its result, so a page polls the
database whichever way it ran. A failed job keeps a message in the user's terms and leaves
nothing half-saved (each step it runs is a transaction).
"""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from exercises.article_files import ArticleFileError
from exercises.generators.items import GenerationOptions
from exercises.models import Article, ExerciseSet, Job
from exercises.services.articles import article_import
from exercises.services.export_files import FORMATS, export_bytes, export_filename
from exercises.services.sets import exercise_set_generate, options_from_json, options_to_json

logger = logging.getLogger(__name__)
# Stored in the site's language (the worker's), translated where a page shows them.
FAILED_MESSAGE = gettext_noop(
    "Something went wrong on our side; nothing was saved. Please try again later."
)
WORKER_UNREACHABLE = gettext_noop(
    "The background worker cannot be reached; please try again later."
)


def job_article_import_start(
    *, user: AbstractBaseUser, text: str, title: str = "", source: str = "", private: bool
) -> Job:
    """Queue the import of an article (its text already read and checked)."""
    payload = {"text": text, "title": title, "source": source, "private": private}
    return _start(Job.objects.create(kind=Job.Kind.IMPORT, created_by=user, payload=payload))


def job_exercise_set_generate_start(
    *, user: AbstractBaseUser, article: Article, options: GenerationOptions
) -> Job:
    """Queue the generation of an exercise set for an article."""
    job = Job.objects.create(
        kind=Job.Kind.GENERATE,
        created_by=user,
        article=article,
        payload={"options": options_to_json(options)},
    )
    return _start(job)


def job_export_start(
    *,
    user: AbstractBaseUser,
    article: Article,
    fmt: str,
    exercise_set: ExerciseSet | None = None,
    pdf_options: dict[str, Any] | None = None,
) -> Job:
    """Queue the making of an export file (``export_files.FORMATS``); the job keeps the file."""
    job = Job.objects.create(
        kind=Job.Kind.EXPORT,
        created_by=user,
        article=article,
        exercise_set=exercise_set,
        payload={"format": fmt, "pdf_options": pdf_options},
    )
    return _start(job)


def job_run(*, job_id: int) -> Job:
    """Do the job's work, recording progress, result or failure. Called by the Celery task."""
    job = (
        Job.objects.select_related("article", "created_by", "exercise_set")
        .defer("article__analysis")  # read only if the decoded analysis is not at hand
        .get(pk=job_id)
    )
    if job.is_finished:
        return job  # a redelivered message must not do the work twice
    _progress(job, Job.Status.RUNNING, 10, "started")
    try:
        if job.kind == Job.Kind.IMPORT:
            _import(job)
        elif job.kind == Job.Kind.EXPORT:
            _export(job)
        else:
            _generate(job)
    except ArticleFileError as error:
        _fail(job, str(error))
    except Exception:
        logger.exception("Job %s (%s) failed", job.pk, job.kind)
        _fail(job, FAILED_MESSAGE)
    return job


def _start(job: Job) -> Job:
    from exercises.tasks import run_job  # the task module imports this one

    try:
        run_job.delay(job.pk)
    except Exception:  # the broker is down: say so rather than leave the job waiting forever
        logger.exception("Could not queue job %s", job.pk)
        _fail(job, WORKER_UNREACHABLE)
    job.refresh_from_db()
    return job


def _import(job: Job) -> None:
    data = job.payload
    _progress(job, Job.Status.RUNNING, 20, "analysing")
    article, created = article_import(
        text=data["text"],
        title=data.get("title", ""),
        source=data.get("source", ""),
        user=job.created_by,
        private=data.get("private", False),
    )
    job.article = article
    job.payload = {**data, "text": "", "created": created}  # the text now lives on the article
    _finish(job)


def _generate(job: Job) -> None:
    _progress(job, Job.Status.RUNNING, 30, "generating")
    options = options_from_json(job.payload["options"])
    job.exercise_set = exercise_set_generate(
        article=job.article, options=options, user=job.created_by
    )
    _finish(job)


def _export(job: Job) -> None:
    _progress(job, Job.Status.RUNNING, 30, "exporting")
    fmt = job.payload["format"]
    job.result = export_bytes(
        job.article,
        fmt,
        exercise_set=job.exercise_set,
        pdf_options=job.payload.get("pdf_options"),
    )
    job.payload = {
        **job.payload,
        "filename": export_filename(job.article, fmt),
        "content_type": FORMATS[fmt][0],
    }
    _finish(job)


def _progress(job: Job, status: str, percent: int, stage: str) -> None:
    job.status, job.progress, job.stage = status, percent, stage
    job.save(update_fields=["status", "progress", "stage"])


def _finish(job: Job) -> None:
    job.status, job.progress, job.stage, job.finished = Job.Status.DONE, 100, "", timezone.now()
    job.save()


def _fail(job: Job, message: str) -> None:
    with transaction.atomic():
        job.status, job.error, job.stage, job.finished = (
            Job.Status.FAILED,
            message,
            "",
            timezone.now(),
        )
        job.payload = {**job.payload, "text": ""}
        job.save()
