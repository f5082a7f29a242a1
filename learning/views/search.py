"""Search over the articles and their vocabulary (open to visitors: the library is public)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from exercises.arabic.text.search import MIN_QUERY_CHARS, query_key
from learning.selectors.search import search_articles, search_words

MAX_QUERY_CHARS = 100


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_CHARS]
    key = query_key(query)
    context: dict = {"query": query, "too_short": bool(query) and not key, "min": MIN_QUERY_CHARS}
    if key:
        context["articles"] = search_articles(request.user, key, request.GET.get("page", 1))
        context["words"] = search_words(request.user, key, request.GET.get("wpage", 1))
    return render(request, "learning/search.html", context)
