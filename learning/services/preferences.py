"""The interface digits a user chose: kept on the account (every device) and in the session (no
query per page)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest

from exercises.numerals import CHOICES, WESTERN
from learning.models import Preference

SESSION_KEY = "digits"


def digits_of_request(request: HttpRequest) -> str:
    """The session's choice, else the account's (then kept in the session), else Western."""
    session = getattr(request, "session", None)
    if session is not None and session.get(SESSION_KEY) in CHOICES:
        return session[SESSION_KEY]
    user = getattr(request, "user", None)
    choice = WESTERN
    if user is not None and user.is_authenticated:
        stored = Preference.objects.filter(user=user).values_list("digits", flat=True).first()
        choice = stored if stored in CHOICES else WESTERN
        if session is not None:
            session[SESSION_KEY] = choice
    return choice


def digits_set(request: HttpRequest, choice: str) -> None:
    """Keep ``choice`` (one of :data:`exercises.numerals.CHOICES`) for this user."""
    if choice not in CHOICES:
        raise ValueError(choice)
    request.session[SESSION_KEY] = choice
    user: AbstractBaseUser | None = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        Preference.objects.update_or_create(user=user, defaults={"digits": choice})
