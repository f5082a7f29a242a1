"""One worksheet while its sections are built: what it shows, how wide it is, the numbers of its
sections so far and the answers they leave for the key."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable

from exercises.exports.article import ExportArticle
from exercises.exports.pdf.blocks import section_heading
from exercises.exports.pdf.options import WorksheetOptions
from exercises.generators.items import Item


@dataclass
class Sheet:
    """Made afresh for each worksheet: the sections add to ``keys`` as they go."""

    article: ExportArticle
    options: WorksheetOptions
    width: float  # of the text frame
    section: int = 0  # the last section's number
    keys: list[tuple[str, list[tuple[int, Item]]]] = field(default_factory=list)  # per section
    plain_answers: bool = False  # cloze answers without option labels (word bank shown)

    def heading(
        self, english: str, arabic: str, note: str = "", *, numbered: bool = True
    ) -> list[Flowable]:
        """A section's heading, numbered unless ``numbered`` is False."""
        if numbered:
            self.section += 1
            english = f"{self.section}&nbsp;&nbsp;{escape(english)}"
        else:
            english = escape(english)
        return section_heading(english, arabic, note, self.width)
