"""Teacher export page and downloads: PDF worksheet, Anki deck, Moodle XML, GIFT, CSV."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify

from exercises.exports.anki import anki_deck
from exercises.exports.article import ExportArticle, with_vocabulary_from_level
from exercises.exports.csv_export import vocabulary_csv_bytes
from exercises.exports.gift import gift_bytes
from exercises.exports.moodle import moodle_xml_bytes
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes
from exercises.forms import WorksheetForm
from exercises.models import Article
from exercises.selectors.articles import article_vocabulary, articles_visible_to
from exercises.selectors.exports import export_article
from learning.permissions import teacher_required
from learning.selectors.classes import set_with_answers_for
from learning.views.exports import anki_response

FORMATS = {
    "apkg": ("application/octet-stream", "apkg"),
    "moodle": ("application/xml; charset=utf-8", "xml"),
    "gift": ("text/plain; charset=utf-8", "gift.txt"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "pdf": ("application/pdf", "pdf"),
}


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
    if fmt == "csv":
        data = vocabulary_csv_bytes(article_vocabulary(article).words)
    elif fmt == "pdf":
        form = WorksheetForm(request.GET)
        if not form.is_valid():
            return render(
                request,
                "learning/teach/export.html",
                {"article": article, "form": form, "approved_set": None},
                status=400,
            )
        options = dict(form.cleaned_data)
        level = options.pop("vocabulary_level") or None
        data = worksheet_pdf_bytes(
            with_vocabulary_from_level(_data(request, article), level), WorksheetOptions(**options)
        )
    elif fmt == "apkg":
        name = slugify(f"article-{article.pk}") or "article"
        return anki_response(request, anki_deck([_data(request, article)]), f"{name}.apkg")
    else:
        exporter = {"moodle": moodle_xml_bytes, "gift": gift_bytes}[fmt]
        # Ordering items as Moodle's ordering question when the teacher asks (Moodle 4.4+).
        ordering = "ordering" if request.GET.get("ordering") == "ordering" else "matching"
        data = exporter([_data(request, article)], ordering=ordering)
    content_type, extension = FORMATS[fmt]
    response = HttpResponse(data, content_type=content_type)
    name = slugify(f"article-{article.pk}") or "article"
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response


def _data(request: HttpRequest, article: Article) -> ExportArticle:
    """The article with the exercises of a set whose answers this teacher may have, if any."""
    return export_article(article, exercise_set=set_with_answers_for(request.user, article))
