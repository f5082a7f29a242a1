"""Who may do what on the exercise side. Roles are Django groups; the learning app assigns them."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

TEACHERS_GROUP = "teachers"


def is_teacher(user: AbstractBaseUser | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    if getattr(user, "is_superuser", False):
        return True
    return user.groups.filter(name=TEACHERS_GROUP).exists()


View = Callable[..., HttpResponse]


def teacher_required(view: View) -> View:
    """Anonymous visitors go to the login page; signed-in non-teachers get 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_teacher(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
