"""A word on what differs in a wrong typed answer, when it is one simple thing: the article ال
or a joined letter (و ف ب ك ل) left out or added. Plain Python, no Django."""

from __future__ import annotations

from learning.judging import clean_typed

ARTICLE = "ال"
CLITICS = "وفبكل"


def wrong_hint(given: str, expected: str) -> tuple[str, str] | None:
    """(kind, letters) for a wrong answer that differs from the right one by the article or a
    joined letter at its start; None otherwise."""
    written, wanted = clean_typed(given), clean_typed(expected)
    if not written or not wanted or written == wanted:
        return None
    if wanted == ARTICLE + written:
        return ("article_missing", ARTICLE)
    if written == ARTICLE + wanted:
        return ("article_added", ARTICLE)
    if len(wanted) > 2 and wanted[0] in CLITICS and wanted[1:] == written:
        return ("clitic_missing", wanted[0])
    if len(written) > 2 and written[0] in CLITICS and written[1:] == wanted:
        return ("clitic_added", written[0])
    return None
