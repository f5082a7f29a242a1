"""Celery tasks: thin wrappers that hand a job's id to its service."""

from celery import shared_task

from exercises.services.jobs import job_run


@shared_task(acks_late=True)
def run_job(job_id: int) -> None:
    job_run(job_id=job_id)
