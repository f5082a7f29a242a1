"""The page around the worksheet: size, margins, the footer with the title, "Page n of N"."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Literal

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from exercises.exports.pdf.fonts import LATIN, register_fonts
from exercises.exports.pdf.rtl_text import draw_text
from exercises.exports.pdf.structure import write_structure
from exercises.exports.pdf.styles import AR_FOOTER, MUTED, RULE
from exercises.exports.pdf.tagging import FOOTER, Tagger, artifact


def footer(title: str, margin: float, page_width: float) -> Callable[[Canvas, object], None]:
    def draw(canvas: Canvas, doc: object) -> None:
        with artifact(canvas, FOOTER):
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(margin, 1.45 * cm, page_width - margin, 1.45 * cm)
            half = (page_width - 2 * margin) / 2
            draw_text(canvas, title, page_width - margin - half, 1.0 * cm, half, AR_FOOTER)
            canvas.restoreState()

    return draw


class NumberedCanvas(Canvas):
    """Holds the pages back until the end so each can say "Page n of N"; tags what is drawn
    (``tagging.py``) and writes the structure tree when it saves."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        # Each page starts in this font (ReportLab's default, Helvetica, would not be embedded).
        register_fonts()
        kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self.tagger = Tagger()

    def showPage(self) -> None:  # noqa: N802
        self._held.append(dict(self.__dict__))
        self._startPage()
        self.tagger.next_page()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            with artifact(self, FOOTER):
                self.saveState()
                self.setFont(LATIN, 8)
                self.setFillColor(MUTED)
                self.drawString(2 * cm, 1.0 * cm, f"Page {self._pageNumber} of {total}")
                self.restoreState()
            super().showPage()
        write_structure(self._doc, self.tagger.document)
        super().save()


def document_bytes(
    title: str, page_size: Literal["A4", "Letter"], story: Callable[[float], list[Flowable]]
) -> bytes:
    """The PDF of ``story(width of the text)`` on pages of ``page_size``, with a footer.

    Returns:
        The PDF file's bytes.
    """
    register_fonts()  # the English paragraphs' fonts, before the story makes them
    page = A4 if page_size == "A4" else LETTER
    margin = 2 * cm
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=1.8 * cm,
        bottomMargin=2 * cm,
        title=title,
        subject="Arabic reading worksheet",
        creator="arabic-exercises",
        lang="ar",  # the document language, for screen readers and search
        displayDocTitle=True,  # viewers show the title rather than the file name
    )
    frame = Frame(margin, 2 * cm, page[0] - 2 * margin, page[1] - 3.8 * cm, id="body")
    on_page = footer(title, margin, page[0])
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story(frame._width), canvasmaker=NumberedCanvas)
    return buffer.getvalue()
