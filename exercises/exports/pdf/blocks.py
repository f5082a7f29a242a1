"""Building blocks that several sections share: the name line, a section heading, a numbered
prompt and a row of options to tick."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, TableStyle

from exercises.exports.pdf.labels import choice_labels
from exercises.exports.pdf.rtl_text import BOX, RtlParagraph, TextStyle, word_width
from exercises.exports.pdf.styles import (
    ACCENT,
    AR_HEAD,
    AR_ITEM,
    AR_OPTION,
    EN_HEAD,
    EN_LABEL,
    EN_NOTE,
    EN_NUMBER,
    INK,
    Paragraph,
    Table,
    tight,
)


def name_class_date(width: float) -> Table:
    """The line at the top where learners write their name, class and the date."""
    cells = [Paragraph("Name", EN_LABEL), "", Paragraph("Class", EN_LABEL), ""]
    cells += [Paragraph("Date", EN_LABEL), ""]
    labels = 1.2 * cm + 1.2 * cm + 1.1 * cm
    lines = width - labels
    widths = [1.2 * cm, lines * 0.5, 1.2 * cm, lines * 0.25, 1.1 * cm, lines * 0.25]
    table = Table([cells], colWidths=widths).tagged("P", lang="en", rtl=False)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
                ("LINEBELOW", (5, 0), (5, 0), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def section_heading(english: str, arabic: str, note: str, width: float) -> list[Flowable]:
    """English (markup, already escaped) on the left, Arabic on the right, a rule under both."""
    table = Table(
        [[Paragraph(english, EN_HEAD), RtlParagraph(arabic, AR_HEAD)]],
        colWidths=[width * 0.55, width * 0.45],
    ).tagged("H2", lang="en", rtl=False)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, -1), 1, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                # Amiri leaves room for marks under its baseline: lift the English to match.
                ("BOTTOMPADDING", (0, 0), (0, 0), 7),
            ]
        )
    )
    # Room for the heading and the start of what follows; keepWithNext would instead push
    # a long table whole onto the next page.
    out: list[Flowable] = [CondPageBreak(5 * cm), Spacer(1, 12), table, Spacer(1, 5)]
    if note:
        out += [Paragraph(escape(note), EN_NOTE), Spacer(1, 3)]
    return out


def prompt(number: int, text: str, instruction: str, width: float) -> Table:
    """An item's Arabic prompt with its number on the right (and its instruction above)."""
    cell: list[Flowable] = [RtlParagraph(text, AR_ITEM)]
    if instruction:
        cell.insert(0, Paragraph(escape(instruction), EN_NOTE))
    table = Table(
        [[cell, Paragraph(f"{number}", EN_NUMBER)]],
        colWidths=[width - 0.9 * cm, 0.9 * cm],
    ).tagged("P", lang="ar")
    # The number sits on the baseline of the prompt's first line.
    first_baseline = AR_ITEM.leading / 2 + 0.25 * AR_ITEM.size
    top = first_baseline - EN_NUMBER.fontSize + (12.5 if instruction else 0)
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (1, 0), (1, 0), top)))
    return table


def choices(options: tuple[str, ...], width: float) -> Table:
    """The options with a box to tick each, as many to a row as fit."""
    labels = choice_labels(options)
    texts = [f"{BOX} {label}. {option}" for label, option in zip(labels, options, strict=False)]
    usable = width - 0.9 * cm
    per_row = len(texts)
    while per_row > 1 and max(_width_of(t, AR_OPTION) for t in texts) > usable / per_row - 12:
        per_row = (per_row + 1) // 2 if per_row > 2 else 1
    rows = [texts[i : i + per_row] for i in range(0, len(texts), per_row)]
    cells = [
        [RtlParagraph(t, AR_OPTION) for t in reversed(row + [""] * (per_row - len(row)))] + [""]
        for row in rows
    ]
    table = Table(cells, colWidths=[usable / per_row] * per_row + [0.9 * cm]).tagged("L")
    table.setStyle(tight())
    return table


def _width_of(text: str, style: TextStyle) -> float:
    words = text.split()
    return sum(word_width(w, style, True) for w in words) + 4 * len(words)
