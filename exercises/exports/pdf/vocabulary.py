"""The vocabulary section: a table of the words with root and English, then the names met."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.exports.pdf.rtl_text import RtlParagraph
from exercises.exports.pdf.sheet import Sheet
from exercises.exports.pdf.styles import (
    ACCENT,
    AR_CELL,
    AR_WORD,
    EN,
    EN_COLUMN,
    EN_COLUMN_RIGHT,
    EN_NUMBER_SMALL,
    EN_SUBHEAD,
    RULE,
    ZEBRA,
    Paragraph,
    Table,
    tight,
)
from exercises.exports.text import root_display

POS_LABELS = MappingProxyType(
    {
        "NOUN": "noun",
        "VERB": "verb",
        "ADJ": "adjective",
        "ADV": "adverb",
        "PROPN": "name",
        "ADP": "preposition",
        "CCONJ": "conjunction",
        "SCONJ": "conjunction",
        "PRON": "pronoun",
        "NUM": "number",
    }
)


def vocabulary_section(sheet: Sheet) -> list[Flowable]:
    entries = sheet.article.vocabulary
    out: list[Flowable] = []
    if entries:
        out += sheet.heading("Vocabulary", "المفردات")
        out.append(vocabulary_table(entries, sheet.width))
    if sheet.options.names and sheet.article.names:
        label = Paragraph("<b>Names in the article</b>", EN_SUBHEAD)
        # room for the label and the grid's first rows, or both start on the next page
        out += [CondPageBreak(3 * cm), Spacer(1, 8), label, Spacer(1, 2)]
        out.append(names_grid(sheet.article.names, sheet.width))
    return out


def vocabulary_table(entries: Iterable[VocabularyEntry], width: float) -> Table:
    """One numbered row per word: root, English and part of speech, the word vocalized."""
    widths = [2.6 * cm, None, 4.6 * cm, 0.9 * cm]
    widths[1] = width - sum(w for w in widths if w)
    rows: list[list[object]] = [
        [
            Paragraph("Root", EN_COLUMN),
            Paragraph("English", EN_COLUMN),
            Paragraph("Word", EN_COLUMN_RIGHT),
            Paragraph("#", EN_COLUMN_RIGHT),
        ]
    ]
    for number, entry in enumerate(entries, 1):
        pos = POS_LABELS.get(entry.pos, entry.pos.lower())
        gloss = escape(entry.gloss) + (f" <font size='7.5' color='#6b7280'>{pos}</font>")
        rows.append(
            [
                RtlParagraph(root_display(entry.root), AR_CELL) if entry.root else "",
                Paragraph(gloss, EN),
                RtlParagraph(entry.lemma_vocalized or entry.lemma, AR_WORD),
                Paragraph(str(number), EN_NUMBER_SMALL),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1).tagged("Table", header_rows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def names_grid(names: Iterable[VocabularyEntry], width: float, per_row: int = 3) -> Table:
    """Names with their English, ``per_row`` to a row, the first on the right."""
    pairs = [
        [Paragraph(escape(n.gloss), EN), RtlParagraph(n.lemma_vocalized or n.lemma, AR_CELL)]
        for n in names
    ]
    rows = []
    for i in range(0, len(pairs), per_row):
        row = pairs[i : i + per_row]
        row += [["", ""]] * (per_row - len(row))
        rows.append([cell for pair in reversed(row) for cell in pair])
    pair_width = width / per_row
    table = Table(rows, colWidths=[pair_width * 0.55, pair_width * 0.45] * per_row).tagged(
        "L", item_cells=2
    )
    rules = [("LINEAFTER", (c, 0), (c, -1), 0.25, RULE) for c in range(1, 2 * per_row - 1, 2)]
    table.setStyle(
        tight(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            *rules,
        )
    )
    return table
