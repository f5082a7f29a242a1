"""Bringing an article in the browser: a teacher into the library, a learner for their own
reading. Paste, upload or a web address; preview before saving; the analysis runs as a job."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from exercises.article_sources import FetchRules
from exercises.forms import ArticleEditForm, ArticleImportForm
from exercises.selectors.articles import articles_editable_by
from exercises.services.articles import article_update
from exercises.services.jobs import job_article_import_start
from learning.permissions import learner_required, teacher_required
from learning.selectors.classes import article_in_use
from learning.selectors.import_preview import import_preview
from learning.services.library import ArticleInUseError, article_delete


@teacher_required
def library_article_new(request: HttpRequest) -> HttpResponse:
    return _import_page(request, private=False)


@learner_required
def own_article_new(request: HttpRequest) -> HttpResponse:
    return _import_page(request, private=True)


def _import_page(request: HttpRequest, *, private: bool) -> HttpResponse:
    posted = request.method == "POST"
    form = ArticleImportForm(
        request.POST if posted else None,
        request.FILES if posted else None,
        fetch_rules=_fetch_rules(),
    )
    context = {"form": form, "private": private, "preview": None}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if request.POST.get("preview"):
            context["preview"] = import_preview(request.user, form.article_text, data["title"])
            context["text"] = form.article_text.text
        else:
            job = job_article_import_start(
                user=request.user,
                text=form.article_text.text,
                title=data["title"] or form.article_text.title_hint,
                source=data["source"],
                private=private,
            )
            return redirect("learning:job", job_id=job.pk)
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "learning/article_new.html", context, status=status)


def _fetch_rules() -> FetchRules:
    return FetchRules(
        allow_private=settings.ARTICLE_FETCH_ALLOW_PRIVATE,
        timeout=settings.ARTICLE_FETCH_TIMEOUT,
    )


@teacher_required
def library_article_edit(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_editable_by(request.user), pk=article_id)
    initial = {"title": article.title, "source": article.source}
    form = ArticleEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        article_update(article=article, **form.cleaned_data)
        messages.success(request, _("Article saved."))
        return redirect("teach:home")
    in_use = article_in_use(article)
    return render(
        request,
        "learning/teach/article_edit.html",
        {"article": article, "form": form, "in_use": in_use},
    )


@require_POST
@teacher_required
def library_article_delete(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_editable_by(request.user), pk=article_id)
    try:
        article_delete(article=article)
    except ArticleInUseError as error:
        messages.error(request, str(error))
        return redirect("teach:article_edit", article_id=article.pk)
    messages.success(request, _("Article deleted."))
    return redirect("teach:home")
