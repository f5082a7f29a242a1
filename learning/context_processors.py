from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from learning.permissions import request_is_teacher


def roles(request: HttpRequest) -> dict:
    """``is_teacher`` for the navigation, computed once per request."""
    # Lazy: a fragment without the navigation (an answer's feedback) never asks.
    return {"is_teacher": SimpleLazyObject(lambda: request_is_teacher(request))}
