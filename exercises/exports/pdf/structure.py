"""The structure tree of a tagged worksheet, written with ReportLab's own PDF objects: the
catalog's ``/StructTreeRoot`` and ``/MarkInfo``, one ``StructElem`` per element, the
``/ParentTree`` from each page's MCIDs back to their elements, ``/StructParents`` on each page.

A worksheet has a couple of thousand elements (a cell of a table is one): each is written as
compact bytes made in advance, which keeps the file small and fast to write (ReportLab's
general dictionaries take a line per key and a formatting call per value).
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFPage,
)

from exercises.exports.pdf.tagging import Element, Mark, settle

# ReportLab writes the page keys it lists; a page of a tagged file also names its parent tree.
_PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents"]


class _Prepared(PDFObject):
    """An object whose bytes are made before the file is written."""

    def __init__(self) -> None:
        self.data = b""

    def format(self, document: PDFDocument) -> bytes:
        return self.data


def write_structure(doc: PDFDocument, document: Element) -> None:
    """Add ``document`` (the tree a ``Tagger`` grew) to ``doc``, whose pages are all added."""
    settle(document)
    pages = doc.Pages.pages
    page_refs = [_ref(doc, page) for page in pages]
    root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    order: list[tuple[Element, _Prepared, bytes]] = []  # element, its object, its parent
    refs: dict[int, bytes] = {}

    def register(element: Element, parent: bytes) -> None:
        prepared = _Prepared()
        refs[id(element)] = _ref(doc, prepared)
        order.append((element, prepared, parent))
        for kid in element.kids:
            if isinstance(kid, Element):
                register(kid, refs[id(element)])

    register(document, _ref(doc, root))
    parents: list[dict[int, bytes]] = [{} for _ in pages]
    for element, prepared, parent in order:
        prepared.data = _element_bytes(doc, element, parent, refs, page_refs, parents)
    numbers: list[object] = []
    for index, page in enumerate(pages):
        page.__NoDefault__ = _PAGE_KEYS
        page.StructParents = index
        by_mcid = parents[index]
        array = _Prepared()
        array.data = b"[" + b" ".join(by_mcid[m] for m in sorted(by_mcid)) + b"]"
        numbers += [index, doc.Reference(array)]
    root["K"] = PDFArray([doc.Reference(order[0][1])])
    root["ParentTree"] = PDFDictionary({"Nums": PDFArray(numbers)})
    root["ParentTreeNextKey"] = len(pages)
    doc.Catalog.StructTreeRoot = root
    doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})


def _ref(doc: PDFDocument, obj: PDFObject) -> bytes:
    return doc.Reference(obj).format(doc)


def _element_bytes(
    doc: PDFDocument,
    element: Element,
    parent: bytes,
    refs: dict[int, bytes],
    page_refs: list[bytes],
    parents: list[dict[int, bytes]],
) -> bytes:
    me = refs[id(element)]
    # /Type is optional for a structure element, and ReportLab never encrypts these files.
    out = [b"<</S/", element.tag.encode("ascii"), b"/P ", parent]
    if element.lang:
        out += [b"/Lang(", element.lang.encode("ascii"), b")"]
    if element.actual is not None:
        out += [b"/ActualText<FEFF", element.actual.encode("utf-16-be").hex().encode(), b">"]
    if element.attributes:
        pairs = (f"/{k} {v}" for k, v in element.attributes.items())
        out += [b"/A<<", " ".join(pairs).encode("ascii"), b">>"]
    first_page = next((kid.page for kid in element.kids if isinstance(kid, Mark)), None)
    if first_page is not None:
        out += [b"/Pg ", page_refs[first_page]]
    kids: list[bytes] = []
    for kid in element.kids:
        if isinstance(kid, Element):
            kids.append(refs[id(kid)])
            continue
        parents[kid.page][kid.mcid] = me
        if kid.page == first_page:
            kids.append(b"%d" % kid.mcid)
        else:  # a part drawn on a later page
            kids.append(b"<</Type/MCR/Pg %s/MCID %d>>" % (page_refs[kid.page], kid.mcid))
    out += [b"/K[", b" ".join(kids), b"]>>"]
    return b"".join(out)
