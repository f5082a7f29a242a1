"""The article to read, its headings set apart, its lines numbered if the teacher asks."""

from __future__ import annotations

from reportlab.platypus import Flowable

from exercises.exports.pdf.rtl_text import LineNumbers, RtlParagraph
from exercises.exports.pdf.sheet import Sheet
from exercises.exports.pdf.styles import AR_ARTICLE_HEAD, AR_BODY


def reading_section(sheet: Sheet) -> list[Flowable]:
    numbers = LineNumbers() if sheet.options.line_numbers else None
    body: list[Flowable] = []
    for block in sheet.article.blocks():
        style = AR_ARTICLE_HEAD if block.is_heading else AR_BODY
        body.append(RtlParagraph(block.text, style, numbers=numbers))
    if not body:
        return []
    return [*sheet.heading("Read the article", "اقرأ المقالة"), *body]
