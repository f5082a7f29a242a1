"""Who may do what: roles are Django groups. Teachers prepare material and see their classes;
any signed-in user may learn (a teacher too)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, Group
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

TEACHERS_GROUP = "teachers"

View = Callable[..., HttpResponse]


def teachers_group() -> Group:
    group, _ = Group.objects.get_or_create(name=TEACHERS_GROUP)
    return group


def is_teacher(user: AbstractBaseUser | AnonymousUser) -> bool:
    if not user.is_authenticated:
        return False
    if getattr(user, "is_superuser", False):
        return True
    return user.groups.filter(name=TEACHERS_GROUP).exists()


def request_is_teacher(request: HttpRequest) -> bool:
    """``is_teacher`` for the request's user, asked of the database once per request (the
    check on the view and the navigation's both use it)."""
    cached = getattr(request, "_is_teacher", None)
    if cached is None:
        user = getattr(request, "user", None)
        cached = bool(user is not None and is_teacher(user))
        request._is_teacher = cached
    return cached


def request_is_teacher_known(request: HttpRequest, *, in_teachers_group: bool) -> None:
    """Give ``request_is_teacher`` its answer when the caller has read the user's membership
    of the teachers' group with another query of this request (the quiz pages do)."""
    user = request.user
    request._is_teacher = bool(
        user.is_authenticated and (getattr(user, "is_superuser", False) or in_teachers_group)
    )


def learner_required(view: View) -> View:
    """Anonymous visitors go to the login page; every signed-in user may learn."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def teacher_required(view: View) -> View:
    """Anonymous visitors go to the login page; signed-in non-teachers get 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request_is_teacher(request):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
