"""ReportLab's paragraph and table, tagged for screen readers as they are drawn (``tagging.py``).

A table is read as ``TaggedTable.tagged`` says; its rules and backgrounds are artifacts. A table
split across pages stays one element: each part after the first adds its rows to it, and the
header rows it repeats are artifacts.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph as ReportLabParagraph
from reportlab.platypus import Table

from exercises.exports.pdf.tagging import (
    TableRole,
    Tagger,
    arrange_cells,
    artifact,
    content,
    language,
    tagger_of,
)

HEADINGS = {"en-subhead": "H3"}  # a paragraph's structure tag by its style's name, else P


class Paragraph(ReportLabParagraph):
    """ReportLab's paragraph (English), tagged ``P`` or as ``HEADINGS`` says."""

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        with content(canvas, HEADINGS.get(self.style.name, "P"), "en"):
            super().drawOn(canvas, x, y, _sW)


class TaggedTable(Table):
    """By default a ``Div`` of its cells' text, read right to left."""

    tag = TableRole()
    tag_whole: object = None  # shared by the parts of one split table
    tag_continued = False  # a part after the first

    def tagged(self, role: str, **how: Any) -> TaggedTable:
        """Read as ``TableRole(role, **how)`` says."""
        self.tag = TableRole(role, **how)
        return self

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        whole = self.tag_whole if self.tag_whole is not None else object()
        for index, part in enumerate(parts):
            if isinstance(part, TaggedTable):
                part.tag = self.tag
                part.tag_whole = whole
                part.tag_continued = self.tag_continued or index > 0
        return parts

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        if tagger is None:
            super().draw()
            return
        element = tagger.open_group(self.tag.role, self.tag.lang, whole=self.tag_whole)
        # ReportLab's render callback says which row and column each cell is, spans included.
        self._renderCB = lambda table, event, *args: self._on_render(tagger, event, args)
        try:
            super().draw()
        finally:
            self._renderCB = None
            tagger.close_group()
        arrange_cells(element, self.tag)

    def _on_render(self, tagger: Tagger, event: str, args: tuple[Any, ...]) -> None:
        if event == "startCell":
            row, column = args[0], args[1]
            cell = tagger.open_group("TD", cell=(row, column))
            span = (getattr(self, "_spanRanges", None) or {}).get((column, row))
            if span and span[2:] != span[:2]:
                rows, columns = span[3] - span[1] + 1, span[2] - span[0] + 1
                cell.attributes = {"O": "/Table", "RowSpan": str(rows), "ColSpan": str(columns)}
        elif event == "endCell":
            tagger.close_group()
        elif event == "startRow" and self.tag_continued and args[0] < self.tag.header_rows:
            self._repeat = tagger.artifact(self.canv)  # a header row repeated on this page
            self._repeat.__enter__()
        elif event == "endRow" and getattr(self, "_repeat", None) is not None:
            self._repeat.__exit__(None, None, None)
            self._repeat = None

    def _drawBkgrnd(self) -> None:  # noqa: N802
        with artifact(self.canv):
            super()._drawBkgrnd()

    def _drawLines(self) -> None:  # noqa: N802
        with artifact(self.canv):
            super()._drawLines()

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: N802
        if isinstance(cellval, str):
            text = cellval.strip()
            marking = content(self.canv, "Span", language(text)) if text else artifact(self.canv)
            with marking:
                super()._drawCell(cellval, cellstyle, pos, size)
            return
        super()._drawCell(cellval, cellstyle, pos, size)
