"""The settings a school's IT person sets, read by a fresh process as in production."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "False",
    "SECRET_KEY": "k7-" + "production-test-key-with-enough-length-and-variety-8Qz!" * 2,
    "ALLOWED_HOSTS": "example.org,.school.example",
    "SECURE_HTTPS": "1",
}
SHOW = """
import json, django
django.setup()
from django.conf import settings as s
print(json.dumps({name: getattr(s, name, None) for name in [
    "DEBUG", "SECRET_KEY", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE", "SECURE_PROXY_SSL_HEADER", "CSRF_TRUSTED_ORIGINS", "ADMINS"]}))
"""


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environ = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE: set by the browser tests for their own process only.
        if key
        not in {
            "DEBUG",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "SECURE_HTTPS",
            "DATABASE_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environ.update(DJANGO_SETTINGS_MODULE="config.settings", **env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_finds_no_issue_with_the_production_variables():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_without_the_https_switch_check_deploy_warns():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                 **{**PRODUCTION, "SECURE_HTTPS": "0"})  # fmt: skip
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS" in result.stderr + result.stdout


def test_https_switch_turns_on_hsts_redirect_secure_cookies_and_trusted_origins():
    result = run(["-c", SHOW], **PRODUCTION, ADMINS="IT <it@school.example>")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["DEBUG"] is False
    assert shown["SECURE_SSL_REDIRECT"] and shown["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert shown["SESSION_COOKIE_SECURE"] and shown["CSRF_COOKIE_SECURE"]
    assert shown["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert shown["CSRF_TRUSTED_ORIGINS"] == ["https://example.org", "https://*.school.example"]
    assert shown["ADMINS"] == [["IT", "it@school.example"]]


def test_a_misspelt_debug_stops_the_start_naming_the_variable():
    result = run(["manage.py", "check"], DEBUG="flase")
    assert result.returncode != 0
    assert "DEBUG='flase'" in result.stderr


def test_debug_off_without_a_secret_key_refuses_to_start():
    result = run(["manage.py", "check"], DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_secrets_come_from_files(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("a-key-kept-in-a-file-by-the-orchestrator\n", encoding="utf-8")
    url_file = tmp_path / "database_url"
    url_file.write_text(f"sqlite:///{tmp_path / 'from-file.sqlite3'}", encoding="utf-8")
    code = SHOW.replace('"ADMINS"]', '"ADMINS"]} | {"DB": str(s.DATABASES["default"]["NAME"])')
    result = run(
        ["-c", code], DEBUG="0", SECRET_KEY_FILE=str(key_file), DATABASE_URL_FILE=str(url_file)
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["SECRET_KEY"] == "a-key-kept-in-a-file-by-the-orchestrator"
    assert shown["DB"].endswith("from-file.sqlite3")


def test_the_policy_is_enforced_unless_csp_enforce_is_off():
    code = "import django; django.setup(); from django.conf import settings as s; "
    code += "print(bool(getattr(s, 'CONTENT_SECURITY_POLICY', None)), "
    code += "bool(getattr(s, 'CONTENT_SECURITY_POLICY_REPORT_ONLY', None)))"
    assert run(["-c", code]).stdout.strip() == "True False"
    assert run(["-c", code], CSP_ENFORCE="1").stdout.strip() == "True False"
    assert run(["-c", code], CSP_ENFORCE="0").stdout.strip() == "False True"


WSGI_DEBUG = "import config.wsgi; from django.conf import settings; print(settings.DEBUG)"


def test_the_wsgi_server_entry_point_runs_with_debug_off_unless_set():
    assert run(["-c", WSGI_DEBUG], SECRET_KEY="a-key-for-this-test").stdout.strip() == "False"
    assert run(["-c", WSGI_DEBUG], DEBUG="1").stdout.strip() == "True"


def test_the_wsgi_server_entry_point_refuses_to_start_without_a_secret_key():
    result = run(["-c", WSGI_DEBUG])
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr
