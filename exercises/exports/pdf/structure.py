"""The structure tree of a tagged worksheet, written with ReportLab's own PDF objects: the
catalog's ``/StructTreeRoot`` and ``/MarkInfo``, one ``StructElem`` per element, the
``/ParentTree`` from each page's MCIDs back to their elements, ``/StructParents`` on each page."""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObjectReference,
    PDFPage,
    PDFString,
)

from exercises.exports.pdf.tagging import Element, Mark, settle

# ReportLab writes the page keys it lists; a page of a tagged file also names its parent tree.
_PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents"]


def write_structure(doc: PDFDocument, document: Element) -> None:
    """Add ``document`` (the tree a ``Tagger`` grew) to ``doc``, whose pages are all added."""
    settle(document)
    pages = doc.Pages.pages
    page_refs = [doc.Reference(page) for page in pages]
    root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    root_ref = doc.Reference(root)
    parents: list[dict[int, PDFObjectReference]] = [{} for _ in pages]
    top = _element(doc, document, root_ref, page_refs, parents)
    numbers: list[object] = []
    for index, page in enumerate(pages):
        page.__NoDefault__ = _PAGE_KEYS
        page.StructParents = index
        by_mcid = parents[index]
        numbers += [index, doc.Reference(PDFArray([by_mcid[m] for m in sorted(by_mcid)]))]
    root["K"] = PDFArray([top])
    root["ParentTree"] = PDFDictionary({"Nums": PDFArray(numbers)})
    root["ParentTreeNextKey"] = len(pages)
    doc.Catalog.StructTreeRoot = root
    doc.Catalog.MarkInfo = PDFDictionary({"Marked": "true"})


def _element(
    doc: PDFDocument,
    element: Element,
    parent: PDFObjectReference,
    page_refs: list[PDFObjectReference],
    parents: list[dict[int, PDFObjectReference]],
) -> PDFObjectReference:
    entry = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(element.tag), "P": parent})
    ref = doc.Reference(entry)
    if element.lang:
        entry["Lang"] = PDFString(element.lang)
    if element.actual is not None:
        entry["ActualText"] = PDFString(element.actual)
    if element.attributes:
        entry["A"] = PDFDictionary(dict(element.attributes))
    first_page = next((kid.page for kid in element.kids if isinstance(kid, Mark)), None)
    if first_page is not None:
        entry["Pg"] = page_refs[first_page]
    kids: list[object] = []
    for kid in element.kids:
        if isinstance(kid, Element):
            kids.append(_element(doc, kid, ref, page_refs, parents))
            continue
        parents[kid.page][kid.mcid] = ref
        if kid.page == first_page:
            kids.append(kid.mcid)
        else:  # a part drawn on a later page
            kids.append(
                PDFDictionary({"Type": PDFName("MCR"), "Pg": page_refs[kid.page], "MCID": kid.mcid})
            )
    entry["K"] = PDFArray(kids)
    return ref
