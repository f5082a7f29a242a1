"""Processor time per quiz request, in one process: the load benchmark's two requests (the
question page GET and the answer's htmx POST) through the whole WSGI stack (middleware, session,
auth, view, template), as gunicorn's worker would run them, with DEBUG off.

Usage (from the project root; a PostgreSQL database of its own, Redis as the load bench uses):
    createdb -h 127.0.0.1 -U postgres perfbench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/perfbench REDIS_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/profile_quiz.py [--steps 600] [--profile out.prof] [--root DIR]

``--root`` runs another checkout's code (e.g. the commit before a change, unpacked with
``git archive``) on the same database, for a baseline in the same run. Prints JSON: processor
milliseconds per request (all requests, GETs, POSTs) and wall milliseconds, after a warm-up.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import secrets
import sys
import time
from pathlib import Path
from urllib.parse import urlencode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=600, help="answers timed (2 requests each)")
    parser.add_argument("--learners", type=int, default=20)
    parser.add_argument("--profile", help="write cProfile stats of the timed part here")
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[1]))
    args = parser.parse_args()
    root = Path(args.root).resolve()
    sys.path[:0] = [str(root / "bench"), str(root)]
    os.chdir(root)
    import load_setup

    if Path(load_setup.__file__).resolve().parents[1] != root:
        raise SystemExit(f"load_setup came from {load_setup.__file__}, not {root}")
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # as the load bench runs its servers
    load_setup.django_setup(os.environ["DATABASE_URL"], secrets.token_urlsafe(40))
    world = load_setup.build_world(args.learners, secrets.token_hex(4))

    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    app = get_wsgi_application()
    drivers = [Driver(app, key, world) for key in world.sessions]
    for step in range(2 * len(drivers)):  # warm-up: every code path imported and read once
        drivers[step % len(drivers)].step()
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    counts = {"GET": 0, "POST": 0, "other": 0}
    cpu = {"GET": 0.0, "POST": 0.0, "other": 0.0}
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    for step in range(args.steps):
        for method, spent in drivers[step % len(drivers)].step():
            counts[method] += 1
            cpu[method] += spent
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    total_cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    requests = sum(counts.values())
    print(
        json.dumps(
            {
                "root": str(root),
                "requests": requests,
                "cpu_ms_per_request": round(1000 * total_cpu / requests, 2),
                "cpu_ms_per_get": round(1000 * cpu["GET"] / counts["GET"], 2),
                "cpu_ms_per_post": round(1000 * cpu["POST"] / counts["POST"], 2),
                "wall_ms_per_request": round(1000 * wall / requests, 2),
                "profiled": bool(profiler),
            }
        )
    )
    return 0


class Driver:
    """One learner's browser, as the load bench drives it, calling the WSGI app directly."""

    def __init__(self, app, session_key: str, world) -> None:
        self.app, self.world = app, world
        self.csrf = secrets.token_hex(16)
        self.cookie = f"sessionid={session_key}; csrftoken={self.csrf}"
        self.attempt: int | None = None
        self.position = 1

    def call(self, method: str, path: str, form: dict | None = None, **headers) -> tuple:
        body = urlencode(form or {}).encode()
        environ = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path,
            "QUERY_STRING": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": "127.0.0.1:8000",
            "HTTP_COOKIE": self.cookie,
            "HTTP_X_CSRFTOKEN": self.csrf,
            "wsgi.input": io.BytesIO(body),
            "wsgi.url_scheme": "http",
            "CONTENT_LENGTH": str(len(body)),
            "CONTENT_TYPE": "application/x-www-form-urlencoded",
            **{f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()},
        }
        status: list[str] = []
        headers_out: list[tuple[str, str]] = []

        def start_response(line, response_headers, exc_info=None):
            status.append(line)
            headers_out.extend(response_headers)

        start = time.process_time()
        chunks = self.app(environ, start_response)
        content = b"".join(chunks)
        if hasattr(chunks, "close"):
            chunks.close()
        spent = time.process_time() - start
        code = int(status[0].split()[0])
        if code >= 400:
            raise SystemExit(f"{method} {path}: {status[0]}\n{content[:2000]!r}")
        return code, dict(headers_out), content, spent

    def step(self) -> list[tuple[str, float]]:
        """One answer, as the load bench's learner gives it: (kind, processor seconds) of each
        request made (the attempt's start and results count as "other")."""
        spent: list[tuple[str, float]] = []
        if self.attempt is None:
            _code, headers, _c, start_spent = self.call(
                "POST", f"/learn/assignments/{self.world.assignment_id}/start/"
            )
            spent.append(("other", start_spent))
            self.attempt = int(headers["Location"].rstrip("/").split("/")[-1])
            self.position = 1
        path = f"/learn/attempts/{self.attempt}/q/{self.position}/"
        *_rest, get_spent = self.call("GET", path)
        form = {**self.world.answers[self.position - 1], "elapsed_ms": "4000"}
        _code, _h, content, post_spent = self.call("POST", path, form, hx_request="true")
        if b'class="feedback' not in content:
            raise SystemExit(f"no feedback for {path}: {content[:500]!r}")
        self.position += 1
        if self.position > len(self.world.answers):
            *_rest, results_spent = self.call("GET", f"/learn/attempts/{self.attempt}/results/")
            spent.append(("other", results_spent))
            self.attempt = None
        return [*spent, ("GET", get_spent), ("POST", post_spent)]


if __name__ == "__main__":
    sys.exit(main())
