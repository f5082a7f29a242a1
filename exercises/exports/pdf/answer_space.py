"""Room for the learner's answers: an empty box, ruled lines."""

from __future__ import annotations

from reportlab.platypus import Flowable

from exercises.exports.pdf.styles import INK, RULE
from exercises.exports.pdf.tagging import artifact


class Decoration(Flowable):
    """Drawn, not read: screen readers skip it (an artifact)."""

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        with artifact(canvas):
            super().drawOn(canvas, x, y, _sW)


class Box(Decoration):
    """An empty square to write a letter or a number in."""

    def __init__(self, side: float) -> None:
        super().__init__()
        self.side = side

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.roundRect(0, 0, self.side, self.side, 2, stroke=1, fill=0)


class AnswerLines(Decoration):
    """Ruled lines to write an answer on."""

    def __init__(self, count: int, width: float, spacing: float = 24) -> None:
        super().__init__()
        self.count = max(count, 1)
        self.line_width = width
        self.spacing = spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.line_width, self.count * self.spacing

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.setDash(1, 2)
        for i in range(self.count):
            y = i * self.spacing + 2
            self.canv.line(0, y, self.line_width, y)
