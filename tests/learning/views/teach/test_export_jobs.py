"""A large article's export file is made by a job: the teacher follows its progress and then
downloads the same file the page would have made at once."""

import pytest
from django.urls import reverse

from exercises.models import Job
from exercises.services import export_files
from exercises.services.export_files import export_bytes
from exercises.services.sets import exercise_set_approve
from tests.users import make_user


@pytest.fixture
def large_threshold(monkeypatch, seed_article):
    """The seed article counts as large."""
    monkeypatch.setattr(export_files, "LARGE_EXPORT_WORDS", seed_article.word_count - 1)


def test_a_small_article_is_exported_at_once(client, teacher, seed_article):
    client.force_login(teacher)
    response = client.get(reverse("teach:export_download", args=[seed_article.pk, "gift"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.gift.txt"')
    assert not Job.objects.exists()


@pytest.mark.parametrize("fmt", ["moodle", "apkg"])
def test_a_large_article_is_exported_by_a_job_then_downloaded(
    client, teacher, seed_set, large_threshold, fmt
):
    exercise_set_approve(exercise_set=seed_set)
    client.force_login(teacher)
    response = client.get(reverse("teach:export_download", args=[seed_set.article_id, fmt]))
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("learning:job", args=[job.pk])
    assert (job.kind, job.status, job.exercise_set) == (Job.Kind.EXPORT, Job.Status.DONE, seed_set)
    page = client.get(reverse("learning:job", args=[job.pk]))  # done: sent to the file
    assert page["Location"] == reverse("learning:job_download", args=[job.pk])
    download = client.get(page["Location"])
    assert download["Content-Disposition"].startswith('attachment; filename="article-')
    if fmt == "moodle":  # the same file as made at once, with the set's questions
        expected = export_bytes(seed_set.article, fmt, exercise_set=seed_set)
        assert download.content == expected
        assert download.content.decode().count("<question type=") > 3
    else:
        assert download.content[:2] == b"PK"  # an .apkg is a zip


def test_a_large_worksheet_job_keeps_the_form_choices(
    client, teacher, seed_article, large_threshold
):
    client.force_login(teacher)
    url = reverse("teach:export_download", args=[seed_article.pk, "pdf"])
    client.get(url, {"page_size": "Letter", "vocabulary_level": "B1", "article": "on"})
    job = Job.objects.get()
    assert job.payload["pdf_options"]["page_size"] == "Letter"
    assert job.payload["pdf_options"]["vocabulary_level"] == "B1"
    assert job.payload["pdf_options"]["cloze"] is False
    download = client.get(reverse("learning:job_download", args=[job.pk]))
    assert download.content.startswith(b"%PDF")


def test_a_job_file_is_only_for_its_creator(client, teacher, seed_article, large_threshold):
    client.force_login(teacher)
    client.get(reverse("teach:export_download", args=[seed_article.pk, "gift"]))
    job = Job.objects.get()
    client.force_login(make_user("other", teacher=True))
    assert client.get(reverse("learning:job_download", args=[job.pk])).status_code == 404


def test_a_failed_export_job_has_no_file(
    client, teacher, seed_article, large_threshold, monkeypatch
):
    from exercises.services import jobs

    def broken(*args, **kwargs):
        raise RuntimeError("out of paper")

    monkeypatch.setattr(jobs, "export_bytes", broken)
    client.force_login(teacher)
    client.get(reverse("teach:export_download", args=[seed_article.pk, "moodle"]))
    job = Job.objects.get()
    assert job.status == Job.Status.FAILED and job.result is None
    download = client.get(reverse("learning:job_download", args=[job.pk]))
    assert download["Location"] == reverse("learning:job", args=[job.pk])  # it says why
    assert "Something went wrong" in client.get(download["Location"]).content.decode()


def test_the_progress_page_names_the_export(client, teacher, seed_article):
    job = Job.objects.create(kind=Job.Kind.EXPORT, created_by=teacher, article=seed_article)
    client.force_login(teacher)
    page = client.get(reverse("learning:job", args=[job.pk])).content.decode()
    assert "Making the export file" in page and "Generating exercises" not in page
