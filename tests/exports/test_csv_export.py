"""The vocabulary CSV opens in a spreadsheet with its Arabic intact."""

from __future__ import annotations

import csv
import dataclasses
import io

from exercises.exports.article import ExportArticle
from exercises.exports.csv_export import COLUMNS, spreadsheet_safe, vocabulary_csv_bytes


def test_it_starts_with_a_bom_and_round_trips_arabic(article: ExportArticle):
    data = vocabulary_csv_bytes(article.vocabulary)

    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMNS)
    assert len(rows) == 1 + len(article.vocabulary)
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["lemma_vocalized"] == "رَئِيس"
    assert first["lemma"] == "رئيس"
    assert first["gloss"] == "president; head"  # the ";" stays inside its cell
    assert first["root"] == "رأس"
    assert first["zipf"] == "5.12" and first["count"] == "3" and first["level"] == "A2"
    assert "استقبل الرئيس الصيني" in first["example"]


def test_an_empty_list_is_just_the_header():
    assert vocabulary_csv_bytes([]).decode("utf-8-sig").strip() == ",".join(COLUMNS)


FORMULA = "=cmd|' /C calc'!A0"


def test_cells_a_spreadsheet_would_run_are_neutralised(article: ExportArticle):
    first = article.vocabulary[0]
    risky = [
        dataclasses.replace(first, example_text="- الجملة تبدأ بشرطة."),
        dataclasses.replace(first, gloss=FORMULA),
        dataclasses.replace(first, gloss="+1 more"),
        dataclasses.replace(first, gloss="@SUM(A1:A2)"),
        dataclasses.replace(first, gloss="\tTab"),
        dataclasses.replace(first, gloss="\rReturn"),
    ]

    data = vocabulary_csv_bytes(risky)

    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cells = [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]
    assert cells[0]["example"] == "'- الجملة تبدأ بشرطة."
    assert cells[1]["gloss"] == "'" + FORMULA
    assert [c["gloss"][:2] for c in cells[2:]] == ["'+", "'@", "'\t", "'\r"]
    assert cells[0]["lemma"] == "رئيس", "ordinary cells are left alone"


def test_numbers_stay_numbers():
    assert spreadsheet_safe("-3") == "-3" and spreadsheet_safe("+2.5") == "+2.5"
    assert spreadsheet_safe("-3+cmd") == "'-3+cmd"
    assert spreadsheet_safe("") == "" and spreadsheet_safe("كلمة") == "كلمة"
