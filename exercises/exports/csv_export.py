"""The vocabulary list as CSV: UTF-8 with a byte order mark, so spreadsheets open Arabic right."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from exercises.arabic.analysis_types import VocabularyEntry

COLUMNS = ("lemma_vocalized", "lemma", "gloss", "pos", "root", "level", "zipf", "count", "example")


def vocabulary_csv_bytes(entries: Iterable[VocabularyEntry]) -> bytes:
    """One row per entry under a header row of ``COLUMNS``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow(
            [
                entry.lemma_vocalized,
                entry.lemma,
                entry.gloss,
                entry.pos,
                entry.root,
                entry.level,
                f"{entry.zipf:.2f}",
                entry.count,
                " ".join(entry.example_text.split()),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")
