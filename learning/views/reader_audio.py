"""The reader's audio: a word or its sentence read aloud by espeak-ng, from the vowelled text,
made once and cached on the server, cached by the browser (ETag, Cache-Control)."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from learning.selectors.reading import reading_article
from learning.selectors.reading_spans import SpanRefused, sentence_span, term_span, word_span
from learning.services.reader_audio import audio_tag, spoken

# Private: the article may be visible to this learner only. A week: the name hashes the text.
CACHE_CONTROL = "private, max-age=604800"
KINDS = ("word", "sentence", "term")


@require_GET
def token_audio(request: HttpRequest, article_id: int, token: int, kind: str) -> HttpResponse:
    """The WAV of the word (``kind`` "word"), of its sentence ("sentence") or of the term from
    it to ``?last=`` ("term"); 503 with a plain-text reason when no speech can be made."""
    if kind not in KINDS:
        raise Http404
    article = reading_article(request.user, article_id)
    text = _span(article, token, kind, request.GET.get("last", "")).vocalized
    tag = audio_tag(text)
    if tag in _tags(request.headers.get("If-None-Match", "")):
        response = HttpResponse(status=304)
    else:
        path = spoken(text)
        if path is None:
            response = HttpResponse(
                _("This could not be read aloud: the speech program is not working."),
                status=503,
                content_type="text/plain; charset=utf-8",
            )
            response["Cache-Control"] = "no-store"
            return response
        response = FileResponse(path.open("rb"), content_type="audio/wav")
    response["ETag"] = tag
    response["Cache-Control"] = CACHE_CONTROL
    return response


def _tags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}


def _span(article, token: int, kind: str, last: str):
    if kind == "word":
        return word_span(article, token)
    if kind == "sentence":
        return sentence_span(article, token)
    if not (last.isascii() and last.isdigit()):
        raise Http404
    try:
        return term_span(article, token, int(last))
    except SpanRefused as error:
        raise Http404 from error
