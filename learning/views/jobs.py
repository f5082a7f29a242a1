"""A job's progress page: a bar that updates until the work is done, then its result (an
export job's file is downloaded from here)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from exercises.models import Job
from learning.permissions import learner_required


@learner_required
def job_detail(request: HttpRequest, job_id: int) -> HttpResponse:
    job = _own_job(request, job_id)
    if job.status == Job.Status.DONE:
        return redirect(job_result_url(job))
    return render(request, "learning/job.html", {"job": job})


@learner_required
def job_status(request: HttpRequest, job_id: int) -> HttpResponse:
    """The progress bar alone, polled by the page; once done, htmx is sent to the result."""
    job = _own_job(request, job_id)
    if job.status == Job.Status.DONE:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = job_result_url(job)
        return response
    return render(request, "learning/_job_status.html", {"job": job})


@learner_required
def job_download(request: HttpRequest, job_id: int) -> HttpResponse:
    """An export job's file, once made (by its creator only); before, or for a job that makes
    no file, its progress page."""
    job = _own_job(request, job_id)
    if job.kind != Job.Kind.EXPORT or job.status != Job.Status.DONE:
        return redirect("learning:job", job.pk)
    response = HttpResponse(bytes(job.result), content_type=job.payload["content_type"])
    response["Content-Disposition"] = f'attachment; filename="{job.payload["filename"]}"'
    return response


def job_result_url(job: Job) -> str:
    if job.kind == Job.Kind.EXPORT:
        return reverse("learning:job_download", args=[job.pk])
    if job.kind == Job.Kind.GENERATE:
        return reverse("teach:set_review", args=[job.exercise_set_id])
    if job.payload.get("private"):
        return reverse("exercises:article_detail", args=[job.article_id])  # to read it
    return reverse("exercises:article_vocabulary", args=[job.article_id])  # to teach from it


def _own_job(request: HttpRequest, job_id: int) -> Job:
    return get_object_or_404(
        Job.objects.select_related("article"), pk=job_id, created_by=request.user
    )
