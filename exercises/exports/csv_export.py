"""CSV files for spreadsheets: UTF-8 with a byte order mark, so spreadsheets open Arabic right,
and no cell a spreadsheet would run as a formula (OWASP "CSV injection")."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from exercises.arabic.analysis_types import VocabularyEntry

COLUMNS = ("lemma_vocalized", "lemma", "gloss", "pos", "root", "level", "zipf", "count", "example")
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def spreadsheet_safe(cell: object) -> str:
    """The cell as text, with an apostrophe in front if a spreadsheet would read it as a formula
    (it starts with = + - @, a tab or a carriage return); plain numbers such as -3 stay as they are."""
    text = str(cell)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_safe_rows(out, rows: Iterable[Iterable[object]]) -> None:
    """Write ``rows`` as CSV to ``out`` (anything with ``write``), every cell made safe."""
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])


def csv_bytes(rows: Iterable[Iterable[object]]) -> bytes:
    """``rows`` as a CSV file's bytes, with a BOM and every cell made safe."""
    buffer = io.StringIO()
    write_safe_rows(buffer, rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def vocabulary_csv_bytes(entries: Iterable[VocabularyEntry]) -> bytes:
    """One row per entry under a header row of ``COLUMNS``."""
    rows: list[Iterable[object]] = [COLUMNS]
    rows += [
        (
            entry.lemma_vocalized,
            entry.lemma,
            entry.gloss,
            entry.pos,
            entry.root,
            entry.level,
            f"{entry.zipf:.2f}",
            entry.count,
            " ".join(entry.example_text.split()),
        )
        for entry in entries
    ]
    return csv_bytes(rows)
