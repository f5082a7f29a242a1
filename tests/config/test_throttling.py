"""Login lockout (django-axes) and rate limits (django-ratelimit) on the forms worth guessing at."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from learning.models import Classroom
from tests.users import PASSWORD, make_user


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.RATELIMIT_ENABLE = True


def log_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_eleven_wrong_passwords_then_the_right_one_is_refused(client, db, throttled):
    make_user("nadia")
    for _ in range(11):
        log_in(client, "nadia", "a-wrong-guess")
    response = log_in(client, "nadia", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many tries" in page and "محاولات كثيرة" in page and "15 minute" in page
    assert "_auth_user_id" not in client.session


def test_the_lock_holds_from_another_address(client, db, throttled):
    make_user("nadia")
    for _ in range(10):
        log_in(client, "nadia", "a-wrong-guess")
    response = client.post(
        reverse("login"), {"username": "nadia", "password": PASSWORD}, REMOTE_ADDR="10.1.2.3"
    )
    assert response.status_code == 429


def test_a_few_mistakes_then_the_right_password_logs_in(client, db, throttled):
    make_user("nadia")
    for _ in range(9):
        assert log_in(client, "nadia", "a-wrong-guess").status_code == 200
    response = log_in(client, "nadia", PASSWORD)
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_another_users_lock_does_not_touch_a_classmate(client, db, throttled):
    make_user("nadia")
    make_user("karim")
    for _ in range(11):
        log_in(client, "nadia", "a-wrong-guess")
    assert log_in(client, "karim", PASSWORD).status_code == 302


def sign_up(client, number):
    return client.post(
        reverse("signup"),
        {
            "username": f"pupil{number}",
            "email": f"pupil{number}@example.org",
            "password1": "a-long-pass-phrase-7",
            "password2": "a-long-pass-phrase-7",
        },
    )


def test_the_21st_signup_from_one_address_in_an_hour_is_refused(client, db, throttled):
    for number in range(20):
        assert sign_up(client, number).status_code == 302
        client.logout()
    response = sign_up(client, 20)
    assert response.status_code == 429
    assert not User.objects.filter(username="pupil20").exists()
    # Another address is not held back.
    other = client.post(
        reverse("signup"),
        {
            "username": "pupil21",
            "email": "pupil21@example.org",
            "password1": "a-long-pass-phrase-7",
            "password2": "a-long-pass-phrase-7",
        },
        REMOTE_ADDR="10.9.8.7",
    )
    assert other.status_code == 302


def test_guessing_join_codes_is_stopped_after_twenty_tries_an_hour(client, teacher, throttled):
    Classroom.objects.create(name="Year 9", teacher=teacher, join_code="RIGHT-CODE")
    client.force_login(make_user("guesser"))
    url = reverse("learning:class_join")
    for number in range(20):
        assert (
            client.post(url, {"code": f"WRONG-{number}"}).status_code == 302
        )  # back, with a message
    assert client.post(url, {"code": "RIGHT-CODE"}).status_code == 429
    assert not Classroom.objects.get(join_code="RIGHT-CODE").memberships.exists()


def test_password_reset_requests_are_limited(client, db, throttled):
    url = reverse("password_reset")
    for _ in range(10):
        assert client.post(url, {"email": "someone@example.org"}).status_code == 302
    assert client.post(url, {"email": "someone@example.org"}).status_code == 429


def test_generating_sets_is_limited_per_teacher(client, teacher, throttled, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "teach:set_generate": [("user", "2/h")]}
    client.force_login(teacher)
    url = reverse("teach:set_generate", args=[999_999])
    assert client.post(url).status_code == 404
    assert client.post(url).status_code == 404
    assert client.post(url).status_code == 429


def test_many_logins_from_one_address_are_limited(client, db, throttled, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "login": [("ip", "3/10m")]}
    for number in range(3):
        assert log_in(client, f"someone{number}", "a-guess").status_code == 200
    assert log_in(client, "someone3", "a-guess").status_code == 429
