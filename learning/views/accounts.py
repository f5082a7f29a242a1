"""Sign-up and the home page that sends each role where it works."""

from __future__ import annotations

from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from exercises.numerals import CHOICES
from learning.forms import SignUpForm
from learning.permissions import request_is_teacher
from learning.services.accounts import InviteError, user_sign_up
from learning.services.preferences import digits_set


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


@require_POST
def digits_choose(request: HttpRequest) -> HttpResponse:
    """Keep the digits the user chose for the Arabic interface; back to the page it came from."""
    choice = request.POST.get("digits", "")
    if choice not in CHOICES:
        return HttpResponseBadRequest()
    digits_set(request, choice)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = "/"
    return redirect(back)
