"""The root families section: the article's words grouped by shared root, then root questions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.exports.pdf.questions import questions
from exercises.exports.pdf.rtl_text import RtlParagraph
from exercises.exports.pdf.sheet import Sheet
from exercises.exports.pdf.styles import AR_CELL, AR_HEAD, EN, RULE, Paragraph, Table, tight
from exercises.exports.text import root_display


def roots_section(sheet: Sheet) -> list[Flowable]:
    items = sheet.article.items_of("roots")
    groups = families(sheet.article.vocabulary)
    if not items and not groups:
        return []
    out = sheet.heading("Root families", "الجذور والأسر")
    if groups:
        out.append(families_table(groups, sheet.width))
        out.append(Spacer(1, 8))
    out += questions(items, sheet.width, sheet.options.answer_lines)
    if items:
        sheet.keys.append(("Root families", list(enumerate(items, 1))))
    return out


def families(entries: Iterable[VocabularyEntry]) -> dict[str, list[VocabularyEntry]]:
    """The words by root, roots in order, only roots with two words or more."""
    groups: dict[str, list[VocabularyEntry]] = defaultdict(list)
    for entry in entries:
        if entry.root:
            groups[entry.root].append(entry)
    return {root: group for root, group in sorted(groups.items()) if len(group) > 1}


def families_table(groups: dict[str, list[VocabularyEntry]], width: float) -> Table:
    """One block of rows per root: the root on the right, a word and its English per row."""
    rows: list[list[object]] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBEFORE", (2, 0), (2, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for root, entries in groups.items():
        first = len(rows)
        for entry in entries:
            rows.append(
                [
                    Paragraph(escape(entry.gloss), EN),
                    RtlParagraph(entry.lemma_vocalized or entry.lemma, AR_CELL),
                    "",
                ]
            )
        rows[first][2] = RtlParagraph(root_display(root), AR_HEAD)
        last = len(rows) - 1
        commands += [
            ("SPAN", (2, first), (2, last)),
            ("LINEBELOW", (0, last), (-1, last), 0.25, RULE),
        ]
    table = Table(rows, colWidths=[width - 7.5 * cm, 4.5 * cm, 3 * cm]).tagged(
        "Table", header_columns=(2,)
    )
    table.setStyle(tight(*commands))
    return table
