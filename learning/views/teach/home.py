"""The teacher's home: their exercise sets and the articles to make sets from."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from exercises.selectors.articles import article_list
from exercises.selectors.sets import sets_of_teacher
from learning.permissions import teacher_required


@teacher_required
def teach_home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "learning/teach/home.html",
        {"sets": sets_of_teacher(request.user), "articles": article_list(request.user)},
    )
