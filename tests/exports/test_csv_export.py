"""The vocabulary CSV opens in a spreadsheet with its Arabic intact."""

from __future__ import annotations

import csv
import io

from exercises.exports.article import ExportArticle
from exercises.exports.csv_export import COLUMNS, vocabulary_csv_bytes


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
