"""The comprehension section: questions on the article."""

from __future__ import annotations

from reportlab.platypus import Flowable

from exercises.exports.pdf.questions import questions
from exercises.exports.pdf.sheet import Sheet


def comprehension_section(sheet: Sheet) -> list[Flowable]:
    items = sheet.article.items_of("comprehension")
    if not items:
        return []
    out = sheet.heading("Comprehension", "الفهم والاستيعاب")
    out += questions(items, sheet.width, sheet.options.answer_lines)
    sheet.keys.append(("Comprehension", list(enumerate(items, 1))))
    return out
