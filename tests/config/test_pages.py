"""Error pages in both languages, request ids in JSON logs, no caching of private responses."""

import json
import logging

import pytest
from django.urls import reverse

from config.log import JsonFormatter, RequestIdFilter, request_id
from tests.users import make_user


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver"]


def test_a_missing_page_is_the_styled_404_in_both_languages(client, db, production):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "There is no page at this address" in page and "لا توجد صفحة بهذا العنوان" in page
    assert 'href="/"' in page and "learning/site.css" in page


def test_a_learner_on_a_teacher_page_gets_the_styled_403(client, db, production):
    client.force_login(make_user("learner"))
    response = client.get(reverse("teach:class_list"))
    assert response.status_code == 403
    page = response.content.decode()
    assert "This page is not open to you" in page and "هذه الصفحة غير متاحة لك" in page


def test_a_failure_is_the_500_page_and_one_json_log_line_with_the_request_id(
    client, db, production, settings, capsys
):
    settings.ROOT_URLCONF = "tests.config.urls_failing"
    client.raise_request_exception = False
    from django.conf import settings as live
    from django.utils.log import configure_logging

    configure_logging(live.LOGGING_CONFIG, live.LOGGING)
    response = client.get("/failing/", headers={"X-Request-ID": "req-42"})
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page and "حدث خطأ من جهتنا" in page
    assert response["X-Request-ID"] == "req-42" and "req-42" in page  # the reference to quote
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.strip()]
    errors = [line for line in lines if line["level"] == "ERROR"]
    assert len(errors) == 1
    assert errors[0]["request_id"] == "req-42" and errors[0]["path"] == "/failing/"
    assert "a failure made on purpose" in errors[0]["exception"]


def test_each_request_gets_an_id_and_a_forged_one_is_replaced(client, db):
    first = client.get("/")["X-Request-ID"]
    assert len(first) == 32 and first != client.get("/")["X-Request-ID"]
    forged = client.get("/", headers={"X-Request-ID": "bad id\n<script>"})["X-Request-ID"]
    assert forged != "bad id\n<script>" and len(forged) == 32


def test_the_json_formatter_writes_one_line_with_the_request_id_and_extras():
    record = logging.makeLogRecord(
        {"name": "learning", "levelname": "WARNING", "msg": "slow answer %s", "args": ("سؤال",)}
    )
    record.elapsed_ms = 812
    token = request_id.set("abc123")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id.reset(token)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    event = json.loads(line)
    assert event["message"] == "slow answer سؤال" and event["request_id"] == "abc123"
    assert event["elapsed_ms"] == 812 and event["level"] == "WARNING"


def test_pages_for_a_logged_in_user_are_private_and_not_stored(client, db):
    client.force_login(make_user("learner"))
    response = client.get(reverse("learning:dashboard"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_teachers_csv_download_is_private_and_not_stored(client, teacher):
    from learning.models import Classroom

    classroom = Classroom.objects.create(name="Year 9", teacher=teacher, join_code="Y9-CODE")
    client.force_login(teacher)
    response = client.get(reverse("teach:class_results_csv", args=[classroom.pk]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response["Cache-Control"] == "private, no-store"


def test_public_pages_for_visitors_are_not_marked_private(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_content_security_policy_allowing_only_the_sites_own_files(client, db, settings):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy


def test_a_not_found_is_logged_with_the_request_id(client, db, production, capsys):
    from django.conf import settings as live
    from django.utils.log import configure_logging

    configure_logging(live.LOGGING_CONFIG, live.LOGGING)
    client.get("/no-such-page/", headers={"X-Request-ID": "req-404"})
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert [line["request_id"] for line in lines if line["logger"] == "django.request"] == [
        "req-404"
    ]
