"""A learner's own Anki deck: the article's words they do not know yet."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from exercises.exports.anki import anki_deck_bytes
from exercises.selectors.articles import article_vocabulary, articles_visible_to
from exercises.selectors.exports import export_article
from learning.permissions import learner_required
from learning.selectors.progress import words_to_study


@learner_required
def my_anki_deck(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    words = words_to_study(request.user, article_vocabulary(article).words)
    data = anki_deck_bytes([export_article(article, words=words)], include_cloze=False)
    response = HttpResponse(data, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="my-words-article-{article.pk}.apkg"'
    return response
