"""A learner's own Anki deck: the article's words they do not know yet."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from exercises.exports.anki import anki_deck
from exercises.exports.anki_media import AnkiDeck
from exercises.selectors.articles import article_vocabulary, articles_visible_to
from exercises.selectors.exports import export_article
from exercises.selectors.meanings import entries_noted, word_notes
from learning.permissions import learner_required
from learning.selectors.progress import words_to_study


@learner_required
def my_anki_deck(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    words = words_to_study(request.user, article_vocabulary(article).words)
    words = entries_noted(words, word_notes(request.user, (entry.lemma for entry in words)))
    deck = anki_deck([export_article(article, words=words)], include_cloze=False)
    return anki_response(request, deck, f"my-words-article-{article.pk}.apkg")


def anki_response(request: HttpRequest, deck: AnkiDeck, filename: str) -> HttpResponse:
    """The deck as a download; when it has no audio because the server cannot make speech, a
    message for the next page the user sees (the download itself shows none)."""
    if deck.audio_problem:
        messages.warning(
            request,
            _(
                "The Anki deck has no recorded audio: espeak-ng is not installed on the server. "
                "Anki can still read the words with the device's Arabic voice."
            ),
        )
    response = HttpResponse(deck.data, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
