"""The answer key, on pages of its own: each section's answers, two to a row."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer

from exercises.exports.pdf.labels import ARABIC_LABELS, choice_labels
from exercises.exports.pdf.rtl_text import RtlParagraph
from exercises.exports.pdf.sheet import Sheet
from exercises.exports.pdf.styles import (
    AR_OPTION,
    EN_NUMBER,
    EN_RIGHT,
    EN_SUBHEAD,
    RULE,
    Paragraph,
    Table,
    tight,
)
from exercises.generators.items import Item


def answer_key_section(sheet: Sheet) -> list[Flowable]:
    out: list[Flowable] = [PageBreak()]
    out += sheet.heading("Answer key", "مفتاح الإجابة", numbered=False)
    for name, numbered in sheet.keys:
        if not numbered:
            continue
        out.append(Spacer(1, 4))
        out.append(Paragraph(f"<b>{escape(name)}</b>", EN_SUBHEAD))
        out.append(Spacer(1, 2))
        out.append(key_table(numbered, sheet.width, sheet.plain_answers))
    return out


def key_table(numbered: list[tuple[int, Item]], width: float, plain_answers: bool) -> Table:
    """The numbered answers of one section, two to a row, the first on the right."""
    per_row = 2
    cells = []
    for i in range(0, len(numbered), per_row):
        row: list[object] = []
        for number, item in reversed(numbered[i : i + per_row]):
            plain = plain_answers and item.kind == "cloze"
            row += [_answer_flowable(item, plain), Paragraph(str(number), EN_NUMBER)]
        cells.append(["", ""] * (per_row - len(row) // 2) + row)
    half = width / per_row
    table = Table(cells, colWidths=[half - 0.9 * cm, 0.9 * cm] * per_row).tagged(
        "L", item_cells=2, label=True
    )
    table.setStyle(
        tight(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE))
    )
    return table


def answer_text(item: Item) -> str:
    """The answer as the key prints it: the option label and text, pairs, or the order."""
    if item.type == "matching":
        rights = list(item.options) or sorted(right for _, right in item.pairs)
        labels = choice_labels(rights)
        pairs = []
        for number, (_, right) in enumerate(item.pairs, 1):
            label = labels[rights.index(right)] if right in rights else "?"
            pairs.append(f"{number}-{label}")
        return "، ".join(pairs) if labels[:1] == ARABIC_LABELS[:1] else ", ".join(pairs)
    if item.type == "ordering":
        shown = list(item.options) or list(item.sequence)
        positions = [item.sequence.index(t) + 1 if t in item.sequence else 0 for t in shown]
        return ", ".join(str(p) for p in positions)
    if item.type == "multiple_choice" and item.answer in item.options:
        label = choice_labels(item.options)[item.options.index(item.answer)]
        return f"{label}. {item.answer}"
    return item.answer


def _answer_flowable(item: Item, plain: bool) -> Flowable:
    text = item.answer if plain else answer_text(item)
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        return RtlParagraph(text, AR_OPTION)
    return Paragraph(escape(text), EN_RIGHT)
