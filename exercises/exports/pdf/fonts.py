"""Fonts for the PDF exports: Amiri for Arabic (from the fontpkg-amiri wheel), Helvetica for English.

Amiri (SIL Open Font License) ships inside the ``fontpkg_amiri`` package, so a fresh clone needs
no system fonts and nothing is downloaded. Registering a font is a process-wide side effect on
ReportLab's font registry: it happens once, under a lock, whichever thread asks first.
"""

from __future__ import annotations

import importlib.resources
import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exercises.exports.pdf import text_layer

ARABIC = "Amiri"
ARABIC_BOLD = "Amiri-Bold"
LATIN = "Helvetica"
LATIN_BOLD = "Helvetica-Bold"
LATIN_ITALIC = "Helvetica-Oblique"

_FILES = ((ARABIC, "Amiri-Regular.ttf"), (ARABIC_BOLD, "Amiri-Bold.ttf"))
_REGISTERING = threading.Lock()


@cache
def register_fonts() -> None:
    """Register Amiri regular and bold with ReportLab, with HarfBuzz shaping on.

    Idempotent and thread-safe: ``cache`` makes later calls free, and the lock with the check
    of ReportLab's registry keeps two first calls at once from registering the fonts twice.
    """
    with _REGISTERING:
        text_layer.install()
        registered = set(pdfmetrics.getRegisteredFontNames())
        files = importlib.resources.files("fontpkg_amiri") / "files"
        for name, filename in _FILES:
            if name in registered:
                continue
            with importlib.resources.as_file(files / filename) as path:
                font = TTFont(name, str(path), shapable=True)
            pdfmetrics.registerFont(font)


def has_glyph(font_name: str, ch: str) -> bool:
    return ord(ch) in _char_map(font_name)


@cache
def _char_map(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)
