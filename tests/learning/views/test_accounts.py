"""Sign up as learner or teacher, log in and out, reset a password by email."""

import re

from django.contrib.auth.models import User
from django.core import mail
from django.urls import reverse

from learning.permissions import is_teacher


def sign_up(client, username, role):
    return client.post(
        reverse("signup"),
        {
            "username": username,
            "email": f"{username}@example.org",
            "password1": "a-long-pass-phrase-7",
            "password2": "a-long-pass-phrase-7",
            "role": role,
        },
    )


def test_a_learner_signs_up_and_lands_on_the_dashboard(client, db):
    response = sign_up(client, "amina", "learner")
    assert response.url == reverse("home")
    assert client.get(reverse("home")).url == reverse("learning:dashboard")
    user = User.objects.get(username="amina")
    assert not is_teacher(user) and user.email == "amina@example.org"


def test_a_teacher_signs_up_into_the_teachers_group(client, db):
    sign_up(client, "omar", "teacher")
    assert is_teacher(User.objects.get(username="omar"))
    assert client.get(reverse("home")).url == reverse("teach:class_list")


def test_a_role_must_be_chosen_from_the_two(client, db):
    response = sign_up(client, "eve", "admin")
    assert response.status_code == 200 and not User.objects.filter(username="eve").exists()


def test_log_in_and_out(client, learner):
    response = client.post(reverse("login"), {"username": "learner", "password": "pw-12345-abc"})
    assert response.url == reverse("home")
    assert client.get(reverse("learning:dashboard")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("learning:dashboard")).status_code == 302


def test_password_reset_by_email(client, learner):
    response = client.post(reverse("password_reset"), {"email": "learner@example.org"})
    assert response.url == reverse("password_reset_done")
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    form_url = client.get(link).url  # Django swaps the token for a session one
    response = client.post(
        form_url,
        {"new_password1": "another-pass-phrase-9", "new_password2": "another-pass-phrase-9"},
    )
    assert response.url == reverse("password_reset_complete")
    assert client.login(username="learner", password="another-pass-phrase-9")


def test_the_pages_use_our_templates(client, db):
    html = client.get(reverse("password_reset")).content.decode()
    assert "Reset your password" in html and "learning/site.css" in html
    assert "learning/site.css" in client.get(reverse("login")).content.decode()
