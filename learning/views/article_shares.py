"""The article list's "not yet known to you" figures, fetched by the list (which is public and
knows nothing of learners) once the page has loaded."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from exercises.selectors.articles import articles_visible_to
from learning.permissions import learner_required
from learning.selectors.article_shares import unknown_shares

MAX_ARTICLES = 500


@require_GET
@learner_required
def article_shares(request: HttpRequest) -> HttpResponse:
    wanted = [int(part) for part in request.GET.get("ids", "").split(",") if part.isdigit()]
    visible = articles_visible_to(request.user).filter(pk__in=wanted[:MAX_ARTICLES])
    shares = unknown_shares(request.user, visible.values_list("pk", flat=True))
    return render(request, "learning/_article_shares.html", {"shares": sorted(shares.items())})
