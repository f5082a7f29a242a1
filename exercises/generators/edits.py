"""An edit of an article's text: a character range and what replaces it (rewordings, swaps)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # article character offsets of the replaced text
    end: int
    replacement: str


def apply_edits(text: str, offset: int, edits: list[Edit]) -> str:
    """``text`` (starting at article offset ``offset``) with the edits inside it applied."""
    pieces, position = [], offset
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):  # an insertion before a cut
        if edit.start < position or edit.end > offset + len(text):
            continue
        pieces.append(text[position - offset : edit.start - offset])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(text[position - offset :])
    return "".join(pieces)
