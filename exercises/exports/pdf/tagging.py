"""A tagged worksheet: what screen readers read, in which order and language, and what they skip.

While the pages are drawn, each piece of text is wrapped in a marked-content sequence
(``/P <</MCID n>> BDC ... EMC``) and noted in a tree of structure elements that grows in
reading order: a paragraph drawn on its own gets an element of its own (``P``, ``H1``, ``H3``,
from its style); text inside a table cell is a bare mark of its cell, and the table arranges
its cells when it is done (``Table``/``TR``/``TH``/``TD``, a list, or one element such as the
``H2`` of a section heading), right to left where the table is laid out that way. Rules,
backgrounds, boxes to write in, line numbers and the footer are ``/Artifact``. ``structure.py``
writes the tree into the PDF once every page is drawn.

Arabic glyphs are drawn left to right as they stand on the line, so a reader that takes the text
of an element from its glyphs in the order they are drawn (poppler's ``pdfinfo -struct-text``
does) gets each line backwards. Each line of an ``RtlParagraph`` notes its text in logical
order, and the element that holds it gets it as its ``/ActualText``, which assistive technology
reads instead of the glyphs; text extraction (``pdftotext``) goes on reading the glyphs through
their ToUnicode map.

The tagger rides on the canvas (``canvas.tagger``); on any other canvas nothing is marked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]")
LAYOUT = "/Type /Layout"
FOOTER = "/Type /Pagination /Subtype /Footer"


@dataclass(eq=False)
class Mark:
    """One marked-content sequence: its page (from 0), its MCID there, its language."""

    page: int
    mcid: int
    lang: str
    text: str | None = None  # in logical order, where the glyphs are not drawn in that order


@dataclass(eq=False)
class Element:
    tag: str
    lang: str | None = None  # None: the language of its first mark
    kids: list[Element | Mark] = field(default_factory=list)
    cell: tuple[int, int] | None = None  # (row, column) while it is a table's cell
    attributes: dict[str, str] = field(default_factory=dict)  # its /A, e.g. a header's scope
    actual: str | None = None  # its /ActualText


def language(text: str) -> str:
    return "ar" if _ARABIC_LETTER.search(text) else "en"


class Tagger:
    """The structure tree of one document while its pages are drawn."""

    def __init__(self) -> None:
        self.document = Element("Document")
        self._stack: list[Element] = [self.document]
        self.page = 0
        self._next_mcid = 0
        self._open: tuple[Element, str, str] | None = None  # element, tag, language
        self._mark: Mark | None = None  # the open sequence's
        self._artifacts = 0  # how deep inside artifacts the drawing is
        self._wholes: dict[object, Element] = {}  # a split table's element, by its parts' token

    def next_page(self) -> None:
        self.page += 1
        self._next_mcid = 0

    @contextmanager
    def content(self, canvas: Any, tag: str, lang: str) -> Iterator[None]:
        """What is drawn inside is one piece of text: an element ``tag`` of its own, or a mark
        of the table cell being drawn."""
        if self._open is not None or self._artifacts:  # part of the text or artifact around it
            yield
            return
        top = self._stack[-1]
        if top.cell is None:
            owner = Element(tag, lang)
            top.kids.append(owner)
        else:
            owner, tag = top, "Span"
        self._begin(canvas, owner, tag, lang)
        try:
            yield
        finally:
            self._end(canvas)

    @contextmanager
    def artifact(self, canvas: Any, kind: str = LAYOUT) -> Iterator[None]:
        """What is drawn inside is not read; a piece of text it interrupts goes on after it
        (an artifact may not sit inside marked text)."""
        resume = self._open
        if resume is not None:
            self._end(canvas)
        if self._artifacts:  # already inside one
            yield
            return
        canvas.addLiteral(f"/Artifact <<{kind}>> BDC")
        self._artifacts += 1
        try:
            yield
        finally:
            self._artifacts -= 1
            canvas.addLiteral("EMC")
            if resume is not None:
                self._begin(canvas, *resume)

    def note_text(self, text: str) -> None:
        """``text`` (logical order) is what the open sequence draws next."""
        mark = self._mark if self._open is not None else None
        if mark is not None:
            mark.text = f"{mark.text} {text}" if mark.text else text

    def open_group(
        self,
        tag: str,
        lang: str | None = None,
        cell: tuple[int, int] | None = None,
        whole: object = None,
    ) -> Element:
        """A new element inside the current one, or, for a part of a split table (``whole``
        its parts' token), the element of its first part if nothing was read in between."""
        top = self._stack[-1]
        element = self._wholes.get(whole) if whole is not None else None
        if element is None or not top.kids or top.kids[-1] is not element:
            element = Element(tag, lang, cell=cell)
            top.kids.append(element)
            if whole is not None:
                self._wholes[whole] = element
        self._stack.append(element)
        return element

    def close_group(self) -> Element:
        return self._stack.pop()

    def _begin(self, canvas: Any, owner: Element, tag: str, lang: str) -> None:
        self._mark = Mark(self.page, self._next_mcid, lang)
        owner.kids.append(self._mark)
        canvas.addLiteral(f"/{tag} <</MCID {self._next_mcid}>> BDC")
        self._next_mcid += 1
        self._open = (owner, tag, lang)

    def _end(self, canvas: Any) -> None:
        canvas.addLiteral("EMC")
        self._open = None


def tagger_of(canvas: Any) -> Tagger | None:
    return getattr(canvas, "tagger", None)


def content(canvas: Any, tag: str, lang: str):
    """``Tagger.content`` on a tagged canvas, nothing on another."""
    tagger = tagger_of(canvas)
    return tagger.content(canvas, tag, lang) if tagger else nullcontext()


def artifact(canvas: Any, kind: str = LAYOUT):
    """``Tagger.artifact`` on a tagged canvas, nothing on another."""
    tagger = tagger_of(canvas)
    return tagger.artifact(canvas, kind) if tagger else nullcontext()


def note_text(canvas: Any, text: str) -> None:
    """``Tagger.note_text`` on a tagged canvas, nothing on another."""
    tagger = tagger_of(canvas)
    if tagger:
        tagger.note_text(text)


@dataclass(frozen=True)
class TableRole:
    """How a table is read: ``role`` ``Table`` (rows of ``TH``/``TD``; the first
    ``header_rows`` rows and the ``header_columns`` head their columns and rows), ``L`` (an item
    per ``item_cells`` cells with text, the first a ``Lbl`` if ``label``; every cell if 0), or
    any other tag (one element of the cells' text); columns right to left if ``rtl``."""

    role: str = "Div"
    lang: str | None = None
    rtl: bool = True
    header_rows: int = 0
    header_columns: tuple[int, ...] = ()
    item_cells: int = 0
    label: bool = False


def arrange_cells(table: Element, how: TableRole) -> None:
    """Give a drawn table's element its cells in reading order, as ``how`` says."""
    cells = [kid for kid in table.kids if isinstance(kid, Element) and kid.cell is not None]
    earlier = [kid for kid in table.kids if isinstance(kid, Mark) or kid.cell is None]
    cells.sort(key=lambda c: (c.cell[0], -c.cell[1] if how.rtl else c.cell[1]))  # type: ignore[index]
    rows: dict[int, list[Element]] = {}
    for cell in cells:
        rows.setdefault(cell.cell[0], []).append(cell)  # type: ignore[index]
    if how.role == "Table":
        for cell in cells:
            row, column = cell.cell  # type: ignore[misc]
            scope = "/Column" if row < how.header_rows else None
            scope = scope or ("/Row" if column in how.header_columns else None)
            cell.tag = "TH" if scope else "TD"
            if scope:
                cell.attributes = {"O": "/Table", "Scope": scope, **cell.attributes}
        table.kids = earlier + [Element("TR", kids=row) for row in rows.values()]
    elif how.role == "L":
        size = how.item_cells or 1
        groups = [row[i : i + size] for row in rows.values() for i in range(0, len(row), size)]
        table.kids = earlier + [_item(g, how.label) for g in groups if any(c.kids for c in g)]
    else:
        table.kids = earlier + [kid for cell in cells for kid in cell.kids]
    for cell in cells:
        cell.cell = None


def _item(cells: list[Element], label: bool) -> Element:
    """A list item of the text of ``cells``, the first cell with text its label if ``label``."""
    full = [cell for cell in cells if cell.kids]
    kids = []
    if label and len(full) > 1:
        kids.append(Element("Lbl", kids=full.pop(0).kids))
    kids.append(Element("LBody", kids=[kid for cell in full for kid in cell.kids]))
    return Element("LI", kids=kids)


def settle(element: Element) -> bool:
    """Languages filled in (a mark in another language than its element's gets a ``Span``),
    noted texts made ``/ActualText`` (of the element if all of it has one, else of a ``Span``
    around each such mark), empty elements dropped except table cells. Returns whether
    ``element`` keeps any content."""
    marks = [kid for kid in element.kids if isinstance(kid, Mark)]
    if element.lang is None and marks:
        element.lang = marks[0].lang
    whole = bool(marks) and len(marks) == len(element.kids)
    whole = whole and all(m.text is not None and m.lang == element.lang for m in marks)
    if whole:
        element.actual = " ".join(m.text or "" for m in marks)
    kids: list[Element | Mark] = []
    for kid in element.kids:
        if isinstance(kid, Mark):
            own = whole or (kid.lang == element.lang and kid.text is None)
            kids.append(kid if own else Element("Span", kid.lang, [kid], actual=kid.text))
        elif settle(kid) or kid.tag in ("TD", "TH"):
            kids.append(kid)
    element.kids = kids
    return any(isinstance(kid, Mark) or kid.kids for kid in kids)
