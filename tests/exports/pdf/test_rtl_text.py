"""Right-to-left layout: line breaking, and where pieces are drawn (the bidi order of a line
is in test_bidi.py)."""

from __future__ import annotations

import io
import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from exercises.exports.article import ExportArticle
from exercises.exports.pdf import rtl_text
from exercises.exports.pdf.fonts import ARABIC, has_glyph
from exercises.exports.pdf.rtl_text import (
    BOX,
    GAP,
    TextStyle,
    break_lines,
    clean,
    draw_line,
    line_pieces,
    shaped,
)
from exercises.generators.items import BLANK


def test_lines_break_in_reading_order():
    style = TextStyle(size=14)
    text = " ".join(f"كلمة{i}" for i in range(40))

    lines = break_lines(text, 200, style, rtl=True)

    assert len(lines) > 3
    assert [word for line in lines for word in line] == text.split()
    assert lines[0][0] == "كلمة0"


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> RecordingCanvas:
    canvas = RecordingCanvas()
    monkeypatch.setattr(rtl_text, "_TextObject", lambda _canvas: canvas)
    return canvas


class RecordingCanvas:
    """Stands in for a ReportLab canvas (and its text object) and notes where each piece goes."""

    def __init__(self) -> None:
        self.strings: list[tuple[float, str]] = []
        self.rects: list[float] = []
        self.lines: list[tuple[float, float]] = []
        self._x = 0.0

    def drawText(self, text) -> None:  # noqa: N802
        assert text is self

    def setFont(self, *args) -> None:  # noqa: N802
        pass

    def setLineWidth(self, *args) -> None:  # noqa: N802
        pass

    def setTextOrigin(self, x, y) -> None:  # noqa: N802
        self._x = x

    def textOut(self, text) -> None:  # noqa: N802
        self.strings.append((self._x, text))

    def rect(self, x, *args, **kwargs) -> None:
        self.rects.append(x)

    def line(self, x1, y1, x2, y2) -> None:
        self.lines.append((x1, x2))


def test_the_first_word_is_drawn_on_the_right_and_the_last_line_ends_flush_right(recording):
    style = TextStyle(size=14, align="justify")
    canvas = recording

    draw_line(canvas, ("واحد", "اثنان", "ثلاثة"), 0, 0, 300, style, True, last=True)

    first, first_width = shaped("واحد", ARABIC, 14)
    last, _ = shaped("ثلاثة", ARABIC, 14)
    xs = {text: x for x, text in canvas.strings}
    assert xs[first] > xs[last]
    assert xs[first] + first_width == pytest.approx(300)


def test_a_full_line_is_justified_to_both_edges(recording):
    style = TextStyle(size=14, align="justify")
    canvas = recording
    words = ("بيت", "قلم", "باب", "شمس", "قمر", "نجم", "بحر")

    width = sum(piece.width for piece in line_pieces(words, style, True)) + 12

    draw_line(canvas, words, 0, 0, width, style, True, last=False)

    left = min(x for x, _ in canvas.strings)
    right_word, right_width = shaped(words[0], ARABIC, 14)
    assert left == pytest.approx(0)
    assert dict((t, x) for x, t in canvas.strings)[right_word] + right_width == pytest.approx(width)


def test_blanks_and_boxes_are_drawn_not_typed(recording):
    canvas = recording
    text = clean(f"{BOX} أ. في بكين قال {BLANK} اليوم")

    draw_line(canvas, tuple(text.split(" ")), 0, 0, 400, TextStyle(gap_width=80), True)

    assert GAP in text and BLANK not in text
    assert len(canvas.rects) == 1 and canvas.rects[0] > max(x for x, _ in canvas.strings)
    (x1, x2), = canvas.lines  # fmt: skip
    assert x2 - x1 == pytest.approx(76)


def test_amiri_has_a_glyph_for_every_character_of_the_article(article: ExportArticle):
    missing = {ch for ch in article.text if not ch.isspace() and not has_glyph(ARABIC, ch)}

    assert missing == set()
    assert "?" not in clean(article.text)
    assert clean("a\u2603b") == "a?b"  # what Amiri cannot draw is replaced, never a box


def test_a_raised_mark_does_not_drag_the_next_letters_off_the_line():
    canvas = Canvas(io.BytesIO(), pageCompression=0)

    # In مَرَّة HarfBuzz moves the fatha over the shadda: two text rises in a row.
    draw_line(canvas, ("مَرَّة",), 0, 700, 100, TextStyle(size=30), True)

    rises = [float(r) for r in re.findall(r"(-?[\d.]+) Ts", "\n".join(canvas._code))]
    assert any(rise != 0 for rise in rises)
    assert rises[-1] == 0  # back on the baseline for ر and م
