"""Sign-up and the home page that sends each role where it works."""

from __future__ import annotations

from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from learning.forms import SignUpForm
from learning.permissions import request_is_teacher
from learning.services.accounts import InviteError, user_sign_up


def sign_up(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = user_sign_up(
                username=data["username"],
                email=data["email"],
                password=data["password1"],
                teacher_invite=data["teacher_invite"],
            )
        except InviteError as error:
            form.add_error("teacher_invite", str(error))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect("home")
    return render(request, "registration/signup.html", {"form": form})


def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("exercises:article_list")
    if request_is_teacher(request):
        return redirect("teach:class_list")
    return redirect("learning:dashboard")
