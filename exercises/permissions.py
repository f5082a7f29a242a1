"""Who may do what on the exercise side. Roles are Django groups; the learning app assigns them."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

TEACHERS_GROUP = "teachers"


def is_teacher(user: AbstractBaseUser | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    if getattr(user, "is_superuser", False):
        return True
    return user.groups.filter(name=TEACHERS_GROUP).exists()
