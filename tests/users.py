"""Users for tests, in either role. Every test user's password is PASSWORD."""

from __future__ import annotations

from django.contrib.auth.models import Group, User

from learning.permissions import TEACHERS_GROUP

PASSWORD = "pw-12345-abc"


def make_user(username: str, *, teacher: bool = False) -> User:
    user = User.objects.create_user(username, email=f"{username}@example.org", password=PASSWORD)
    if teacher:
        group, _ = Group.objects.get_or_create(name=TEACHERS_GROUP)
        user.groups.add(group)
    return user
