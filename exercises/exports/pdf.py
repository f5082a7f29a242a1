"""Printable worksheets (PDF) of an article: the sections a teacher picks, and an answer key.

Arabic is typeset by ``rtl_text.RtlParagraph`` (Amiri, shaped by HarfBuzz, laid out right to
left); English by ReportLab's own paragraphs in Helvetica.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exercises.arabic.types import VocabularyEntry
from exercises.exports.pdf_parts import (
    ACCENT,
    AR_ARTICLE_HEAD,
    AR_BANK,
    AR_BODY,
    AR_CELL,
    AR_HEAD,
    AR_ITEM,
    AR_OPTION,
    AR_TITLE,
    AR_WORD,
    EN,
    EN_COLUMN,
    EN_COLUMN_RIGHT,
    EN_HEAD,
    EN_LABEL,
    EN_NOTE,
    EN_NUMBER,
    EN_NUMBER_SMALL,
    EN_RIGHT,
    EN_SMALL,
    EN_SUBTITLE,
    INK,
    PANEL,
    RULE,
    ZEBRA,
    AnswerLines,
    Box,
    NumberedCanvas,
    footer,
    tight,
)
from exercises.exports.rtl_text import (
    BOX,
    LineNumbers,
    RtlParagraph,
    TextStyle,
    word_width,
)
from exercises.exports.text import root_display, without_vowels
from exercises.exports.types import ExportArticle
from exercises.generators.items import Item

ARABIC_LABELS = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي")
LATIN_LABELS = tuple("abcdefghij")
POS_LABELS = {
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


@dataclass(frozen=True, slots=True)
class WorksheetOptions:
    """What goes on the worksheet, in this order."""

    header: bool = True  # name / class / date
    article: bool = True
    line_numbers: bool = False
    vocabulary: bool = True
    names: bool = True  # proper names, under the vocabulary
    cloze: bool = True
    word_bank: bool = True  # otherwise each cloze shows its own options
    comprehension: bool = True
    roots: bool = True
    answer_key: bool = True  # on pages of its own at the end
    answer_lines: int = 2  # ruled lines under an open question
    page_size: Literal["A4", "Letter"] = "A4"
    title: str = ""  # defaults to the article's title


def worksheet_pdf_bytes(article: ExportArticle, options: WorksheetOptions | None = None) -> bytes:
    """A worksheet for ``article`` with the sections chosen in ``options``.

    Returns:
        The PDF file's bytes.
    """
    options = options or WorksheetOptions()
    page = A4 if options.page_size == "A4" else LETTER
    margin = 2 * cm
    title = options.title or article.title
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=1.8 * cm,
        bottomMargin=2 * cm,
        title=title,
        subject="Arabic reading worksheet",
        creator="arabic-exercises",
    )
    frame = Frame(margin, 2 * cm, page[0] - 2 * margin, page[1] - 3.8 * cm, id="body")
    on_page = footer(title, margin, page[0])
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    story = _Worksheet(article, options, frame._width).story(title)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()


# The document ------------------------------------------------------------------------------


class _Worksheet:
    def __init__(self, article: ExportArticle, options: WorksheetOptions, width: float) -> None:
        self.article = article
        self.options = options
        self.width = width
        self.section = 0
        self.keys: list[tuple[str, list[tuple[int, Item]]]] = []  # answer key, per section
        self.plain_answers = False  # cloze answers without option labels (word bank shown)

    def story(self, title: str) -> list[Flowable]:
        o = self.options
        story: list[Flowable] = []
        if o.header:
            story += [self._header(), Spacer(1, 10)]
        story += [RtlParagraph(title, AR_TITLE)]
        subtitle = "Reading worksheet" + (
            f" · {self.article.source}" if self.article.source else ""
        )
        story += [Paragraph(escape(subtitle), EN_SUBTITLE), Spacer(1, 8)]
        sections: list[tuple[bool, Callable[[], list[Flowable]]]] = [
            (o.article, self._article),
            (o.vocabulary, self._vocabulary),
            (o.cloze, self._cloze),
            (o.comprehension, self._comprehension),
            (o.roots, self._roots),
        ]
        for chosen, build in sections:
            if chosen:
                story += build()
        if o.answer_key and any(items for _, items in self.keys):
            story += self._answer_key()
        return story

    # Sections ------------------------------------------------------------------------------

    def _article(self) -> list[Flowable]:
        numbers = LineNumbers() if self.options.line_numbers else None
        body: list[Flowable] = []
        for block in self.article.blocks():
            style = AR_ARTICLE_HEAD if block.is_heading else AR_BODY
            body.append(RtlParagraph(block.text, style, numbers=numbers))
        if not body:
            return []
        return [*self._heading("Read the article", "اقرأ المقالة"), *body]

    def _vocabulary(self) -> list[Flowable]:
        entries = self.article.vocabulary
        out: list[Flowable] = []
        if entries:
            out += self._heading("Vocabulary", "المفردات")
            out.append(self._vocabulary_table(entries))
        if self.options.names and self.article.names:
            label = Paragraph("<b>Names in the article</b>", EN)
            out += [Spacer(1, 8), label, Spacer(1, 2), self._names_grid(self.article.names)]
        return out

    def _vocabulary_table(self, entries: Iterable[VocabularyEntry]) -> Table:
        widths = [2.6 * cm, None, 4.6 * cm, 0.9 * cm]
        widths[1] = self.width - sum(w for w in widths if w)
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
        table = Table(rows, colWidths=widths, repeatRows=1)
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

    def _cloze(self) -> list[Flowable]:
        items = self.article.items_of("cloze")
        if not items:
            return []
        bank = self.options.word_bank
        out = self._heading(
            "Fill in the blanks", "املأ الفراغات",
            "Choose a word from the box for each blank." if bank else "Fill in each blank.",
        )  # fmt: skip
        if bank:
            out += [self._word_bank(items), Spacer(1, 8)]
        numbered = list(enumerate(items, 1))
        for number, item in numbered:
            block = [self._prompt(number, item.prompt)]
            if not bank and item.options:
                block.append(self._choices(item.options))
            out.append(KeepTogether([*block, Spacer(1, 4)]))
        self.keys.append(("Fill in the blanks", numbered))
        self.plain_answers = bank
        return out

    def _comprehension(self) -> list[Flowable]:
        items = self.article.items_of("comprehension")
        if not items:
            return []
        out = self._heading("Comprehension", "الفهم والاستيعاب")
        out += self._questions(items)
        self.keys.append(("Comprehension", list(enumerate(items, 1))))
        return out

    def _roots(self) -> list[Flowable]:
        items = self.article.items_of("roots")
        families = _families(self.article.vocabulary)
        if not items and not families:
            return []
        out = self._heading("Root families", "الجذور والأسر")
        if families:
            out.append(self._families_table(families))
            out.append(Spacer(1, 8))
        out += self._questions(items)
        if items:
            self.keys.append(("Root families", list(enumerate(items, 1))))
        return out

    def _answer_key(self) -> list[Flowable]:
        out: list[Flowable] = [PageBreak()]
        out += self._heading("Answer key", "مفتاح الإجابة", numbered=False)
        for name, numbered in self.keys:
            if not numbered:
                continue
            out.append(Spacer(1, 4))
            out.append(Paragraph(f"<b>{escape(name)}</b>", EN))
            out.append(Spacer(1, 2))
            out.append(self._key_table(numbered))
        return out

    # Building blocks ---------------------------------------------------------------------

    def _header(self) -> Table:
        cells = [Paragraph("Name", EN_LABEL), "", Paragraph("Class", EN_LABEL), ""]
        cells += [Paragraph("Date", EN_LABEL), ""]
        labels = 1.2 * cm + 1.2 * cm + 1.1 * cm
        lines = self.width - labels
        widths = [1.2 * cm, lines * 0.5, 1.2 * cm, lines * 0.25, 1.1 * cm, lines * 0.25]
        table = Table([cells], colWidths=widths)
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

    def _heading(
        self, english: str, arabic: str, note: str = "", *, numbered: bool = True
    ) -> list[Flowable]:
        if numbered:
            self.section += 1
            english = f"{self.section}&nbsp;&nbsp;{escape(english)}"
        else:
            english = escape(english)
        table = Table(
            [[Paragraph(english, EN_HEAD), RtlParagraph(arabic, AR_HEAD)]],
            colWidths=[self.width * 0.55, self.width * 0.45],
        )
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

    def _prompt(self, number: int, text: str, instruction: str = "") -> Table:
        cell: list[Flowable] = [RtlParagraph(text, AR_ITEM)]
        if instruction:
            cell.insert(0, Paragraph(escape(instruction), EN_NOTE))
        table = Table(
            [[cell, Paragraph(f"{number}", EN_NUMBER)]],
            colWidths=[self.width - 0.9 * cm, 0.9 * cm],
        )
        # The number sits on the baseline of the prompt's first line.
        first_baseline = AR_ITEM.leading / 2 + 0.25 * AR_ITEM.size
        top = first_baseline - EN_NUMBER.fontSize + (12.5 if instruction else 0)
        table.setStyle(
            tight(("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (1, 0), (1, 0), top))
        )
        return table

    def _questions(self, items: Iterable[Item]) -> list[Flowable]:
        out: list[Flowable] = []
        previous = ""
        for number, item in enumerate(items, 1):
            instruction = item.instruction if item.instruction != previous else ""
            previous = item.instruction
            block: list[Flowable] = [self._prompt(number, item.prompt, instruction)]
            if item.type in ("multiple_choice", "true_false"):
                block.append(self._choices(item.options or ("صح", "خطأ")))
            elif item.type == "matching":
                block.append(self._matching(item))
            elif item.type == "ordering":
                block.append(self._ordering(item))
            else:
                block.append(AnswerLines(self.options.answer_lines, self.width - 0.9 * cm))
            block.append(Spacer(1, 6))
            out.append(KeepTogether(block))
        return out

    def _choices(self, options: tuple[str, ...]) -> Table:
        labels = choice_labels(options)
        texts = [f"{BOX} {label}. {option}" for label, option in zip(labels, options, strict=False)]
        usable = self.width - 0.9 * cm
        per_row = len(texts)
        while per_row > 1 and max(_width_of(t, AR_OPTION) for t in texts) > usable / per_row - 12:
            per_row = (per_row + 1) // 2 if per_row > 2 else 1
        rows = [texts[i : i + per_row] for i in range(0, len(texts), per_row)]
        cells = [
            [RtlParagraph(t, AR_OPTION) for t in reversed(row + [""] * (per_row - len(row)))] + [""]
            for row in rows
        ]
        table = Table(cells, colWidths=[usable / per_row] * per_row + [0.9 * cm])
        table.setStyle(tight())
        return table

    def _matching(self, item: Item) -> Table:
        lefts = [left for left, _ in item.pairs]
        rights = list(item.options) or sorted(right for _, right in item.pairs)
        labels = choice_labels(rights)
        arabic_rights = labels is ARABIC_LABELS
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
        usable = self.width - 0.9 * cm
        widths = [usable * 0.42, usable * 0.06, 0.8 * cm, None, 0.6 * cm, 0.9 * cm]
        widths[3] = self.width - sum(w for w in widths if w)
        table = Table(rows, colWidths=widths)
        table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
        return table

    def _ordering(self, item: Item) -> Table:
        shown = list(item.options) or list(item.sequence)
        rows = [[RtlParagraph(text, AR_OPTION), Box(15), ""] for text in shown]
        table = Table(rows, colWidths=[self.width - 1.7 * cm, 0.8 * cm, 0.9 * cm])
        table.setStyle(tight(("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
        return table

    def _word_bank(self, items: Iterable[Item]) -> Table:
        words = sorted(
            {item.answer.strip() for item in items if item.answer.strip()}, key=_sort_key
        )
        per_row = 4
        rows = [words[i : i + per_row] for i in range(0, len(words), per_row)] or [[]]
        cells = [
            [RtlParagraph(w, AR_BANK) for w in reversed(row + [""] * (per_row - len(row)))]
            for row in rows
        ]
        inner = Table(cells, colWidths=[(self.width - 1 * cm) / per_row] * per_row)
        inner.setStyle(tight())
        caption = Paragraph("WORD BANK", ParagraphStyle("bank", parent=EN_SMALL, fontSize=7))
        table = Table([[caption], [inner]], colWidths=[self.width])
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

    def _names_grid(self, names: Iterable[VocabularyEntry], per_row: int = 3) -> Table:
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
        pair_width = self.width / per_row
        table = Table(rows, colWidths=[pair_width * 0.55, pair_width * 0.45] * per_row)
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

    def _families_table(self, families: dict[str, list[VocabularyEntry]]) -> Table:
        """One block of rows per root: the root on the right, a word and its English per row."""
        rows: list[list[object]] = []
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBEFORE", (2, 0), (2, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ]
        for root, entries in families.items():
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
        table = Table(rows, colWidths=[self.width - 7.5 * cm, 4.5 * cm, 3 * cm])
        table.setStyle(tight(*commands))
        return table

    def _key_table(self, numbered: list[tuple[int, Item]]) -> Table:
        per_row = 2
        cells = []
        for i in range(0, len(numbered), per_row):
            row: list[object] = []
            for number, item in reversed(numbered[i : i + per_row]):
                plain = self.plain_answers and item.kind == "cloze"
                row += [_answer_flowable(item, plain), Paragraph(str(number), EN_NUMBER)]
            cells.append(["", ""] * (per_row - len(row) // 2) + row)
        half = self.width / per_row
        table = Table(cells, colWidths=[half - 0.9 * cm, 0.9 * cm] * per_row)
        table.setStyle(
            tight(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)
            )
        )
        return table


# Helpers ------------------------------------------------------------------------------------


def choice_labels(options: Iterable[str]) -> tuple[str, ...]:
    """أ ب ج for Arabic options, a b c for English ones."""
    has_arabic = any(any("\u0600" <= ch <= "\u06ff" for ch in option) for option in options)
    return ARABIC_LABELS if has_arabic else LATIN_LABELS


def answer_text(item: Item) -> str:
    """The answer as the key prints it: the option label and text, pairs, or the order."""
    if item.type == "matching":
        rights = list(item.options) or sorted(right for _, right in item.pairs)
        labels = choice_labels(rights)
        pairs = []
        for number, (_, right) in enumerate(item.pairs, 1):
            label = labels[rights.index(right)] if right in rights else "?"
            pairs.append(f"{number}-{label}")
        return "، ".join(pairs) if labels is ARABIC_LABELS else ", ".join(pairs)
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


def _families(entries: Iterable[VocabularyEntry]) -> dict[str, list[VocabularyEntry]]:
    groups: dict[str, list[VocabularyEntry]] = defaultdict(list)
    for entry in entries:
        if entry.root:
            groups[entry.root].append(entry)
    return {root: group for root, group in sorted(groups.items()) if len(group) > 1}


def _sort_key(word: str) -> str:
    return without_vowels(word).removeprefix("ال")


def _width_of(text: str, style: TextStyle) -> float:
    words = text.split()
    return sum(word_width(w, style, True) for w in words) + 4 * len(words)
