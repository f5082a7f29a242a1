"""Headings stay with what they head: none alone at the foot of a page (read back with pdftotext's
word boxes)."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tempfile

import pytest

from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes
from exercises.services.export_sources import article_with_best_set

_WORD = re.compile(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<')
_FOOTER = 60  # points: the page number's band at the bottom


def pages_where_alone(data: bytes, first_word: str) -> list[int]:
    """Pages where the word ``first_word`` has nothing under it but the footer."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(data)
        pdf.flush()
        boxes = subprocess.run(
            ["pdftotext", "-bbox", pdf.name, "-"], capture_output=True, text=True, check=True
        ).stdout
    alone = []
    for number, page in enumerate(boxes.split("<page ")[1:], 1):
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        words = [(float(top), float(bottom), text) for top, bottom, text in _WORD.findall(page)]
        for _top, bottom, text in words:
            below = [w for w in words if bottom + 2 < w[0] < height - _FOOTER]
            if text == first_word and not below:
                alone.append(number)
    return alone


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(("page_size", "words"), [("A4", 172), ("A4", 150), ("Letter", 160)])
def test_the_names_label_never_ends_a_page(seed_article, page_size, words):
    # the "Names in the article" alone at the foot of A4 page 10: a vocabulary of this
    # many words put it there
    article = article_with_best_set(seed_article)
    article = dataclasses.replace(article, vocabulary=article.vocabulary[:words])
    data = worksheet_pdf_bytes(article, WorksheetOptions(page_size=page_size))
    assert len(article.names) > 3
    assert pages_where_alone(data, "Names") == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_long_title_in_the_footer_is_cut_with_an_ellipsis_inside_its_half(seed_article):
    article = article_with_best_set(seed_article)
    long_title = " ".join(["عنوان طويل جدا للمقالة"] * 12)  # titles may run to 300 characters
    data = worksheet_pdf_bytes(dataclasses.replace(article, title=long_title), WorksheetOptions())
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(data)
        pdf.flush()
        boxes = subprocess.run(
            ["pdftotext", "-bbox", "-l", "1", pdf.name, "-"], capture_output=True, text=True
        ).stdout
    height = float(re.search(r'height="([\d.]+)"', boxes).group(1))
    width = float(re.search(r'width="([\d.]+)"', boxes.split("<page ")[1]).group(1))
    footer = [
        (float(left), text)
        for left, top, text in re.findall(
            r'xMin="(-?[\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<', boxes
        )
        if float(top) > height - _FOOTER and text not in ("Page", "of") and not text.isdigit()
    ]
    assert "…" in [text for _, text in footer]
    assert min(left for left, _ in footer) > width / 2 - 60  # the title keeps to the right half
