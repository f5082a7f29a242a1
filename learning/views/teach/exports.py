"""Teacher export page and downloads: PDF worksheet, Anki deck, Moodle XML, GIFT, CSV.

A large article's file (``export_in_background``) is made by a job: the teacher is sent to its
progress page, which hands over the file when it is ready.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render

from exercises.exports.anki import anki_deck
from exercises.exports.pdf_preview import first_page_png, preview_available
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
from learning.selectors.classes import set_with_answers_for, sets_with_answers_for
from learning.views.exports import anki_response


@teacher_required
def export_page(request: HttpRequest, article_id: int) -> HttpResponse:
    """The formats, the set that goes with them (any approved set the teacher may have) and
    a picture of the worksheet's first page with the options chosen."""
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    sets = list(sets_with_answers_for(request.user, article))
    chosen = set_with_answers_for(request.user, article, request.GET.get("set"))
    form = _worksheet_form(request.GET)
    query = request.GET.copy()
    query.pop("set", None)
    if chosen is not None:
        query["set"] = str(chosen.pk)
    return render(
        request,
        "learning/teach/export.html",
        {
            "article": article,
            "form": form,
            "approved_set": chosen,
            "sets": sets,
            "set_query": f"set={chosen.pk}" if chosen else "",
            "preview_query": query.urlencode(),
            "preview": preview_available() and not export_in_background(article, "pdf"),
        },
    )


@teacher_required
def export_preview(request: HttpRequest, article_id: int) -> HttpResponse:
    """The worksheet's first page as PNG; 404 when it cannot be shown (no poppler, an article
    long enough to be exported by a job, options refused)."""
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    form = _worksheet_form(request.GET)
    if export_in_background(article, "pdf") or not form.is_valid():
        raise Http404
    exercise_set = set_with_answers_for(request.user, article, request.GET.get("set"))
    pdf = export_bytes(article, "pdf", exercise_set=exercise_set, pdf_options=form.cleaned_data)
    png = first_page_png(pdf)
    if png is None:
        raise Http404
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "private, max-age=300"
    return response


def _worksheet_form(query: QueryDict) -> WorksheetForm:
    """Bound to the query when it holds worksheet choices, else the defaults (bound, so that
    a preview without choices shows the default worksheet)."""
    if any(name in query for name in WorksheetForm.base_fields):
        return WorksheetForm(query)
    return WorksheetForm(
        {
            name: field.initial
            for name, field in WorksheetForm.base_fields.items()
            if field.initial not in (None, False)
        }
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
    exercise_set = (
        set_with_answers_for(request.user, article, request.GET.get("set"))
        if fmt != "csv"
        else None
    )
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
