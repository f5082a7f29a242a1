"""What a teacher picks for a worksheet: its sections, in the order they print, and its page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


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
