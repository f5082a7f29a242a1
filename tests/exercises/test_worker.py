"""A real Celery worker, with the Redis on 127.0.0.1:6379 as its broker, does an import job.

The app, the worker and this test share a SQLite file; the job is queued by one process and
done by the worker process, and its progress is read from the database.
"""

import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REDIS = "redis://127.0.0.1:6379/0"
ENQUEUE = """
from django.contrib.auth.models import User
from exercises.services.jobs import job_article_import_start
user = User.objects.create_user("worker-test")
job = job_article_import_start(user=user, text={text!r}, private=False)
print(job.pk, job.status)
"""
TEXT = "قال الوزير إن الحكومة ستبني مدارس جديدة في كل المحافظات خلال العام المقبل."


def redis_is_up() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS, socket_connect_timeout=1).ping())
    except redis.exceptions.ConnectionError:
        return False


def manage(env: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120, **kwargs
    )  # fmt: skip


def job_row(database: Path, job_id: int) -> tuple[str, int, int | None]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT status, progress, article_id FROM exercises_job WHERE id = ?", (job_id,)
        ).fetchone()


def test_a_worker_does_the_job_queued_by_the_site(tmp_path):
    if not redis_is_up():
        pytest.fail("This test needs the Redis server on 127.0.0.1:6379 (see the README).")
    database = tmp_path / "site.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "CELERY_BROKER_URL": REDIS,
        "CELERY_QUEUE": f"test-{uuid.uuid4().hex}",  # this test's messages only
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    manage(env, "migrate", "-v0")
    queued = manage(env, "shell", "-v", "0", "-c", ENQUEUE.format(text=TEXT)).stdout.split()
    job_id, status_when_queued = int(queued[0]), queued[1]
    assert status_when_queued == "queued"  # with a broker, the site does not do the work itself

    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
         "-Q", env["CELERY_QUEUE"], "--without-gossip", "--without-mingle", "-l", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and job_row(database, job_id)[0] != "done":
            assert worker.poll() is None, worker.stdout.read()
            time.sleep(0.5)
        status, progress, article_id = job_row(database, job_id)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert (status, progress) == ("done", 100)
    with sqlite3.connect(database) as connection:
        words = connection.execute(
            "SELECT word_count FROM exercises_article WHERE id = ?", (article_id,)
        ).fetchone()[0]
    assert words == len(TEXT.rstrip(".").split())
