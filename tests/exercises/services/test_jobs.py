"""Jobs: progress and result recorded on the row; a failure says why and saves nothing."""

import pytest

from exercises.article_files import ArticleFileError
from exercises.generators.items import GenerationOptions
from exercises.models import Article, ExerciseSet, Job
from exercises.services import jobs
from exercises.services.jobs import (
    FAILED_MESSAGE,
    job_article_import_start,
    job_exercise_set_generate_start,
    job_run,
)

TEXT = "قال الوزير إن الحكومة ستبني مدارس جديدة في كل المحافظات خلال العام المقبل."


def test_an_import_job_records_its_article_and_forgets_the_text(teacher):
    job = job_article_import_start(user=teacher, text=TEXT, private=False)
    assert (job.status, job.progress) == (Job.Status.DONE, 100)
    assert job.article == Article.objects.get()
    assert job.payload["text"] == "" and job.finished is not None


def test_a_generation_job_records_its_set(teacher, seed_article):
    job = job_exercise_set_generate_start(
        user=teacher, article=seed_article, options=GenerationOptions(count=3, seed=4)
    )
    assert job.status == Job.Status.DONE
    assert job.exercise_set == ExerciseSet.objects.get()
    assert job.exercise_set.items.count() > 0


def test_refused_input_fails_the_job_with_the_reason(teacher, monkeypatch):
    def refuse(**kwargs):
        raise ArticleFileError("The text is too short.")

    monkeypatch.setattr(jobs, "article_import", refuse)
    job = job_article_import_start(user=teacher, text=TEXT, private=False)
    assert (job.status, job.error) == (Job.Status.FAILED, "The text is too short.")


def test_an_unexpected_error_fails_the_job_and_saves_no_half_article(teacher, monkeypatch):
    from exercises.services import articles

    def broken_vocabulary(article, vocabulary):
        raise RuntimeError("disk full")

    monkeypatch.setattr(articles, "_store_vocabulary", broken_vocabulary)
    job = job_article_import_start(user=teacher, text=TEXT, private=False)
    assert (job.status, job.error) == (Job.Status.FAILED, FAILED_MESSAGE)
    assert not Article.objects.exists()


def test_a_broker_that_cannot_be_reached_fails_the_job_at_once(teacher, monkeypatch):
    from exercises import tasks

    def unreachable(*args):
        raise ConnectionError("redis down")

    monkeypatch.setattr(tasks.run_job, "delay", unreachable)
    job = job_article_import_start(user=teacher, text=TEXT, private=False)
    assert job.status == Job.Status.FAILED
    assert "worker cannot be reached" in job.error


def test_a_finished_job_is_not_run_again(teacher):
    job = job_article_import_start(user=teacher, text=TEXT, private=False)
    Article.objects.all().delete()
    assert job_run(job_id=job.pk).status == Job.Status.DONE
    assert not Article.objects.exists()


@pytest.mark.parametrize("private", [True, False])
def test_the_job_keeps_who_may_read_the_article(learner, private):
    job = job_article_import_start(user=learner, text=TEXT, private=private)
    assert job.article.private_to == (learner if private else None)
