"""Numbered questions of every type: options to tick, pairs to match, events to order, or ruled
lines for an open answer."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from exercises.exports.pdf.answer_space import AnswerLines, Box
from exercises.exports.pdf.blocks import choices, prompt
from exercises.exports.pdf.labels import ARABIC_LABELS, choice_labels
from exercises.exports.pdf.rtl_text import RtlParagraph
from exercises.exports.pdf.styles import AR_OPTION, EN, EN_SMALL, Paragraph, Table, tight
from exercises.generators.items import Item


def questions(items: Iterable[Item], width: float, answer_lines: int) -> list[Flowable]:
    """One block per item, numbered from 1; an instruction only where it changes."""
    out: list[Flowable] = []
    previous = ""
    for number, item in enumerate(items, 1):
        instruction = item.instruction if item.instruction != previous else ""
        previous = item.instruction
        block: list[Flowable] = [prompt(number, item.prompt, instruction, width)]
        if item.type in ("multiple_choice", "true_false"):
            block.append(choices(item.options or ("صح", "خطأ"), width))
        elif item.type == "matching":
            block.append(matching(item, width))
        elif item.type == "ordering":
            block.append(ordering(item, width))
        else:
            block.append(AnswerLines(answer_lines, width - 0.9 * cm))
        block.append(Spacer(1, 6))
        out.append(KeepTogether(block))
    return out


def matching(item: Item, width: float) -> Table:
    """The lefts numbered with a box each on the right, the labelled rights on the left."""
    lefts = [left for left, _ in item.pairs]
    rights = list(item.options) or sorted(right for _, right in item.pairs)
    labels = choice_labels(rights)
    arabic_rights = labels[:1] == ARABIC_LABELS[:1]
    rows = []
    for i in range(max(len(lefts), len(rights))):
        right_text = rights[i] if i < len(rights) else ""
        left_text = lefts[i] if i < len(lefts) else ""
        label = labels[i] if i < len(rights) else ""
        if arabic_rights:
            option: object = RtlParagraph(f"{label}. {right_text}", AR_OPTION)
        else:
            option = Paragraph(f"<b>{label}.</b> {escape(right_text)}", EN)
        rows.append(
            [
                option,
                "",
                Box(15) if left_text else "",
                RtlParagraph(left_text, AR_OPTION) if left_text else "",
                Paragraph(f"{i + 1}" if left_text else "", EN_SMALL),
                "",
            ]
        )
    usable = width - 0.9 * cm
    widths = [usable * 0.42, usable * 0.06, 0.8 * cm, None, 0.6 * cm, 0.9 * cm]
    widths[3] = width - sum(w for w in widths if w)
    table = Table(rows, colWidths=widths).tagged("L", item_cells=len(widths), label=True)
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return table


def ordering(item: Item, width: float) -> Table:
    """The events as shown, each with a box for its position."""
    shown = list(item.options) or list(item.sequence)
    rows = [[RtlParagraph(text, AR_OPTION), Box(15), ""] for text in shown]
    table = Table(rows, colWidths=[width - 1.7 * cm, 0.8 * cm, 0.9 * cm]).tagged("L")
    table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return table
