"""A learner's own note on a word, saved from the reader's word panel (in place with htmx; back
to the article's page without JavaScript)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exercises.models import WordNote
from exercises.services.meanings import word_note_set
from learning.permissions import learner_required
from learning.selectors.reading import reading_article, token_lookup, token_page


@require_POST
@learner_required
def word_note_save(request: HttpRequest, article_id: int, token: int) -> HttpResponse:
    article = reading_article(request.user, article_id)
    word = token_lookup(article, token)
    if not word.lemma:
        return HttpResponseBadRequest("unknown word")
    text = request.POST.get("text", "")
    error, saved = "", ""
    try:
        note = word_note_set(user=request.user, lemma=word.lemma, text=text)
    except ValidationError as refused:
        error = " ".join(refused.message_dict.get("text", refused.messages))
    else:
        text = note.text if note else ""
        saved = _("Note saved.") if note else _("Note deleted.")
    if not request.htmx:
        (messages.error if error else messages.success)(request, error or saved)
        url = reverse("exercises:article_detail", args=[article.pk])
        return redirect(f"{url}?page={token_page(article, token)}")
    context = {
        "article": article,
        "word": word,
        "note": text,
        "note_error": error,
        "note_saved": saved,
        "note_max": WordNote.MAX_LENGTH,
    }
    return render(request, "learning/reader/_note.html", context)
