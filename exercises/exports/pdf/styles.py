"""How the worksheet looks: its colours, the text styles of English and Arabic, tight tables."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from exercises.exports.pdf.fonts import ARABIC_BOLD, LATIN, LATIN_BOLD, LATIN_ITALIC
from exercises.exports.pdf.rtl_text import TextStyle
from exercises.exports.pdf.tagged import Paragraph as Paragraph  # the sections' paragraph
from exercises.exports.pdf.tagged import TaggedTable

INK = colors.HexColor("#1f2328")
ACCENT = colors.HexColor("#0f5c6e")
MUTED = colors.HexColor("#6b7280")
RULE = colors.HexColor("#c9ced6")
ZEBRA = colors.HexColor("#f3f5f7")
PANEL = colors.HexColor("#f6f3ea")


# Text styles -----------------------------------------------------------------------------------

EN = ParagraphStyle("en", fontName=LATIN, fontSize=9.5, leading=12.5, textColor=INK)
EN_SMALL = ParagraphStyle("en-small", parent=EN, fontSize=8, leading=10, textColor=MUTED)
EN_NOTE = ParagraphStyle("en-note", parent=EN, fontName=LATIN_ITALIC, textColor=MUTED)
EN_HEAD = ParagraphStyle(
    "en-head", parent=EN, fontName=LATIN_BOLD, fontSize=12.5, leading=15, textColor=ACCENT
)
EN_COLUMN = ParagraphStyle("en-col", parent=EN, fontName=LATIN_BOLD, fontSize=8.5, leading=10)
EN_COLUMN_RIGHT = ParagraphStyle("en-col-r", parent=EN_COLUMN, alignment=TA_RIGHT)
EN_RIGHT = ParagraphStyle("en-right", parent=EN, alignment=TA_RIGHT)
EN_NUMBER = ParagraphStyle(
    "en-num", parent=EN, fontName=LATIN_BOLD, fontSize=10, leading=12, textColor=ACCENT,
    alignment=TA_RIGHT,
)  # fmt: skip
EN_NUMBER_SMALL = ParagraphStyle("en-num-s", parent=EN_SMALL, alignment=TA_RIGHT)
EN_LABEL = ParagraphStyle("en-label", parent=EN, fontName=LATIN_BOLD, fontSize=9, leading=11)
EN_SUBTITLE = ParagraphStyle("en-sub", parent=EN_SMALL, alignment=TA_CENTER, fontSize=9)
EN_SUBHEAD = ParagraphStyle("en-subhead", parent=EN)  # looks like EN, read as a heading (H3)

AR_BODY = TextStyle(size=15, leading=30, align="justify", color=INK, space_after=5)
AR_ARTICLE_HEAD = TextStyle(
    font=ARABIC_BOLD, size=16.5, leading=30, color=ACCENT, space_before=4, space_after=2,
    role="H3",
)  # fmt: skip
AR_TITLE = TextStyle(font=ARABIC_BOLD, size=23, leading=40, align="center", color=INK, role="H1")
AR_HEAD = TextStyle(font=ARABIC_BOLD, size=14, leading=22, color=ACCENT, align="start")
AR_ITEM = TextStyle(size=14, leading=27, color=INK, gap_width=80, align="justify")
AR_OPTION = TextStyle(size=13.5, leading=25, color=INK)
AR_WORD = TextStyle(size=16, leading=27, color=INK)
AR_CELL = TextStyle(size=13, leading=23, color=INK)
AR_BANK = TextStyle(size=15, leading=28, color=INK, align="center")
AR_FOOTER = TextStyle(size=9, leading=12, color=MUTED, align="start", rtl=True)


def tight(*extra: tuple, bottom: float = 1) -> TableStyle:
    return TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            *extra,
        ]
    )


class Table(TaggedTable):
    """ReportLab's table with its cells' font set to Amiri's Latin: ReportLab's default,
    Helvetica, is named in every table (even one of paragraphs) and would not be embedded."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), LATIN)]))
