"""The worksheet's Arabic comes back out as text: pdftotext and pypdf read the words that the
page shows, in reading order, ligatures and joined letters included."""

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
from exercises.exports.pdf.fonts import ARABIC
from exercises.exports.pdf.rtl_text import shaped
from exercises.exports.pdf.text_layer import font_key, to_unicode_cmap
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes
from exercises.exports.text import without_vowels

# Sentences of this test's own, each on one line: lam-alef ligatures, hamzas, ta marbuta,
# joined and final forms. (Vowel marks and a few kerned pairs such as ز before ي still come out
# with a space inside the word.)
SENTENCE = "اقرأ المقالة ثم أجب عن الأسئلة التالية بعناية."
SECOND = "لا تنس أن تكتب اسمك واضحا في أعلى الصفحة الأولى."


def arabic_words(text: str) -> list[str]:
    return re.findall(r"[\u0621-\u064a]+", without_vowels(text))


@pytest.fixture(scope="module")
def sheet(article: ExportArticle) -> bytes:
    text = "\n".join(("تعليمات", SENTENCE, SECOND))
    mine = dataclasses.replace(article, text=text, paragraphs=(), title="ورقة عمل")
    return worksheet_pdf_bytes(mine, WorksheetOptions())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_arabic_words_in_order(sheet: bytes, tmp_path: Path):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(sheet)
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True,
        text=True,
    ).stdout  # fmt: skip

    words = " ".join(arabic_words(text))
    for sentence in (SENTENCE, SECOND):
        assert " ".join(arabic_words(sentence)) in words


def test_pypdf_finds_no_private_use_characters_and_the_words(sheet: bytes):
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(sheet)).pages)

    assert not re.search("[\ue000-\uf8ff]", text)
    found = set(arabic_words(text))
    assert {"المقالة", "الأسئلة", "التالية", "الصفحة", "الأولى"} <= found


def test_each_joined_form_maps_back_to_its_letter():
    for word in ("لا", "الأسئلة", "قريب", "تنس"):
        glyphs, _ = shaped(word, ARABIC, 12)
        subset = [0, *(ord(glyph) for glyph in glyphs)]

        cmap = to_unicode_cmap(f"AAAAAA+{font_key(ARABIC)}", subset)

        pairs = dict(re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", cmap))
        letters = [
            bytes.fromhex(pairs[f"{i:02X}"]).decode("utf-16-be") for i in range(1, len(subset))
        ]
        assert "".join(reversed(letters)) == word  # drawn right to left, read back in order


def test_the_document_says_it_is_arabic(sheet: bytes):
    assert PdfReader(io.BytesIO(sheet)).trailer["/Root"]["/Lang"] == "ar"


def in_order(wanted: list[str], found: list[str]) -> int:
    """How many of ``wanted`` come back in ``found`` in their order (longest common subsequence)."""
    previous = [0] * (len(found) + 1)
    for word in wanted:
        current = [0]
        for j, other in enumerate(found):
            current.append(previous[j] + 1 if word == other else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_seed_article_in_order(seed_text: str, tmp_path: Path):
    """Was 395 of 417 (94.7%): a tanween of no width followed by its letter split the word
    (قائلًا), and so did Amiri's kerning gaps (زيارة); now 417 of 417."""
    seed = ExportArticle(
        key="seed", title="الصين وروسيا", text=seed_text.strip(), paragraphs=(), vocabulary=(),
        items=(), source="",
    )  # fmt: skip
    only_the_article = WorksheetOptions(
        vocabulary=False, names=False, cloze=False, comprehension=False, roots=False,
        answer_key=False,
    )  # fmt: skip
    pdf = tmp_path / "seed.pdf"
    pdf.write_bytes(worksheet_pdf_bytes(seed, only_the_article))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout

    wanted = arabic_words(seed.text)
    found = in_order(wanted, arabic_words(text))
    assert found / len(wanted) >= 0.99, f"{found} of {len(wanted)}"
    assert {"قائلا", "زيارة", "بزيارة", "الشتوية"} <= set(arabic_words(text))


def test_the_width_table_and_the_shaped_strings_agree():
    """The pen moves are written from each string's widths, the PDF's width table from the
    font's: if they differed, glyphs would move on the page."""
    from reportlab.pdfbase import pdfmetrics

    glyphs, _ = shaped("بزيارة الشتوية قائلًا", ARABIC, 15)
    table = pdfmetrics.getFont(ARABIC).face.charWidths

    assert all(
        entry.width == table[ord(char)]
        for char, entry in zip(glyphs, glyphs.__shapeData__, strict=True)
    )
    stand_ins = [(char, entry) for char, entry in zip(glyphs, glyphs.__shapeData__, strict=True)
                 if 0xE000 <= ord(char) <= 0xF8FF]  # fmt: skip
    face = pdfmetrics.getFont(ARABIC).face
    assert stand_ins and all(
        entry.width == face._pdfScale(face.hmetrics[face.charToGlyph[ord(char)]][0]) + 30
        for char, entry in stand_ins
    ), "the font's own advance, whatever text came first in the process, plus 0.03 em"
