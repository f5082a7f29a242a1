"""The fill-in-the-blanks section: a word bank (or options under each item) and the sentences."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from exercises.exports.pdf.blocks import choices, prompt
from exercises.exports.pdf.rtl_text import RtlParagraph
from exercises.exports.pdf.sheet import Sheet
from exercises.exports.pdf.styles import AR_BANK, EN_SMALL, PANEL, RULE, Paragraph, Table, tight
from exercises.exports.text import without_vowels
from exercises.generators.items import Item


def cloze_section(sheet: Sheet) -> list[Flowable]:
    items = sheet.article.items_of("cloze")
    if not items:
        return []
    bank = sheet.options.word_bank
    out = sheet.heading(
        "Fill in the blanks", "املأ الفراغات",
        "Choose a word from the box for each blank." if bank else "Fill in each blank.",
    )  # fmt: skip
    if bank:
        out += [word_bank(items, sheet.width), Spacer(1, 8)]
    numbered = list(enumerate(items, 1))
    for number, item in numbered:
        block = [prompt(number, item.prompt, "", sheet.width)]
        if not bank and item.options:
            block.append(choices(item.options, sheet.width))
        out.append(KeepTogether([*block, Spacer(1, 4)]))
    sheet.keys.append(("Fill in the blanks", numbered))
    sheet.plain_answers = bank
    return out


def word_bank(items: Iterable[Item], width: float) -> Table:
    """The answers in alphabetical order, four to a row, in a shaded box."""
    words = sorted({item.answer.strip() for item in items if item.answer.strip()}, key=_sort_key)
    per_row = 4
    rows = [words[i : i + per_row] for i in range(0, len(words), per_row)] or [[]]
    cells = [
        [RtlParagraph(w, AR_BANK) for w in reversed(row + [""] * (per_row - len(row)))]
        for row in rows
    ]
    inner = Table(cells, colWidths=[(width - 1 * cm) / per_row] * per_row).tagged("L")
    inner.setStyle(tight())
    caption = Paragraph("WORD BANK", ParagraphStyle("bank", parent=EN_SMALL, fontSize=7))
    table = Table([[caption], [inner]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return table


def _sort_key(word: str) -> str:
    return without_vowels(word).removeprefix("ال")
