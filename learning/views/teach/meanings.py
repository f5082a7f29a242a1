"""The teacher's corrections of an article's vocabulary: a word's meaning (gloss, chosen among
the dictionary's senses or written) and its vowels, edited in place with htmx (a page of its
own without JavaScript), and reverted to the automatic values.

Only the teacher who added the article (or an admin) may correct it: anyone else gets a 404."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exercises.models import Article, VocabularyWord
from exercises.selectors.articles import Meaning, article_meanings, articles_editable_by
from exercises.services.meanings import vocabulary_override_revert, vocabulary_override_set
from learning.permissions import teacher_required
from learning.services.progress import word_progress_regloss


def _own_article(request: HttpRequest, article_id: int) -> Article:
    return get_object_or_404(articles_editable_by(request.user).defer("analysis"), pk=article_id)


def _get(request: HttpRequest, article_id: int, entry_id: int) -> tuple[Article, Meaning]:
    article = _own_article(request, article_id)
    found = article_meanings(article, word_id=entry_id)
    if not found:
        raise Http404
    return article, found[0]


def _list_url(article: Article, meaning: Meaning) -> str:
    return reverse("teach:meanings", args=[article.pk]) + f"#word-{meaning.word_id}"


@teacher_required
def meanings(request: HttpRequest, article_id: int) -> HttpResponse:
    article = _own_article(request, article_id)
    rows = article_meanings(article)
    return render(
        request,
        "learning/teach/meanings.html",
        {
            "article": article,
            "words": [m for m in rows if not m.is_name],
            "names": [m for m in rows if m.is_name],
        },
    )


@teacher_required
def meaning_edit(request: HttpRequest, article_id: int, entry_id: int) -> HttpResponse:
    """GET: the form (the row's form alone for htmx); POST: save, then the row (htmx) or back to
    the list. A refused value comes back in the form with its message."""
    article, meaning = _get(request, article_id, entry_id)
    context = {"article": article, "m": meaning, "errors": {}}
    if request.method == "POST":
        gloss, vocalized = request.POST.get("gloss", ""), request.POST.get("vocalized", "")
        word = VocabularyWord.objects.get(pk=meaning.word_id)
        old_gloss = meaning.entry.gloss
        try:
            vocabulary_override_set(word=word, gloss=gloss, vocalized=vocalized, user=request.user)
        except ValidationError as error:
            context |= {"errors": error.message_dict, "gloss": gloss, "vocalized": vocalized}
        else:
            article, meaning = _get(request, article_id, entry_id)
            word_progress_regloss(
                teacher=request.user, lemma=word.lemma, old=old_gloss, new=meaning.entry.gloss
            )
            return _saved(request, article, meaning, _("Meaning saved."))
    template = (
        "learning/teach/_meaning_form.html" if request.htmx else "learning/teach/meaning_edit.html"
    )
    return render(request, template, context)


@require_POST
@teacher_required
def meaning_revert(request: HttpRequest, article_id: int, entry_id: int) -> HttpResponse:
    article, meaning = _get(request, article_id, entry_id)
    word = VocabularyWord.objects.get(pk=meaning.word_id)
    vocabulary_override_revert(word=word)
    article, reverted = _get(request, article_id, entry_id)
    word_progress_regloss(
        teacher=request.user, lemma=word.lemma, old=meaning.entry.gloss, new=reverted.entry.gloss
    )
    return _saved(request, article, reverted, _("Back to the automatic meaning."))


@teacher_required
def meaning_row(request: HttpRequest, article_id: int, entry_id: int) -> HttpResponse:
    """The row as shown in the list (htmx's way back from the form: Cancel)."""
    article, meaning = _get(request, article_id, entry_id)
    if not request.htmx:
        return redirect(_list_url(article, meaning))
    return render(request, "learning/teach/_meaning_row.html", {"article": article, "m": meaning})


def _saved(request: HttpRequest, article: Article, meaning: Meaning, note: str) -> HttpResponse:
    if request.htmx:
        return render(
            request,
            "learning/teach/_meaning_row.html",
            {"article": article, "m": meaning, "saved": note},
        )
    messages.success(request, note)
    return redirect(_list_url(article, meaning))
