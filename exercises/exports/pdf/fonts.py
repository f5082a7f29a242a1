"""Fonts for the PDF exports: Amiri (from the fontpkg-amiri wheel) for Arabic, and Amiri's own
Latin letters for English, so that every font is embedded in the PDF.

Amiri (SIL Open Font License) ships inside the ``fontpkg_amiri`` package, so a fresh clone needs
no system fonts and nothing is downloaded. Its Latin letters (a Times-like serif drawn to match
the Arabic) replace Helvetica, which PDF viewers had to substitute since it was not embedded.
The Latin faces are registered apart from the Arabic ones, without HarfBuzz shaping, and as a
family, so ``<b>`` and ``<i>`` in English paragraphs find the bold and italic files. Registering a font is a process-wide side effect on
ReportLab's font registry: it happens once, under a lock, whichever thread asks first.
"""

from __future__ import annotations

import importlib.resources
import threading
import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exercises.exports.pdf import text_layer

ARABIC = "Amiri"
ARABIC_BOLD = "Amiri-Bold"
LATIN = "AmiriLatin"
LATIN_BOLD = "AmiriLatin-Bold"
LATIN_ITALIC = "AmiriLatin-Italic"
LATIN_BOLD_ITALIC = "AmiriLatin-BoldItalic"

_FILES = ((ARABIC, "Amiri-Regular.ttf"), (ARABIC_BOLD, "Amiri-Bold.ttf"))
_LATIN_FILES = (
    (LATIN, "Amiri-Regular.ttf"),
    (LATIN_BOLD, "Amiri-Bold.ttf"),
    (LATIN_ITALIC, "Amiri-Italic.ttf"),
    (LATIN_BOLD_ITALIC, "Amiri-BoldItalic.ttf"),
)
# The width a zero-width vowel mark (a tanween, a fatha) is given in the PDF's font widths, in
# thousandths of an em. The pen moves around it are written to match, so every glyph lands where
# it did; but a reader such as pdftotext, which measures the gap after a glyph by its width, no
# longer sees a mark of no width followed by a letter a fifth of an em on as the end of a word
# ("قائلًا" came out as "قائل ًا"). A tenth of an em kept the most words whole (seed and a fully
# vowelled text).
MARK_WIDTH = 100
_REGISTERING = threading.Lock()


@cache
def register_fonts() -> None:
    """Register Amiri regular and bold with ReportLab, with HarfBuzz shaping on, and its four
    faces for Latin text.

    Idempotent and thread-safe: ``cache`` makes later calls free, and the lock with the check
    of ReportLab's registry keeps two first calls at once from registering the fonts twice.
    """
    with _REGISTERING:
        text_layer.install()
        registered = set(pdfmetrics.getRegisteredFontNames())
        files = importlib.resources.files("fontpkg_amiri") / "files"
        for name, filename, shapable in (
            *((name, filename, True) for name, filename in _FILES),
            *((name, filename, False) for name, filename in _LATIN_FILES),
        ):
            if name in registered:
                continue
            with importlib.resources.as_file(files / filename) as path:
                font = TTFont(name, str(path), shapable=shapable)
            if shapable:
                _widen_marks(font.face.charWidths)
            else:
                # Its own PostScript name in the PDF: the Arabic subset of the same file is
                # another font, and both would be "AAAAAA+Amiri-Regular".
                font.face.name = name.encode()
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(
            LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN_ITALIC, boldItalic=LATIN_BOLD_ITALIC
        )


def _widen_marks(widths: dict[int, int]) -> None:
    """Give the font's zero-width combining marks ``MARK_WIDTH`` (see there). ReportLab takes
    both the PDF's width table and its pen moves from these widths, so they stay consistent;
    HarfBuzz's advances, which lay the text out, do not change."""
    for code, width in list(widths.items()):
        if width == 0 and unicodedata.category(chr(code)) == "Mn":
            widths[code] = MARK_WIDTH


def has_glyph(font_name: str, ch: str) -> bool:
    return ord(ch) in _char_map(font_name)


@cache
def _char_map(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)
