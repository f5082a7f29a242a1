"""Accounts: sign-up. Everyone signs up as a learner; a school's teacher invite code, or an
admin, makes a teacher."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import TeacherInvite
from learning.permissions import teachers_group

INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class InviteError(ValueError):
    """The teacher invite code cannot be used; the message says so in the user's terms."""


@transaction.atomic
def user_sign_up(
    *, username: str, email: str, password: str, teacher_invite: str = ""
) -> AbstractUser:
    """Create an account: a learner, or a teacher when a valid invite code is given.

    Raises:
        InviteError: the code is unknown, expired or used up (no account is made).
    """
    invite = _usable_invite(teacher_invite) if teacher_invite.strip() else None
    user = get_user_model().objects.create_user(username=username, email=email, password=password)
    if invite is not None:
        TeacherInvite.objects.filter(pk=invite.pk).update(uses=F("uses") + 1)
        user.groups.add(teachers_group())
    return user


def user_make_teacher(*, user: AbstractUser) -> AbstractUser:
    user.groups.add(teachers_group())
    return user


def teacher_invite_create(*, max_uses: int, days: int, note: str = "") -> TeacherInvite:
    code = "-".join("".join(secrets.choice(INVITE_ALPHABET) for _ in range(4)) for _ in range(3))
    return TeacherInvite.objects.create(
        code=code, note=note, max_uses=max_uses, expires=timezone.now() + timedelta(days=days)
    )


def _usable_invite(code: str) -> TeacherInvite:
    # Locked, so that two sign-ups at once cannot both take an invite's last use.
    invite = TeacherInvite.objects.select_for_update().filter(code__iexact=code.strip()).first()
    if invite is None or invite.expires <= timezone.now() or invite.uses >= invite.max_uses:
        raise InviteError(_("This teacher invite code is not valid or has expired."))
    return invite
