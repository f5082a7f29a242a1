from __future__ import annotations

from django.http import HttpRequest

from learning.permissions import is_teacher


def roles(request: HttpRequest) -> dict:
    """``is_teacher`` for the navigation, computed once per request."""
    user = getattr(request, "user", None)
    return {"is_teacher": bool(user is not None and is_teacher(user))}
