"""Who may learn, and the teachers group. Roles are Django groups; teacher_required lives in
exercises.permissions."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.models import Group
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse

from exercises.permissions import TEACHERS_GROUP, View


def teachers_group() -> Group:
    group, _ = Group.objects.get_or_create(name=TEACHERS_GROUP)
    return group


def learner_required(view: View) -> View:
    """Any signed-in user may learn (a teacher too); anonymous visitors go to the login page."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper
