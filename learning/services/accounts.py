"""Accounts: sign-up with a role."""

from __future__ import annotations

from typing import Literal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction

from learning.permissions import teachers_group

Role = Literal["learner", "teacher"]


@transaction.atomic
def user_sign_up(*, username: str, email: str, password: str, role: Role) -> AbstractUser:
    """Create an account; a teacher joins the teachers group."""
    user = get_user_model().objects.create_user(username=username, email=email, password=password)
    if role == "teacher":
        user.groups.add(teachers_group())
    return user
