"""Printable worksheets (PDF) of an article: the sections a teacher picks, and an answer key.

Arabic is typeset by ``rtl_text.RtlParagraph`` (Amiri, shaped by HarfBuzz, laid out right to
left); English by ReportLab's own paragraphs in Amiri's Latin letters. Each section has a
module of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from exercises.exports.article import ExportArticle
from exercises.exports.pdf.answer_key import answer_key_section
from exercises.exports.pdf.blocks import name_class_date
from exercises.exports.pdf.cloze import cloze_section
from exercises.exports.pdf.comprehension import comprehension_section
from exercises.exports.pdf.options import WorksheetOptions
from exercises.exports.pdf.page import document_bytes
from exercises.exports.pdf.reading import reading_section
from exercises.exports.pdf.roots import roots_section
from exercises.exports.pdf.rtl_text import RtlParagraph
from exercises.exports.pdf.sheet import Sheet
from exercises.exports.pdf.styles import AR_TITLE, EN_SUBTITLE, Paragraph
from exercises.exports.pdf.vocabulary import vocabulary_section

__all__ = ["WorksheetOptions", "worksheet_pdf_bytes"]


def worksheet_pdf_bytes(article: ExportArticle, options: WorksheetOptions | None = None) -> bytes:
    """A worksheet for ``article`` with the sections chosen in ``options``.

    Returns:
        The PDF file's bytes.
    """
    options = options or WorksheetOptions()
    title = options.title or article.title
    return document_bytes(
        title, options.page_size, lambda width: _story(Sheet(article, options, width), title)
    )


def _story(sheet: Sheet, title: str) -> list[Flowable]:
    o = sheet.options
    story: list[Flowable] = []
    if o.header:
        story += [name_class_date(sheet.width), Spacer(1, 10)]
    story += [RtlParagraph(title, AR_TITLE)]
    subtitle = "Reading worksheet" + (f" · {sheet.article.source}" if sheet.article.source else "")
    story += [Paragraph(escape(subtitle), EN_SUBTITLE), Spacer(1, 8)]
    sections: list[tuple[bool, Callable[[Sheet], list[Flowable]]]] = [
        (o.article, reading_section),
        (o.vocabulary, vocabulary_section),
        (o.cloze, cloze_section),
        (o.comprehension, comprehension_section),
        (o.roots, roots_section),
    ]
    for chosen, build in sections:
        if chosen:
            story += build(sheet)
    if o.answer_key and any(items for _, items in sheet.keys):
        story += answer_key_section(sheet)
    return story
