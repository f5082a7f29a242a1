"""Teacher export page and downloads: PDF worksheet, Anki deck, Moodle XML, GIFT, CSV.

A large article's file (``export_in_background``) is made by a job: the teacher is sent to its
progress page, which hands over the file when it is ready.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from exercises.exports.anki import anki_deck
from exercises.forms import WorksheetForm
from exercises.selectors.articles import articles_visible_to
from exercises.selectors.exports import export_article
from exercises.services.export_files import (
    FORMATS,
    export_bytes,
    export_filename,
    export_in_background,
)
from exercises.services.jobs import job_export_start
from learning.permissions import teacher_required
from learning.selectors.classes import set_with_answers_for
from learning.views.exports import anki_response


@teacher_required
def export_page(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    return render(
        request,
        "learning/teach/export.html",
        {
            "article": article,
            "form": WorksheetForm(),
            "approved_set": set_with_answers_for(request.user, article),
        },
    )


@teacher_required
def export_download(request: HttpRequest, article_id: int, fmt: str) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    if fmt not in FORMATS:
        return HttpResponse("Unknown export format.", status=404)
    pdf_options = None
    if fmt == "pdf":
        form = WorksheetForm(request.GET)
        if not form.is_valid():
            return render(
                request,
                "learning/teach/export.html",
                {"article": article, "form": form, "approved_set": None},
                status=400,
            )
        pdf_options = dict(form.cleaned_data)
    # The set whose answers this teacher may have, if any.
    exercise_set = set_with_answers_for(request.user, article) if fmt != "csv" else None
    if export_in_background(article, fmt):
        job = job_export_start(
            user=request.user,
            article=article,
            fmt=fmt,
            exercise_set=exercise_set,
            pdf_options=pdf_options,
        )
        return redirect("learning:job", job.pk)
    if fmt == "apkg":
        deck = anki_deck([export_article(article, exercise_set=exercise_set)])
        return anki_response(request, deck, export_filename(article, fmt))
    # Ordering items as Moodle's ordering question when the teacher asks (Moodle 4.4+).
    ordering = "ordering" if request.GET.get("ordering") == "ordering" else "matching"
    data = export_bytes(
        article, fmt, exercise_set=exercise_set, pdf_options=pdf_options, ordering=ordering
    )
    return file_response(data, FORMATS[fmt][0], export_filename(article, fmt))


def file_response(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
