"""The reading page's word lookups and statuses, fetched without reloading the page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from exercises.models import WordNote
from exercises.selectors.meanings import word_note
from learning.labels import pos_label, root_letters
from learning.models import WordStatus
from learning.permissions import learner_required
from learning.selectors.progress import status_counts, word_statuses
from learning.selectors.reading import (
    article_lemmas,
    reading_article,
    token_lookup,
    token_page,
    words_to_learn,
)
from learning.services.progress import word_status_set
from learning.services.reader_audio import speech_problem
from learning.services.terms import learner_terms, terms_with_token


@require_GET
def reader_words(request: HttpRequest, article_id: int) -> HttpResponse:
    """The bar above the article: status counts per lemma, and the statuses to colour words."""
    article = reading_article(request.user, article_id)
    to_learn = words_to_learn(article)
    statuses = word_statuses(request.user, [*article_lemmas(article), *to_learn])
    return render(
        request,
        "learning/reader/_bar.html",
        {
            "article": article,
            "statuses": statuses,
            "counts": status_counts(statuses, to_learn),
            "lemma_total": len(to_learn),
            "terms": learner_terms(request.user, article),
        },
    )


@require_GET
def word_lookup(request: HttpRequest, article_id: int, token: int) -> HttpResponse:
    article = reading_article(request.user, article_id)
    word = token_lookup(article, token)
    return _panel(request, article, word)


@require_POST
@learner_required
def word_status(request: HttpRequest, article_id: int, token: int) -> HttpResponse:
    article = reading_article(request.user, article_id)
    word = token_lookup(article, token)
    status = request.POST.get("status", "")
    if not word.lemma or status not in WordStatus.values:
        return HttpResponseBadRequest("unknown word or status")
    word_status_set(learner=request.user, lemma=word.lemma, status=status, info=word.info())
    if not request.htmx:
        url = reverse("exercises:article_detail", args=[article.pk])
        return redirect(f"{url}?page={token_page(article, token)}")
    to_learn = words_to_learn(article)
    statuses = word_statuses(request.user, to_learn)
    response = _panel(
        request,
        article,
        word,
        bar={"counts": status_counts(statuses, to_learn), "lemma_total": len(to_learn)},
    )
    return trigger_client_event(response, "wordStatus", {"lemma": word.lemma, "status": status})


def _panel(request: HttpRequest, article, word, bar: dict | None = None) -> HttpResponse:
    status = word_statuses(request.user, [word.lemma]).get(word.lemma, WordStatus.NEW)
    return render(
        request,
        "learning/reader/_word.html",
        {
            "article": article,
            "word": word,
            "pos": pos_label(word.pos),
            "root": root_letters(word.root),
            "status": status,
            "statuses": WordStatus.choices,
            "bar": bar,
            "speech_problem": speech_problem(),
            "learner_terms": terms_with_token(request.user, article, word.token),
            "note": word_note(request.user, word.lemma) if word.lemma else "",
            "note_max": WordNote.MAX_LENGTH,
        },
    )
