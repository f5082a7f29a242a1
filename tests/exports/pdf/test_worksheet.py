"""The worksheet PDF: its pages, fonts and sections; every page rendered to PNG to look at.

The PNG pages land in test-artifacts/pdf/ (gitignored). Rendering and word positions need
poppler-utils (pdftoppm, pdftotext); those tests are skipped where it is not installed.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from exercises.exports.article import ExportArticle
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "pdf"
SECTIONS = (
    "Read the article",
    "Vocabulary",
    "Fill in the blanks",
    "Comprehension",
    "Root families",
)
poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def full_pdf(article: ExportArticle) -> bytes:
    return worksheet_pdf_bytes(article, WorksheetOptions(line_numbers=True))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def embedded_fonts(data: bytes) -> set[str]:
    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                fonts.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return fonts


def test_it_has_every_chosen_section_and_an_answer_key_on_its_own_page(full_pdf: bytes):
    pages = page_texts(full_pdf)

    assert len(pages) >= 3
    text = "\n".join(pages)
    for section in SECTIONS:
        assert section in text
    assert "Name" in pages[0] and "Class" in pages[0] and "Date" in pages[0]
    assert "WORD BANK" in text
    key_pages = [i for i, page in enumerate(pages) if "Answer key" in page]
    assert key_pages == [len(pages) - 1]
    assert not any(section in pages[-1] for section in SECTIONS[:2])
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_it_embeds_amiri_for_arabic(full_pdf: bytes):
    fonts = embedded_fonts(full_pdf)

    assert "Amiri-Regular" in fonts
    assert "Amiri-Bold" in fonts  # headings of the article and of the sections


def test_it_leaves_out_what_the_teacher_did_not_pick(article: ExportArticle, full_pdf: bytes):
    options = WorksheetOptions(
        header=False, vocabulary=False, roots=False, answer_key=False, page_size="Letter"
    )
    data = worksheet_pdf_bytes(article, options)

    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page_texts(data))
    assert "Vocabulary" not in text and "Root families" not in text and "Answer key" not in text
    assert "Name" not in text
    assert "Read the article" in text and "Comprehension" in text
    assert len(reader.pages) < len(PdfReader(io.BytesIO(full_pdf)).pages)
    assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter


def test_a_long_article_flows_over_pages(article: ExportArticle):
    long_text = "\n".join([article.text] * 12)
    data = worksheet_pdf_bytes(
        dataclasses.replace(article, text=long_text, paragraphs=()),
        WorksheetOptions(vocabulary=False, cloze=False, comprehension=False, roots=False),
    )

    assert len(PdfReader(io.BytesIO(data)).pages) >= 3


@poppler
def test_every_page_renders_to_png(full_pdf: bytes):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("worksheet-*.png"):
        old.unlink()
    pdf = ARTIFACTS / "worksheet.pdf"
    pdf.write_bytes(full_pdf)

    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", str(pdf), str(ARTIFACTS / "worksheet")], check=True
    )

    pngs = sorted(ARTIFACTS.glob("worksheet-*.png"))
    assert len(pngs) == len(PdfReader(io.BytesIO(full_pdf)).pages)
    assert all(png.stat().st_size > 5_000 for png in pngs)


@poppler
def test_words_run_right_to_left_with_numbers_and_english_inside(full_pdf: bytes, tmp_path: Path):
    pdf = tmp_path / "w.pdf"
    pdf.write_bytes(full_pdf)
    html = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    words = [
        (text, float(x0), float(x1), round(float(y0)))
        for x0, y0, x1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]

    def find(text: str) -> tuple[str, float, float, int]:
        return next(w for w in words if w[0] == text)

    # "بكين، 5 فبراير 2022 — استقبل": the day sits right of the year, the dash left of it.
    year = find("2022")
    same_line = [w for w in words if w[3] == year[3]]
    day = next(w for w in same_line if w[0] == "5")
    dash = next(w for w in same_line if w[0] == "—")
    assert dash[2] <= year[1] < year[2] <= day[1]
    # The English name inside the Arabic sentence reads left to right.
    shanghai, cooperation, organisation = (
        find("(Shanghai"), find("Cooperation"), find("Organisation)"),
    )  # fmt: skip
    assert shanghai[2] < cooperation[1] and cooperation[2] < organisation[1]
    # The paragraph's last line ("2013." in Arabic order: the stop on the left) ends flush right,
    # under the right edge of a full line.
    last = find(".2013")
    right_edge = max(w[2] for w in same_line)
    assert abs(max(w[2] for w in words if w[3] == last[3]) - right_edge) < 1
    assert last[1] > (right_edge + 56) / 2  # a short last line: on the right half of the page


def test_root_families_come_from_items_or_from_words_sharing_a_root(article: ExportArticle):
    alone = WorksheetOptions(article=False, vocabulary=False, cloze=False, comprehension=False)
    no_roots = dataclasses.replace(article, items=article.items_of("cloze", "comprehension"))
    family = dataclasses.replace(
        no_roots,
        vocabulary=(
            *article.vocabulary,
            dataclasses.replace(article.vocabulary[0], lemma="رأس", lemma_vocalized="رَأْس"),
        ),
    )

    assert "Root families" not in "".join(page_texts(worksheet_pdf_bytes(no_roots, alone)))
    assert "Root families" in "".join(page_texts(worksheet_pdf_bytes(family, alone)))
