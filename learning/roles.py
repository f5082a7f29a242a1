"""Who may see which page: decorators for views. Roles are Django groups (see exercises.permissions)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.models import Group
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from exercises.permissions import TEACHERS_GROUP, is_teacher

View = Callable[..., HttpResponse]


def teachers_group() -> Group:
    group, _ = Group.objects.get_or_create(name=TEACHERS_GROUP)
    return group


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


def learner_required(view: View) -> View:
    """Any signed-in user may learn (a teacher too); anonymous visitors go to the login page."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper
