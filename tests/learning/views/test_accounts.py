"""Sign up (a learner, or a teacher with an invite code), log in and out, reset a password."""

import re
from datetime import timedelta

from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from learning.models import TeacherInvite
from learning.permissions import is_teacher


def sign_up(client, username, invite=""):
    return client.post(
        reverse("signup"),
        {
            "username": username,
            "email": f"{username}@example.org",
            "password1": "a-long-pass-phrase-7",
            "password2": "a-long-pass-phrase-7",
            "teacher_invite": invite,
        },
    )


def invite(**fields) -> TeacherInvite:
    defaults = {"code": "SCHOOL-2026", "max_uses": 2, "expires": timezone.now() + timedelta(days=7)}
    return TeacherInvite.objects.create(**{**defaults, **fields})


def test_a_learner_signs_up_and_lands_on_the_dashboard(client, db):
    response = sign_up(client, "amina")
    assert response.url == reverse("home")
    assert client.get(reverse("home")).url == reverse("learning:dashboard")
    user = User.objects.get(username="amina")
    assert not is_teacher(user) and user.email == "amina@example.org"


def test_signing_up_never_makes_a_teacher_without_an_invite(client, db):
    client.post(reverse("signup"), {
        "username": "eve", "email": "eve@example.org", "password1": "a-long-pass-phrase-7",
        "password2": "a-long-pass-phrase-7", "role": "teacher",
    })  # fmt: skip
    assert not is_teacher(User.objects.get(username="eve"))


def test_a_teacher_signs_up_with_a_schools_invite_code(client, db):
    code = invite()
    sign_up(client, "omar", invite="school-2026 ")
    assert is_teacher(User.objects.get(username="omar"))
    assert client.get(reverse("home")).url == reverse("teach:class_list")
    code.refresh_from_db()
    assert code.uses == 1


def test_an_expired_used_up_or_unknown_invite_is_refused_and_makes_no_account(client, db):
    invite(code="OLD", expires=timezone.now() - timedelta(minutes=1))
    invite(code="FULL", max_uses=1, uses=1)
    for code in ("OLD", "FULL", "NOPE"):
        response = sign_up(client, f"user-{code.lower()}", invite=code)
        assert "not valid or has expired" in response.content.decode()
    assert not User.objects.filter(username__startswith="user-").exists()


def test_admins_make_teachers_and_invites_from_the_command_line(db, capsys):
    User.objects.create_user("samira")
    call_command("create_teacher", "samira")
    assert is_teacher(User.objects.get(username="samira"))
    call_command("create_teacher_invite", "--uses", "30", "--days", "14")
    made = TeacherInvite.objects.get()
    assert made.max_uses == 30 and made.code in capsys.readouterr().out


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


def test_a_signed_in_user_changes_their_password(client, learner):
    client.force_login(learner)
    page = client.get(reverse("password_change"))
    assert page.status_code == 200 and "learning/site.css" in page.content.decode()
    response = client.post(
        reverse("password_change"),
        {
            "old_password": "pw-12345-abc",
            "new_password1": "another-pass-phrase-9",
            "new_password2": "another-pass-phrase-9",
        },
    )
    assert response.url == reverse("password_change_done")
    assert client.get(response.url).status_code == 200
    assert client.login(username="learner", password="another-pass-phrase-9")


def test_the_arabic_interface_says_kalimat_al_murur_everywhere(client, learner):
    """One word for "password" in Arabic: «كلمة المرور», also in Django's own messages (its
    catalogue says «كلمة السر» for a wrong log-in)."""
    from pathlib import Path

    from django.conf import settings

    client.post(reverse("set_language"), {"language": "ar"})
    html = client.post(
        reverse("login"), {"username": learner.username, "password": "wrong"}
    ).content.decode()
    assert "كلمة المرور" in html and "كلمة السر" not in html
    po = Path(settings.BASE_DIR) / "learning/locale/ar/LC_MESSAGES/django.po"
    assert "كلمة السر" not in po.read_text(encoding="utf-8")
