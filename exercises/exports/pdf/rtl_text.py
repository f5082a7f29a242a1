"""A ReportLab flowable for Arabic (and mixed Arabic/English) paragraphs.

ReportLab shapes Arabic words well with HarfBuzz (``shaping``: letters join, vowel marks sit
right) but, without ``rlbidi``, lays the words of a line out left to right. So this flowable
breaks lines itself, orders each line's pieces with the bidi algorithm (``bidi.py``) and lets
ReportLab shape and draw each piece: words run right to left, line after line, numbers and
English phrases inside them read left to right, and the last line stays aligned to the right.

Two characters are drawn rather than typeset, because Amiri has no glyph for them:
``BOX`` an empty square to tick, ``GAP`` a writing line (the blank of a cloze).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal, NamedTuple

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from exercises.exports.pdf.bidi import Run, base_is_rtl, mirrored, visual_runs
from exercises.exports.pdf.fonts import ARABIC, LATIN, has_glyph, register_fonts
from exercises.exports.pdf.tagging import artifact, content, language, note_text
from exercises.exports.pdf.text_layer import remember_glyphs, widen_stand_ins
from exercises.generators.items import BLANK

BOX = "\u2610"
GAP = "\ufffc"
_DRAWN = frozenset({BOX, GAP})
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]")
_SPLIT_DRAWN = re.compile(f"([{BOX}{GAP}])")

Align = Literal["start", "end", "center", "justify"]


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str = ARABIC
    size: float = 14
    leading: float = 27
    align: Align = "start"
    color: colors.Color = colors.black
    rtl: bool | None = None  # None: from the first strong character
    gap_width: float = 72  # the writing line drawn for GAP
    space_before: float = 0
    space_after: float = 0
    role: str = "P"  # its structure tag in the tagged PDF (``tagging.py``)


@dataclass
class LineNumbers:
    """Shared by the paragraphs of one text, so numbering runs across them."""

    every: int = 5
    count: int = 0
    size: float = 7.5
    color: colors.Color = field(default_factory=lambda: colors.HexColor("#8a8f98"))


class Piece(NamedTuple):
    kind: Literal["text", "space", "box", "gap"]
    text: str
    width: float


class RtlParagraph(Flowable):
    """A paragraph laid out right to left (or left to right when ``style.rtl`` is False)."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        numbers: LineNumbers | None = None,
        _lines: tuple[tuple[str, ...], ...] | None = None,
        _ends_text: bool = True,
    ) -> None:
        super().__init__()
        register_fonts()
        self.text = clean(text)
        self.style = style
        self.rtl = style.rtl if style.rtl is not None else base_is_rtl(self.text)
        self.numbers = numbers
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines = _lines
        self._fixed = _lines is not None
        self._laid_width: float | None = None
        self._ends_text = _ends_text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self._fixed and self._laid_width != availWidth:
            self._lines = break_lines(self.text, availWidth, self.style, self.rtl)
            self._laid_width = availWidth
        self.width = availWidth
        self.height = len(self._lines or ()) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        lines = self._lines or ()
        fit = int((availHeight + 1e-6) // self.style.leading)
        if len(lines) >= 4:
            fit = min(fit, len(lines) - 2)  # no widow line at the top of the next page
        if fit < 2 or fit >= len(lines):
            return []
        head = RtlParagraph(
            self.text, replace(self.style, space_after=0), numbers=self.numbers,
            _lines=lines[:fit], _ends_text=False,
        )  # fmt: skip
        tail = RtlParagraph(
            self.text, replace(self.style, space_before=0), numbers=self.numbers,
            _lines=lines[fit:], _ends_text=self._ends_text,
        )  # fmt: skip
        return [head, tail]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        with content(canvas, self.style.role, language(self.text)):
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        lines = self._lines or ()
        canvas.setFillColor(style.color)
        canvas.setStrokeColor(style.color)
        for index, words in enumerate(lines):
            baseline = self.height - index * style.leading - _baseline_drop(style)
            last = index == len(lines) - 1 and self._ends_text
            note_text(canvas, " ".join(words).replace(GAP, BLANK))
            draw_line(canvas, words, 0, baseline, self.width, style, self.rtl, last=last)
            if self.numbers is not None:
                self._number(baseline)

    def _number(self, baseline: float) -> None:
        numbers = self.numbers
        assert numbers is not None
        numbers.count += 1
        if numbers.count % numbers.every:
            return
        canvas = self.canv
        with artifact(canvas):
            canvas.saveState()
            canvas.setFont(LATIN, numbers.size)
            canvas.setFillColor(numbers.color)
            label = str(numbers.count)
            if self.rtl:
                canvas.drawString(self.width + 10, baseline, label)
            else:
                canvas.drawRightString(-10, baseline, label)
            canvas.restoreState()


def clean(text: str) -> str:
    """One line of text that Amiri can draw: blanks become GAP, white space single spaces."""
    text = re.sub(r"\s+", " ", text.replace(BLANK, GAP)).strip()
    return "".join(ch if ch in _DRAWN or has_glyph(ARABIC, ch) else "?" for ch in text)


def break_lines(
    text: str, width: float, style: TextStyle, rtl: bool
) -> tuple[tuple[str, ...], ...]:
    """Greedy line breaking at spaces, in logical order."""
    space = _space_width(style.font, style.size)
    lines: list[tuple[str, ...]] = []
    current: list[str] = []
    used = 0.0
    for word in text.split(" "):
        if not word:
            continue
        w = word_width(word, style, rtl)
        if current and used + space + w > width + 1e-6:
            lines.append(tuple(current))
            current, used = [word], w
        else:
            used += (space if current else 0) + w
            current.append(word)
    if current:
        lines.append(tuple(current))
    return tuple(lines)


def line_pieces(words: tuple[str, ...], style: TextStyle, rtl: bool) -> list[Piece]:
    """The pieces of one line, left to right as they are drawn."""
    pieces: list[Piece] = []
    for run in visual_runs(" ".join(words), rtl=rtl):
        pieces.extend(_run_pieces(run, style))
    return pieces


def draw_line(
    canvas,
    words: tuple[str, ...],
    x: float,
    baseline: float,
    width: float,
    style: TextStyle,
    rtl: bool,
    *,
    last: bool = True,
) -> None:
    """Draw one line of words in the box [x, x + width] on ``baseline``."""
    pieces = line_pieces(words, style, rtl)
    natural = sum(piece.width for piece in pieces)
    spaces = sum(1 for piece in pieces if piece.kind == "space")
    extra = 0.0
    align = style.align
    if align == "justify":
        slack = width - natural
        # A line much shorter than the column stays ragged rather than gappy.
        if not last and spaces and 0 < slack < 0.25 * width:
            extra = slack / spaces
        align = "start"
    if align == "center":
        cursor = x + (width - natural) / 2
    elif (align == "start") == rtl:
        cursor = x + width - natural - extra * spaces
    else:
        cursor = x
    text = _TextObject(canvas)
    text.setFont(style.font, style.size)
    for piece in pieces:
        if piece.kind in ("text", "space"):
            # A space is drawn too (it shows nothing): text extraction reads it between words.
            text.setTextOrigin(cursor, baseline)
            text.textOut(piece.text)
        elif piece.kind == "box":
            side = style.size * 0.62
            canvas.setLineWidth(0.8)
            canvas.rect(cursor + style.size * 0.12, baseline, side, side, stroke=1, fill=0)
        elif piece.kind == "gap":
            canvas.setLineWidth(0.6)
            canvas.line(cursor + 2, baseline - 2, cursor + piece.width - 2, baseline - 2)
        cursor += piece.width + (extra if piece.kind == "space" else 0)
    canvas.drawText(text)


class _TextObject(PDFTextObject):
    """ReportLab's text object with ``setRise`` fixed.

    HarfBuzz moves some vowel marks up or down (a fatha over a shadda); ReportLab draws them
    with a text rise. When it merges two rises in a row it forgets the new one, so the rise of a
    mark stays on for the letters after it (in مَرَّة the letters drop below the line).
    """

    def setRise(self, rise: float) -> None:  # noqa: N802
        code = f"{fp_str(rise)} Ts"
        if self._code and self._code[-1].endswith(" Ts"):
            self._y += self._rise
            self._code[-1] = code
        else:
            self._code.append(code)
        self._rise = rise
        self._y -= rise


def word_width(word: str, style: TextStyle, rtl: bool) -> float:
    return _word_width(word, style.font, style.size, style.gap_width, rtl)


def shaped(text: str, font: str, size: float) -> tuple[str, float]:
    """``text`` shaped by HarfBuzz in ``font`` (a ShapedStr when shaping changed it) and its width."""
    return _shaped(text, font, size)


@lru_cache(maxsize=65536)
def _word_width(word: str, font: str, size: float, gap_width: float, rtl: bool) -> float:
    style = TextStyle(font=font, size=size, gap_width=gap_width)
    return sum(p.width for run in visual_runs(word, rtl=rtl) for p in _run_pieces(run, style))


@lru_cache(maxsize=65536)
def _shaped(text: str, font: str, size: float) -> tuple[str, float]:
    register_fonts()
    result = shapeStr(text, font, size)
    if isinstance(result, ShapedStr):
        remember_glyphs(font, text, result)
        widen_stand_ins(font, result)
        width = sum(d.x_advance for d in result.__shapeData__) * size / 1000
    else:
        width = stringWidth(result, font, size)
    return result, width


@lru_cache(maxsize=64)
def _space_width(font: str, size: float) -> float:
    register_fonts()
    return stringWidth(" ", font, size)


def _run_pieces(run: Run, style: TextStyle) -> list[Piece]:
    if run.is_space:
        width = _space_width(style.font, style.size) * len(run.text)
        return [Piece("space", run.text, width)]
    parts = [part for part in _SPLIT_DRAWN.split(run.text) if part]
    if run.rtl:
        parts.reverse()
    pieces = []
    for part in parts:
        if part == BOX:
            pieces.append(Piece("box", part, style.size * 0.86))
        elif part == GAP:
            pieces.append(Piece("gap", part, style.gap_width))
        else:
            pieces.extend(_text_pieces(part, run.rtl, style))
    return pieces


def _text_pieces(text: str, rtl: bool, style: TextStyle) -> list[Piece]:
    """HarfBuzz reverses a run it sees as Arabic and keeps any other: help it where it guesses
    wrong (a right-to-left run of punctuation only, a left-to-right run of Arabic digits)."""
    if rtl and not _ARABIC_LETTER.search(text):
        chars = [mirrored(ch) for ch in reversed(text)]
    elif not rtl and _ARABIC_SCRIPT.search(text):
        chars = list(text)
    else:
        chars = [text]
    pieces = []
    for chunk in chars:
        glyphs, width = _shaped(chunk, style.font, style.size)
        pieces.append(Piece("text", glyphs, width))
    return pieces


def _baseline_drop(style: TextStyle) -> float:
    # Amiri's marks and tall letters need about 1.1 em above the baseline and 0.6 em below:
    # centre that box in the line.
    return (style.leading - 1.7 * style.size) / 2 + 1.1 * style.size


def draw_text(canvas, text: str, x: float, baseline: float, width: float, style: TextStyle) -> None:
    """Draw ``text`` on one line in the box [x, x + width] (for page headers and footers)."""
    register_fonts()
    text = clean(text)
    rtl = style.rtl if style.rtl is not None else base_is_rtl(text)
    draw_line(canvas, _fitted(text.split(" "), width, style, rtl), x, baseline, width, style, rtl)


def _fitted(words: list[str], width: float, style: TextStyle, rtl: bool) -> tuple[str, ...]:
    """The first words that fit in ``width``, with … when some are left out (a long title)."""
    space = _space_width(style.font, style.size)
    kept: list[str] = []
    used = 0.0
    for word in words:
        used += word_width(word, style, rtl) + (space if kept else 0.0)
        if used > width - word_width("…", style, rtl) - space and len(kept) < len(words) - 1:
            return (*kept, "…")
        kept.append(word)
    return tuple(kept)
