"""Search keys: text folded so that a query matches however a word is spelled or vowelled.

A key has no vowel marks or tatweel, one alef for every hamza seat on alef (أ إ آ ٱ -> ا), ha
for ta marbuta, ya for alef maksura, Western digits, lower-case Latin letters and single spaces.
A match of a key is found in the text as written by ``query_pattern`` (any spelling of each
letter, marks anywhere), so that the page can highlight it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from exercises.arabic.text.normalize import normalize_key

MIN_QUERY_CHARS = 2
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of the original text around a match: ``before`` + ``match`` + ``after``."""

    before: str
    match: str
    after: str
    cut_start: bool  # the piece starts inside the text (an ellipsis goes before it)
    cut_end: bool


def _fold(char: str) -> str:
    if "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff":
        char = unicodedata.normalize("NFKC", char)
    return normalize_key(char).lower()


def search_key(text: str) -> str:
    """The key of ``text`` (see the module's description)."""
    out: list[str] = []
    for char in text:
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            continue
        folded = _fold(char)
        if folded:
            out.append(folded)
    return "".join(out).rstrip(" ")


def query_key(query: str) -> str:
    """The key of a query, or "" when it is too short to search for."""
    key = search_key(query.strip())
    return key if len(key.replace(" ", "")) >= MIN_QUERY_CHARS else ""


def query_pattern(key: str) -> re.Pattern[str]:
    """A pattern that finds ``key`` in text as written: any letter that folds to a key letter,
    vowel marks and tatweel anywhere inside, any run of spaces for a space."""
    parts = []
    for char in key:
        if char == " ":
            parts.append(r"\s+")
            continue
        sources = _SOURCES.get(char, "")
        parts.append(f"[{re.escape(char + sources)}]" if sources else re.escape(char))
    return re.compile(f"{_MARKS}*".join(parts), re.IGNORECASE)


def snippet(text: str, key: str, *, width: int = 80) -> Snippet | None:
    """The first match of ``key`` in ``text`` with about ``width`` characters either side,
    cut at spaces; None when the text does not contain it."""
    found = query_pattern(key).search(text) if key else None
    if found is None:
        return None
    start = found.start()
    end = _end_of(text, found.end())
    window_start = max(0, start - width)
    window_end = min(len(text), end + width)
    if window_start > 0:
        space = text.find(" ", window_start, start)
        window_start = space + 1 if space >= 0 else window_start
    if window_end < len(text):
        space = text.rfind(" ", end, window_end)
        window_end = space if space >= 0 else window_end
    return Snippet(
        before=_flat(text[window_start:start]).lstrip(),
        match=_flat(text[start:end]),
        after=_flat(text[end:window_end]).rstrip(),
        cut_start=window_start > 0,
        cut_end=window_end < len(text),
    )


def _reverse_folding() -> tuple[dict[str, str], str]:
    """For each key letter, the other characters that fold to it; and the class of the
    characters that fold to nothing (marks, tatweel)."""
    sources: dict[str, str] = {}
    dropped = []
    for code in [*range(0x0600, 0x0700), *range(0x06F0, 0x06FA)]:
        char = chr(code)
        folded = normalize_key(char)
        if folded == "":
            dropped.append(char)
        elif len(folded) == 1 and folded != char:
            sources[folded] = sources.get(folded, "") + char
    return sources, "[" + re.escape("".join(dropped)) + "]"


_SOURCES, _MARKS = _reverse_folding()


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text)


def _end_of(text: str, end: int) -> int:
    """Past the vowel marks that sit on the last matched character."""
    while end < len(text) and not _fold(text[end]) and not text[end].isspace():
        end += 1
    return end
