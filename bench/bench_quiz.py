"""Timings of the quiz page and of answer submission on the seed set.

Usage (from the project root):
    .venv/bin/python bench/bench_quiz.py [--requests N]

Builds a throw-away test database (SQLite in memory by default; DATABASE_URL picks another, e.g.
PostgreSQL, where Django's test database is created and dropped), imports the seed article,
generates and approves its exercise set (every kind, 20 items per kind, typed cloze) and gives
it to a class of one learner. Then it times, through Django's test Client (so the whole request:
middleware, session, auth, view, template), N GETs of quiz questions and N answer submissions as
the browser sends them (htmx POST, the feedback fragment back), each answer a new one. Prints
p50 / p95 / max in milliseconds against the target p95 <= 50 ms, and exits 1 if it is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

TARGET_MS = 50.0
WARM_UP = 10
SEED = ROOT / "seeds" / "000_ad039091c34c510c.txt"


def build_world():
    """The seed article, its approved set, a class and a learner; returns (client, assignment)."""
    from exercises.generators.items import GenerationOptions
    from exercises.services.articles import article_import
    from exercises.services.sets import exercise_set_approve, exercise_set_generate
    from learning.services.classes import assignment_create, classroom_create, classroom_join

    article, _ = article_import(text=SEED.read_text(encoding="utf-8"), title="seed")
    user_model = get_user_model()
    teacher = user_model.objects.create_user("bench-teacher", password="x")
    learner = user_model.objects.create_user("bench-learner", password="x")
    options = GenerationOptions(count=20, seed=1, cloze_typed=True)
    exercise_set = exercise_set_generate(article=article, options=options, user=teacher)
    exercise_set_approve(exercise_set=exercise_set, user=teacher)
    classroom = classroom_create(teacher=teacher, name="bench")
    classroom_join(learner=learner, code=classroom.join_code)
    assignment = assignment_create(classroom=classroom, exercise_set=exercise_set, user=teacher)
    client = Client()
    client.force_login(learner)
    return client, assignment


def new_attempt(client: Client, assignment):
    from learning.models import Attempt

    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    return Attempt.objects.filter(assignment=assignment, finished__isnull=True).get()


def right_answer(content: dict) -> dict:
    kind = content["type"]
    if kind == "matching":
        from learning.quiz_items import quiz_item

        item = quiz_item(0, content)
        return {f"match-{i}": dict(item.pairs)[left] for i, left in enumerate(item.lefts)}
    if kind == "ordering":
        from learning.quiz_items import quiz_item

        item = quiz_item(0, content)
        choices = item.ordering_choices
        return {f"order-{i}": str(item.sequence.index(text) + 1) for i, text in enumerate(choices)}
    return {"answer": content["answer"]}


def timed(call) -> float:
    start = time.perf_counter()
    response = call()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"unexpected status {response.status_code}")
    return elapsed


def bench_pages(client: Client, assignment, requests: int) -> list[float]:
    attempt = new_attempt(client, assignment)
    total = len(attempt.item_versions)
    urls = [
        reverse("learning:attempt_question", args=[attempt.pk, position])
        for position in range(1, total + 1)
    ]
    times = []
    for index in range(requests + WARM_UP):
        elapsed = timed(lambda index=index: client.get(urls[index % total]))
        if index >= WARM_UP:
            times.append(elapsed)
    return times


def bench_answers(client: Client, assignment, requests: int) -> list[float]:
    from exercises.models import ItemVersion

    times: list[float] = []
    done = 0
    while done < requests + WARM_UP:
        attempt = new_attempt(client, assignment)
        versions = ItemVersion.objects.in_bulk(attempt.item_versions)
        for position, version_id in enumerate(attempt.item_versions, start=1):
            if done >= requests + WARM_UP:
                break
            url = reverse("learning:attempt_question", args=[attempt.pk, position])
            data = right_answer(versions[version_id].content) | {"elapsed_ms": "2000"}
            elapsed = timed(
                lambda url=url, data=data: client.post(url, data, HTTP_HX_REQUEST="true")
            )
            if done >= WARM_UP:
                times.append(elapsed)
            done += 1
    return times


def report(name: str, times: list[float]) -> bool:
    times = sorted(times)
    p50 = statistics.median(times)
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    ok = p95 <= TARGET_MS
    print(
        f"{name:<28} n={len(times):<4} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   "
        f"max {times[-1]:6.1f} ms   target p95 <= {TARGET_MS:.0f} ms: {'ok' if ok else 'MISSED'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Not setup_test_environment(): its template instrumentation would be timed too.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0)
    try:
        print(f"database: {connection.vendor}; building the seed set …", flush=True)
        client, assignment = build_world()
        items = assignment.exercise_set.items.filter(status="approved").count()
        print(f"seed set: {items} approved items; {args.requests} requests each, {WARM_UP} warm-up")
        ok = report("quiz question page (GET)", bench_pages(client, assignment, args.requests))
        ok &= report("answer submission (POST)", bench_answers(client, assignment, args.requests))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
