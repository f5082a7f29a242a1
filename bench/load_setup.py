"""The load benchmark's world and servers (bench/load_quiz.py): learners in a class with an
assigned set, logged in by sessions written to the database, and gunicorn processes to drive.

Everything runs against the DATABASE_URL given; the servers share SECRET_KEY with this process,
so the sessions made here are good on them.
"""

from __future__ import annotations

import os
import resource
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ad039091c34c510c.txt"


@dataclass(frozen=True)
class World:
    assignment_id: int
    learner_ids: list[int]
    sessions: list[str]  # session keys, one per learner
    answers: list[dict[str, str]]  # the form of a right answer, by position


def django_setup(database_url: str, secret_key: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ["SECRET_KEY"] = secret_key
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build_world(learners: int, tag: str) -> World:
    """The tables, the seed article and its approved set (every kind, generated once per
    database), a class of ``learners`` new learners with the set assigned, their sessions."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from exercises.generators.items import GenerationOptions
    from exercises.models import ExerciseSet, ItemVersion
    from exercises.services.articles import article_import
    from exercises.services.sets import exercise_set_approve, exercise_set_generate
    from learning.models import Assignment, Classroom, Membership
    from learning.services.attempts import _current_version_ids

    call_command("migrate", interactive=False, verbosity=0)
    article, _ = article_import(text=SEED.read_text(encoding="utf-8"), title="load benchmark")
    teacher, _ = User.objects.get_or_create(username="load-teacher")
    exercise_set = ExerciseSet.objects.filter(
        article=article, created_by=teacher, status=ExerciseSet.Status.APPROVED
    ).first()
    if exercise_set is None:
        options = GenerationOptions(seed=1, cloze_typed=True)
        exercise_set = exercise_set_generate(article=article, options=options, user=teacher)
        exercise_set_approve(exercise_set=exercise_set, user=teacher)
    classroom = Classroom.objects.create(teacher=teacher, name=f"load {tag}", join_code=tag[:12])
    assignment = Assignment.objects.create(
        classroom=classroom, exercise_set=exercise_set, assigned_by=teacher
    )
    password = make_password(secrets.token_hex(8))  # hashed once: nobody logs in with it
    users = User.objects.bulk_create(
        User(username=f"load-{tag}-{number}", password=password) for number in range(learners)
    )
    users = list(User.objects.filter(username__startswith=f"load-{tag}-").order_by("id"))
    Membership.objects.bulk_create(Membership(classroom=classroom, learner=u) for u in users)
    sessions = []
    for user in users:
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        sessions.append(store.session_key)
    order = _current_version_ids(exercise_set.pk)  # what every attempt asks, in order
    versions = ItemVersion.objects.in_bulk(order)
    answers = [right_answer(versions[pk].content) for pk in order]
    return World(assignment.pk, [u.pk for u in users], sessions, answers)


def right_answer(content: dict) -> dict[str, str]:
    from learning.quiz_items import quiz_item

    item = quiz_item(0, content)
    if item.type == "matching":
        return {f"match-{i}": dict(item.pairs)[left] for i, left in enumerate(item.lefts)}
    if item.type == "ordering":
        choices = item.ordering_choices
        return {f"order-{i}": str(item.sequence.index(text) + 1) for i, text in enumerate(choices)}
    return {"answer": content["answer"]}


def stored_answers(learner_ids: list[int]) -> list[tuple[int, int]]:
    """(attempt, position) of every answer the learners have in the database."""
    from django.db import connection

    from learning.models import Answer

    connection.close()  # a fresh connection: see what the servers committed
    return list(
        Answer.objects.filter(learner_id__in=learner_ids).values_list("attempt_id", "position")
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_servers(
    count: int, workers: int, threads: int, env: dict[str, str]
) -> tuple[list[subprocess.Popen], list[str]]:
    processes, bases = [], []
    for _ in range(count):
        port = free_port()
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "config.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--worker-class",
                    "gthread",
                    "--workers",
                    str(workers),
                    "--threads",
                    str(threads),
                    "--backlog",
                    "2048",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )  # fmt: skip
        )
        bases.append(f"http://127.0.0.1:{port}")
    for base, process in zip(bases, processes, strict=True):
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise SystemExit(f"gunicorn stopped: {process.stderr.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/healthz/", timeout=10):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"gunicorn on {base} did not answer in 90 s") from None
                time.sleep(0.3)
    return processes, bases


def stop_servers(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _workers(processes: list[subprocess.Popen]) -> list[str]:
    """The process ids of the gunicorn workers (the children of each master)."""
    return [
        child
        for process in processes
        for child in Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    ]


def worker_rss_mb(processes: list[subprocess.Popen]) -> list[float]:
    """The resident memory of each gunicorn worker, in MB."""
    sizes = []
    for child in _workers(processes):
        for line in Path(f"/proc/{child}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(round(int(line.split()[1]) / 1024, 1))
    return sizes


def worker_cpu_seconds(processes: list[subprocess.Popen]) -> float:
    """The processor time (user + system) the gunicorn workers have used so far."""
    ticks = 0
    for child in _workers(processes):
        fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def local_cpu_seconds(names: tuple[str, ...] = ("postgres", "redis")) -> float:
    """The processor time used so far by this machine's processes of these names (the database
    and Redis when they run here; 0 when they do not). A process that has ended is not counted."""
    ticks = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if not Path(f"/proc/{pid}/comm").read_text().startswith(names):
                continue
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile, or not ours to read
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def others_cpu_seconds() -> tuple[float, float]:
    """The processor time used so far by this process (the client), and by the local database
    and Redis."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, local_cpu_seconds()
