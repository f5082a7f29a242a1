"""Two app processes (gunicorn, gthread) on two ports against one database are one site: a
learner logs in on the first and answers on the second, and the first shows the answer.

The database is a SQLite file, or, when DATABASE_URL names PostgreSQL (CI's PostgreSQL stage), a
database of this test's own on that server, made and dropped here. Sessions live in the
database, so the session cookie of one process is good on the other.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from learning.services.demo import DEMO_LEARNER

ROOT = Path(__file__).resolve().parents[2]
SERVER_ENV = {"DEBUG": "0", "SECRET_KEY": "two-processes-one-site", "ALLOWED_HOSTS": "127.0.0.1"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: on the PostgreSQL server of DATABASE_URL, or a SQLite file."""
    given = os.environ.get("DATABASE_URL", "")
    if not given.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'site.sqlite3'}"
        return
    import psycopg

    name = f"two_processes_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(given, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield given.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(given, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def answers_stored(url: str) -> int:
    query = "SELECT COUNT(*) FROM learning_answer"
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            return connection.execute(query).fetchone()[0]
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute(query).fetchone()[0]


@contextmanager
def servers(env: dict, count: int) -> Iterator[list[str]]:
    ports = [free_port() for _ in range(count)]
    processes = [
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
                "1",
                "--threads",
                "2",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for port in ports
    ]
    bases = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for base, process in zip(bases, processes, strict=True):
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    pytest.fail(f"gunicorn stopped: {process.stderr.read()[-2000:]}")
                try:
                    requests.get(f"{base}/healthz/", timeout=10)
                    break
                except requests.RequestException:
                    if time.monotonic() > deadline:
                        pytest.fail(f"gunicorn on {base} did not answer in 60 s")
                    time.sleep(0.3)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def form_answer(html: str) -> dict[str, str]:
    """Some answer to the question on the page, whatever its type."""
    radios = re.findall(r'type="radio" name="answer" value="([^"]*)"', html)
    if radios:
        return {"answer": radios[0]}
    if 'name="answer"' in html:
        return {"answer": "كتاب"}
    fields = {}
    for select in re.finditer(r'<select id="(match|order)-(\d+)".*?</select>', html, re.S):
        kind, index = select.group(1), int(select.group(2))
        options = [v for v in re.findall(r'<option value="([^"]*)"', select.group(0)) if v]
        fields[f"{kind}-{index}"] = str(index + 1) if kind == "order" else options[0]
    return fields


def csrf(session: requests.Session, html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else session.cookies["csrftoken"]


def test_log_in_on_one_process_and_answer_on_the_other(tmp_path):
    with database_url(tmp_path) as url:
        env = {**os.environ, **SERVER_ENV, "DATABASE_URL": url}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        subprocess.run(
            [sys.executable, "manage.py", "bootstrap"],
            cwd=ROOT, env={**env, "DEBUG": "1"}, check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        with servers(env, 2) as (first, second):
            browser = requests.Session()
            page = browser.get(f"{first}/accounts/login/").text
            response = browser.post(
                f"{first}/accounts/login/",
                data={
                    "username": DEMO_LEARNER[0],
                    "password": DEMO_LEARNER[1],
                    "csrfmiddlewaretoken": csrf(browser, page),
                },
                allow_redirects=False,
            )
            assert response.status_code == 302, "logged in on the first process"
            dashboard = browser.get(f"{second}/learn/")
            assert dashboard.status_code == 200 and DEMO_LEARNER[0] in dashboard.text, (
                "the second process knows the session"
            )
            start = re.search(r'action="(/learn/assignments/\d+/start/)"', dashboard.text)
            question = browser.post(
                f"{second}{start.group(1)}", data={"csrfmiddlewaretoken": csrf(browser, "")}
            )
            assert question.status_code == 200 and "/q/1/" in question.url
            answered = browser.post(
                question.url.replace(first, second),
                data={**form_answer(question.text), "csrfmiddlewaretoken": csrf(browser, "")},
            )
            assert answered.status_code == 200 and 'class="feedback' in answered.text
            assert answers_stored(url) == 1
            on_first = browser.get(question.url.replace(second, first))
            assert 'class="feedback' in on_first.text, "the first process shows the answer"
