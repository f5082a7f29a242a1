"""Text that comes back out of the worksheet: copy, search and screen readers get the Arabic.

HarfBuzz draws Arabic with positional glyphs (initial, medial, final forms, ligatures such as
lam-alef) that have no code point of their own; ReportLab gives each a private-use code, and the
font's ToUnicode table mapped those codes to themselves, so ``pdftotext`` read "اقرأ المقالة"
as "أ ا ا". Each time a text is shaped, ``remember_glyphs`` notes which characters each such
glyph stands for (its cluster of the text), and the ToUnicode table ReportLab writes maps the
glyph's code to them. The drawing does not change.

Readers also cut words where the glyphs leave a gap: pdftotext ends a word when a glyph starts
more than a tenth of an em after the previous glyph's width (as the PDF's width table gives it)
or more than a fifth of an em before it. Amiri's kerning opens such gaps (ز or و before ي: 0.12
em, "بز يارة"). ``widen_stand_ins`` makes each positional glyph's width in the PDF a little
larger (``STAND_IN_EXTRA``); ReportLab writes the pen moves between glyphs from the same widths,
so every glyph lands where it did, and the gaps a reader measures shrink below its threshold.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics, ttfonts

# Private-use codes and Arabic presentation forms: glyph codes that are not the text itself.
_STAND_INS = ((0xE000, 0xF8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ACTUAL: dict[str, dict[int, str]] = {}  # font (subset name after "+") -> code -> its text
_LOCK = threading.Lock()
# Added to each positional glyph's width, in thousandths of an em: 0.03 em took the seed
# article from 401 to 417 of its 417 words in pdftotext (0.05 and 0.07 did as well).
STAND_IN_EXTRA = 30
_WIDENED: set[tuple[str, int]] = set()  # (font, code) whose width was widened
_WIDENING = threading.Lock()


def _stands_in(code: int) -> bool:
    return any(low <= code <= high for low, high in _STAND_INS)


def font_key(font_name: str) -> str:
    face = pdfmetrics.getFont(font_name).face
    return (face.name + face.subfontNameX).decode("latin-1")


def remember_glyphs(font_name: str, text: str, shaped: str) -> None:
    """Note what each stand-in glyph of ``shaped`` (a ReportLab ShapedStr of ``text``) means.

    A glyph's cluster runs from its cluster index to the next cluster index of the text; the
    first stand-in glyph of a cluster stands for all of it (a ligature for its letters).
    """
    data = getattr(shaped, "__shapeData__", None)
    if not data:
        return
    starts = sorted({d.cluster for d in data if 0 <= d.cluster < len(text)})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    found: dict[int, str] = {}
    done: set[int] = set()
    for char, d in zip(shaped, data, strict=False):
        code = ord(char)
        if d.cluster in ends and d.cluster not in done and _stands_in(code):
            done.add(d.cluster)
            found.setdefault(code, text[d.cluster : ends[d.cluster]])
    if found:
        with _LOCK:
            table = _ACTUAL.setdefault(font_key(font_name), {})
            for code, meaning in found.items():
                table.setdefault(code, meaning)


def widen_stand_ins(font_name: str, shaped: str) -> None:
    """Widen the stand-in glyphs of ``shaped`` (a ShapedStr) in the font's width table, once
    each, and give ``shaped`` the widths the table now has.

    ReportLab files a positional glyph's width when it first meets it and copies it into each
    shaped string: under the lock every string is brought to the table's widths, so none keeps
    an old one (the PDF's width table and the pen moves must agree, or glyphs would move). The
    width is the glyph's advance in the font plus ``STAND_IN_EXTRA``.
    """
    data = getattr(shaped, "__shapeData__", None)
    if not data:
        return
    face = pdfmetrics.getFont(font_name).face
    widths = face.charWidths
    with _WIDENING:
        for char in shaped:
            code = ord(char)
            if 0xE000 <= code <= 0xF8FF and (font_name, code) not in _WIDENED:
                _WIDENED.add((font_name, code))
                # From the glyph's own advance in the font: ReportLab files the advance of the
                # first use, kerning included, which would make the table depend on which text
                # came first in the process.
                advance = face.hmetrics[face.charToGlyph[code]][0]
                widths[code] = face._pdfScale(advance) + STAND_IN_EXTRA
        shaped.__shapeData__ = [
            entry._replace(width=widths.get(ord(char), entry.width))
            for char, entry in zip(shaped, data, strict=False)
        ]


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap for a font subset, each stand-in glyph mapped to its text."""
    table = _ACTUAL.get(fontname.split("+", 1)[-1], {})
    entries = [
        f"<{index:02X}> <{_utf16(table.get(code), code)}>" for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def install() -> None:
    """Make ReportLab write ``to_unicode_cmap`` (process-wide, like registering a font)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def _utf16(text: str | None, code: int) -> str:
    if not text:
        return f"{code:04X}"
    return text.encode("utf-16-be").hex().upper()
