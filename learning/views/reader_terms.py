"""The reader's terms of several words: shown, saved with a status, removed, without reloading
the page. The page hears ``learnerTerms`` (every term of the article) to highlight them."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from exercises.models import Article
from learning.models import LearnerTerm, WordStatus
from learning.permissions import learner_required
from learning.selectors.reading import reading_article
from learning.selectors.reading_spans import MAX_TERM_WORDS, Span, SpanRefused, term_span
from learning.services.reader_audio import speech_problem
from learning.services.terms import learner_terms, term_delete, term_save


@require_GET
def term_panel(request: HttpRequest, article_id: int) -> HttpResponse:
    """The panel for a run of words (``?first=&last=``): the phrase, and its status when kept."""
    article = reading_article(request.user, article_id)
    first, last = _ends(request.GET)
    if first is None:
        return HttpResponseBadRequest("first and last tokens wanted")
    try:
        span = term_span(article, first, last)
    except SpanRefused:
        return _refused(request, article)
    return _panel(request, article, span)


@require_POST
@learner_required
def term_status(request: HttpRequest, article_id: int) -> HttpResponse:
    article = reading_article(request.user, article_id)
    first, last = _ends(request.POST)
    status = request.POST.get("status", "")
    if first is None or status not in WordStatus.values:
        return HttpResponseBadRequest("unknown term or status")
    try:
        span = term_span(article, first, last)
    except SpanRefused:
        return HttpResponseBadRequest("not a term")
    term_save(learner=request.user, article=article, span=span, status=status)
    return _with_terms(request, article, _panel(request, article, span))


@require_POST
@learner_required
def term_remove(request: HttpRequest, article_id: int) -> HttpResponse:
    article = reading_article(request.user, article_id)
    first, last = _ends(request.POST)
    if first is None:
        return HttpResponseBadRequest("unknown term")
    try:
        span = term_span(article, first, last)
    except SpanRefused:
        return HttpResponseBadRequest("not a term")
    term_delete(learner=request.user, article=article, first=first, last=last)
    return _with_terms(request, article, _panel(request, article, span, removed=True))


def _panel(
    request: HttpRequest, article: Article, span: Span, *, removed: bool = False
) -> HttpResponse:
    term = None
    if request.user.is_authenticated:
        term = LearnerTerm.objects.filter(
            learner=request.user, article=article, first_token=span.first, last_token=span.last
        ).first()
    return render(
        request,
        "learning/reader/_term.html",
        {
            "article": article,
            "span": span,
            "term": term,
            "removed": removed,
            "statuses": WordStatus.choices,
            "speech_problem": speech_problem(),
        },
    )


def _refused(request: HttpRequest, article: Article) -> HttpResponse:
    return render(
        request,
        "learning/reader/_term_refused.html",
        {"article": article, "max_words": MAX_TERM_WORDS},
    )


def _with_terms(request: HttpRequest, article: Article, response: HttpResponse) -> HttpResponse:
    return trigger_client_event(
        response, "learnerTerms", {"terms": learner_terms(request.user, article)}
    )


def _ends(data) -> tuple[int | None, int | None]:
    first, last = data.get("first", ""), data.get("last", "")
    if not (first.isascii() and first.isdigit() and last.isascii() and last.isdigit()):
        return None, None
    return int(first), int(last)
