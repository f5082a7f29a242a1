"""'Mark the rest known' at the end of an article: a confirm step saying how many words, one
bulk update, then a count and an undo. The page hears ``statusesChanged`` and colours again."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods
from django_htmx.http import trigger_client_event

from learning.permissions import learner_required
from learning.selectors.reading import reading_article, words_to_learn
from learning.services.rest_known import (
    mark_rest_known,
    marked_from_token,
    never_seen,
    undo_rest_known,
    undo_token,
)

TEMPLATE = "learning/reader/_rest_known_step.html"


@require_http_methods(["GET", "POST"])
@learner_required
def rest_known(request: HttpRequest, article_id: int) -> HttpResponse:
    """GET: the confirm step (how many words). POST: mark them known."""
    article = reading_article(request.user, article_id)
    # "the rest": the words to learn the reader counts (its vocabulary list) that have no
    # status yet; the count offered and the words marked come from this one list
    lemmas = words_to_learn(article)
    if request.method != "POST":
        count = _words(lemmas, never_seen(request.user, lemmas))
        return _render(request, {"article": article, "step": "confirm", "count": count})
    marked = mark_rest_known(learner=request.user, article=article, lemmas=lemmas)
    context = {
        "article": article,
        "step": "done",
        "count": _words(lemmas, marked.lemmas),
        "undo": undo_token(request.user, marked) if marked.lemmas else "",
    }
    return trigger_client_event(_render(request, context), "statusesChanged", {})


@require_http_methods(["GET", "POST"])
@learner_required
def rest_known_undo(request: HttpRequest, article_id: int) -> HttpResponse:
    article = reading_article(request.user, article_id)
    if request.method != "POST":
        return _render(request, {"article": article, "step": "start"})
    marked = marked_from_token(request.user, request.POST.get("undo", ""))
    unmarked = undo_rest_known(learner=request.user, marked=marked) if marked else ()
    count = _words(words_to_learn(article), unmarked)
    context = {"article": article, "step": "undone", "count": count, "expired": marked is None}
    return trigger_client_event(_render(request, context), "statusesChanged", {})


def _words(to_learn: list[str], lemmas) -> int:
    """How many of the reader's words to learn these lemmas are: what its counts change by (two
    entries of the list may share a lemma, عَلَم and عِلْم, and a status is per lemma)."""
    chosen = set(lemmas)
    return sum(lemma in chosen for lemma in to_learn)


def _render(request: HttpRequest, context: dict) -> HttpResponse:
    """The step alone for htmx; a page of its own without scripts."""
    if request.htmx:
        return render(request, TEMPLATE, context)
    return render(request, "learning/reader/rest_known_page.html", context)
