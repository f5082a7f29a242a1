"""Font registration (a process-wide side effect, done once), and every font embedded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from exercises.exports.article import ExportArticle
from exercises.exports.pdf import fonts
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes


def test_registering_again_loads_nothing_and_keeps_the_fonts_registered_first(
    monkeypatch: pytest.MonkeyPatch,
):
    fonts.register_fonts()
    first = [pdfmetrics.getFont(name) for name in (fonts.ARABIC, fonts.ARABIC_BOLD)]

    def no_second_load(*args: object, **kwargs: object) -> None:
        raise AssertionError("a registered font was loaded again")

    monkeypatch.setattr(fonts, "TTFont", no_second_load)
    fonts.register_fonts.__wrapped__()  # past the cache, as a second thread's first call would be

    again = [pdfmetrics.getFont(name) for name in (fonts.ARABIC, fonts.ARABIC_BOLD)]
    assert all(a is b for a, b in zip(first, again, strict=True))


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_every_font_of_the_worksheet_is_embedded(article: ExportArticle, tmp_path: Path):
    """Helvetica was named and not embedded (the English text, and every table's default)."""
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(worksheet_pdf_bytes(article, WorksheetOptions(line_numbers=True)))

    listing = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]

    rows = [line.split() for line in listing]
    assert rows and all(row[-5] == "yes" for row in rows), listing  # the "emb" column
    assert not any("Helvetica" in line for line in listing)
    names = {row[0].split("+")[-1] for row in rows}
    assert {"Amiri-Regular", "AmiriLatin", "AmiriLatin-Bold"} <= names
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True,
        text=True,
    ).stdout  # fmt: skip
    assert "Read the article" in text and "Page 1 of" in text
