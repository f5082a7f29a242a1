"""Load benchmark: learners taking a quiz on two gunicorn processes against one database.

Usage (from the project root; a PostgreSQL database of the benchmark's own):
    createdb -h 127.0.0.1 -U postgres loadbench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/loadbench \\
        .venv/bin/python bench/load_quiz.py --learners 200 --seconds 60 [--rate 100] [--json]

It makes N learners in a class with the seed article's approved set assigned (bench/load_setup.py),
starts two gunicorn processes on two ports (2 gthread workers of 4 threads each), and drives the
learners, each request to the next server in turn, as a load balancer would:

- closed loop (default): every learner, without pause, opens the question, answers it (the htmx
  POST the browser sends; one answer in 50 sent twice, as a double click), and after the last
  question opens the results and starts again;
- open loop (``--rate R``): the same steps, started at R answers per second whatever the
  latency (a learner free at that moment takes the next step).

Before that, the same client loops on /healthz/ (a hello-world view: the same servers and
middleware, no database) for a baseline. Prints JSON: answers sent, stored (rows in the
database), lost (acknowledged but not stored), duplicated (rows beyond one per question),
errors (status >= 400 or no response), requests per second, p50 / p95 / p99 per endpoint,
hello_rps and ratio, and each worker's resident memory after the run. Exits 1 on any lost or
duplicated answer or any error; the speed figures are reported against their targets.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import secrets
import string
import sys
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load_setup  # noqa: E402

TARGETS = {"ratio": 0.40, "answer_p95_ms_open_loop": 100.0, "worker_rss_mb": 150.0}
FEEDBACK = 'class="feedback'


class Stats:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.acknowledged: set[tuple[int, int]] = set()
        self.sent = 0
        self.repeats = 0
        self.retried = 0
        self.lock = threading.Lock()


class Learner:
    """One learner's browser: a session cookie, and where it stands in its attempt."""

    def __init__(self, session_key: str, bases: list[str], world, stats: Stats, seed: int):
        self.http = requests.Session()
        csrf = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(32))
        for base in bases:
            host = base.split("//")[1].split(":")[0]
            self.http.cookies.set("sessionid", session_key, domain=host)
            self.http.cookies.set("csrftoken", csrf, domain=host)
        self.headers = {"X-CSRFToken": csrf}
        self.bases, self.world, self.stats = bases, world, stats
        self.turn = seed
        self.random = random.Random(seed)
        self.attempt: int | None = None
        self.position = 1

    def _base(self) -> str:
        self.turn += 1
        return self.bases[self.turn % len(self.bases)]

    def _call(self, endpoint: str, method: str, path: str, **kwargs) -> requests.Response | None:
        """One request, timed; a connection the server closed while idle (keep-alive) is
        retried once on a new one, as a browser does: every request here may be repeated (an
        answer sent twice is stored once)."""
        headers = {**self.headers, **kwargs.pop("headers", {})}
        start = time.perf_counter()
        for attempt in (1, 2):
            try:
                response = self.http.request(
                    method, self._base() + path, timeout=60, allow_redirects=False,
                    headers=headers, **kwargs,
                )  # fmt: skip
                break
            except requests.ConnectionError as error:
                with self.stats.lock:
                    self.stats.retried += 1
                if attempt == 2:
                    return self._failed(f"{endpoint} {type(error).__name__}")
            except requests.RequestException as error:
                return self._failed(f"{endpoint} {type(error).__name__}")
        elapsed = (time.perf_counter() - start) * 1000
        with self.stats.lock:
            self.stats.times[endpoint].append(elapsed)
            if response.status_code >= 400:
                self.stats.errors[f"{endpoint} {response.status_code}"] += 1
        return response if response.status_code < 400 else None

    def _failed(self, what: str) -> None:
        with self.stats.lock:
            self.stats.errors[what] += 1

    def step(self) -> bool:
        """Answer the next question (starting an attempt first if needed); True if an answer
        was sent."""
        if self.attempt is None:
            response = self._call(
                "start", "POST", f"/learn/assignments/{self.world.assignment_id}/start/"
            )
            if response is None or response.status_code != 302:
                return False
            # /learn/attempts/ID/ → the first open question
            self.attempt = int(response.headers["Location"].rstrip("/").split("/")[-1])
            self.position = 1
        path = f"/learn/attempts/{self.attempt}/q/{self.position}/"
        self._call("question", "GET", path)
        form = {**self.world.answers[self.position - 1], "elapsed_ms": "4000"}
        with self.stats.lock:
            self.stats.sent += 1
        response = self._call("answer", "POST", path, data=form, headers={"HX-Request": "true"})
        if response is not None and FEEDBACK in response.text:
            with self.stats.lock:
                self.stats.acknowledged.add((self.attempt, self.position - 1))
        if self.random.random() < 0.02:  # a double click: the same answer again
            with self.stats.lock:
                self.stats.repeats += 1
            self._call("answer_again", "POST", path, data=form, headers={"HX-Request": "true"})
        self.position += 1
        if self.position > len(self.world.answers):
            self._call("results", "GET", f"/learn/attempts/{self.attempt}/results/")
            self.attempt = None
        return True


def percentiles(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)

    def at(share: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)

    return {"n": len(ordered), "p50_ms": at(0.50), "p95_ms": at(0.95), "p99_ms": at(0.99)}


def hello_rps(bases: list[str], clients: int, seconds: float) -> float:
    """Requests per second of /healthz/ with the same client and concurrency."""
    done = [0] * clients
    stop = time.monotonic() + seconds

    def loop(index: int) -> None:
        http = requests.Session()
        while time.monotonic() < stop:
            try:
                http.get(f"{bases[index % len(bases)]}/healthz/", timeout=60)
                done[index] += 1
            except requests.RequestException:
                pass

    start = time.monotonic()
    threads = [threading.Thread(target=loop, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.monotonic() - start)


def warm_up(learners: list[Learner], stats: Stats, warm: Stats) -> None:
    """One answer from each of these learners (every worker thread imports and reads what it
    needs), untimed; what they sent and got counts with the rest."""
    threads = [threading.Thread(target=learner.step) for learner in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats.sent += warm.sent
    stats.acknowledged |= warm.acknowledged
    stats.errors.update(warm.errors)
    stats.retried += warm.retried


def closed_loop(learners: list[Learner], seconds: float) -> float:
    stop = time.monotonic() + seconds

    def run(learner: Learner) -> None:
        while time.monotonic() < stop:
            learner.step()

    start = time.monotonic()
    threads = [threading.Thread(target=run, args=(learner,)) for learner in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - start


def open_loop(learners: list[Learner], seconds: float, rate: float) -> tuple[float, dict]:
    """Steps started at ``rate`` per second; returns the duration and how late the starts ran."""
    idle: queue.SimpleQueue[Learner] = queue.SimpleQueue()
    for learner in learners:
        idle.put(learner)
    late = {"planned": int(seconds * rate), "started": 0, "late_over_100ms": 0, "max_late_ms": 0.0}

    def run(learner: Learner) -> None:
        try:
            learner.step()
        finally:
            idle.put(learner)

    start = time.monotonic()
    end = start + seconds
    with ThreadPoolExecutor(max_workers=len(learners)) as pool:
        for index in range(late["planned"]):
            due = start + index / rate
            time.sleep(max(0.0, due - time.monotonic()))
            try:  # every learner busy: the step starts late (or not at all, past the end)
                learner = idle.get(timeout=max(0.001, end - time.monotonic()))
            except queue.Empty:
                break
            behind = (time.monotonic() - due) * 1000
            late["max_late_ms"] = round(max(late["max_late_ms"], behind), 1)
            late["late_over_100ms"] += behind > 100
            late["started"] += 1
            pool.submit(run, learner)
    return time.monotonic() - start, late


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rate", type=float, help="open loop: answers per second")
    parser.add_argument("--hello-seconds", type=float, help="baseline length (default S/3)")
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--json", action="store_true", help="only the JSON")
    args = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        print(
            "warning: DATABASE_URL is not PostgreSQL; SQLite is not made for this", file=sys.stderr
        )
    secret = secrets.token_urlsafe(40)
    load_setup.django_setup(database_url, secret)
    tag = secrets.token_hex(4)
    world = load_setup.build_world(args.learners, tag)
    env = {
        **os.environ, "DEBUG": "0", "SECRET_KEY": secret, "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING",
    }  # fmt: skip
    processes, bases = load_setup.start_servers(args.servers, args.workers, args.threads, env)
    try:
        stats, warm = Stats(), Stats()
        learners = [
            Learner(key, bases, world, warm, seed=index) for index, key in enumerate(world.sessions)
        ]
        warm_up(learners[: 4 * args.servers * args.workers * args.threads], stats, warm)
        for learner in learners:
            learner.stats = stats
        hello_seconds = args.hello_seconds or max(5.0, args.seconds / 3)
        cpu_before = load_setup.worker_cpu_seconds(processes)
        others_before = load_setup.others_cpu_seconds()
        hello = hello_rps(bases, args.learners, hello_seconds)
        hello_cpu = load_setup.worker_cpu_seconds(processes) - cpu_before
        cpu_before += hello_cpu
        hello_client_cpu = load_setup.others_cpu_seconds()[0] - others_before[0]
        others_before = load_setup.others_cpu_seconds()
        if args.rate:
            duration, late = open_loop(learners, args.seconds, args.rate)
        else:
            duration, late = closed_loop(learners, args.seconds), None
        cpu = load_setup.worker_cpu_seconds(processes) - cpu_before
        client_cpu, database_cpu = (
            after - before
            for before, after in zip(others_before, load_setup.others_cpu_seconds(), strict=True)
        )
        rss = load_setup.worker_rss_mb(processes)
    finally:
        load_setup.stop_servers(processes)
    stored_rows = load_setup.stored_answers(world.learner_ids)
    stored = set(stored_rows)
    requests_done = sum(len(times) for times in stats.times.values())
    rps = requests_done / duration
    result = {
        "mode": f"open loop at {args.rate:g} answers/s" if args.rate else "closed loop",
        "learners": args.learners,
        "seconds": round(duration, 1),
        "servers": f"{args.servers} gunicorn x {args.workers} gthread workers x {args.threads}",
        "database": database_url.split("://")[0],
        "sent": stats.sent,
        "acknowledged": len(stats.acknowledged),
        "stored": len(stored_rows),
        "lost": len(stats.acknowledged - stored),
        "duplicated": len(stored_rows) - len(stored),
        "double_clicks": stats.repeats,
        "retried_connections": stats.retried,
        "errors": sum(stats.errors.values()),
        "errors_by_endpoint": dict(stats.errors),
        "rps": round(rps, 1),
        "answers_per_s": round(len(stats.acknowledged) / duration, 1),
        "endpoints": {name: percentiles(times) for name, times in sorted(stats.times.items())},
        "hello_rps": round(hello, 1),
        "ratio": round(rps / hello, 3) if hello else None,
        "hello_server_cpu_ms_per_request": round(1000 * hello_cpu / (hello * hello_seconds), 2)
        if hello
        else None,
        "worker_rss_mb": rss,
        # the servers' processor time per request and their share of the machine: on a shared
        # machine (load average over the cores) the second is what they were given
        "server_cpu_ms_per_request": round(1000 * cpu / requests_done, 1)
        if requests_done
        else None,
        "server_cpu_cores_used": round(cpu / duration, 2),
        # the same machine's other work per request: this client, and PostgreSQL with Redis
        # when they run here (the ratio's ceiling on a machine they share with the servers)
        "client_cpu_ms_per_request": round(1000 * client_cpu / requests_done, 2)
        if requests_done
        else None,
        "database_cpu_ms_per_request": round(1000 * database_cpu / requests_done, 2)
        if requests_done
        else None,
        "hello_client_cpu_ms_per_request": round(
            1000 * hello_client_cpu / (hello * hello_seconds), 2
        )
        if hello
        else None,
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
    }
    if late is not None:
        result["open_loop"] = late
    failed = result["lost"] or result["duplicated"] or result["errors"]
    print(json.dumps(result, indent=None if args.json else 2, ensure_ascii=False))
    if not args.json:
        answer_p95 = result["endpoints"].get("answer", {}).get("p95_ms")
        print(f"ratio {result['ratio']} (target >= {TARGETS['ratio']}); answer p95 {answer_p95} "
              f"ms (target <= {TARGETS['answer_p95_ms_open_loop']} in open loop); worker RSS "
              f"max {max(rss) if rss else '?'} MB (target <= {TARGETS['worker_rss_mb']})",
              file=sys.stderr)  # fmt: skip
        if failed:
            print("FAILED: lost, duplicated or failed requests", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
