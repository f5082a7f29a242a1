"""The Unicode bidirectional algorithm (UAX #9), enough of it for one line of worksheet text.

ReportLab's own right-to-left layout needs ``rlbidi``, which is not on PyPI; without it a shaped
paragraph keeps its words in logical order from left to right. So the PDF exporter breaks lines
itself and asks this module where each piece of a line goes. Explicit embeddings and isolates
are not supported (our text never contains them): they count as neutrals.

Rules implemented: W1-W7, N1-N2, I1-I2, L1 (trailing white space), L2 (reordering); mirroring
(L4) is left to the caller, since HarfBuzz mirrors inside right-to-left runs by itself.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_STRONG = frozenset({"L", "R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "BN"})
_EXPLICIT = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of one line at one embedding level: ``text`` is in logical order."""

    text: str
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1

    @property
    def is_space(self) -> bool:
        return self.text.isspace()


def base_is_rtl(text: str, default: bool = True) -> bool:
    """The paragraph direction from its first strong character (rules P2, P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return default


def embedding_levels(line: str, *, rtl: bool) -> list[int]:
    """The resolved level of each character of ``line`` (rules W1-W7, N1-N2, I1-I2, L1)."""
    sos = "R" if rtl else "L"
    types = _resolve_weak([_initial_type(ch) for ch in line], sos)
    types = _resolve_neutral(types, sos)
    return _line_levels(line, _implicit_levels(types, rtl=rtl), base=1 if rtl else 0)


def _resolve_weak(types: list[str], sos: str) -> list[str]:
    """Rules W1-W7: marks, numbers and their separators take a type from their neighbours."""
    n = len(types)
    previous = sos  # W1: a mark takes the type of what it sits on
    for i, kind in enumerate(types):
        if kind == "NSM":
            types[i] = previous
        previous = types[i]

    last_strong = sos  # W2, W3
    for i, kind in enumerate(types):
        if kind in _STRONG:
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if kind == "AL" else kind for kind in types]

    for i in range(1, n - 1):  # W4: one separator between two numbers of the same kind
        before, here, after = types[i - 1], types[i], types[i + 1]
        if here == "ES" and before == after == "EN":
            types[i] = "EN"
        elif here == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before

    i = 0  # W5: currency and percent signs next to European digits
    while i < n:
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j

    types = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]  # W6

    last_strong = sos  # W7
    for i, kind in enumerate(types):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"
    return types


def _resolve_neutral(types: list[str], sos: str) -> list[str]:
    """Rules N1, N2: neutrals between two of a kind take it, otherwise the base direction."""
    n = len(types)
    i = 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = _as_strong(types[i - 1]) if i > 0 else sos
        after = _as_strong(types[j]) if j < n else sos
        types[i:j] = [before if before == after else sos] * (j - i)
        i = j
    return types


def _implicit_levels(types: list[str], *, rtl: bool) -> list[int]:
    """Rules I1, I2: the level of each character from its resolved type."""
    base = 1 if rtl else 0
    levels = []
    for kind in types:
        if rtl:
            levels.append(base + (1 if kind in ("L", "EN", "AN") else 0))
        elif kind == "R":
            levels.append(1)
        else:
            levels.append(2 if kind in ("EN", "AN") else 0)
    return levels


def _line_levels(line: str, levels: list[int], *, base: int) -> list[int]:
    """Rule L1: white space at the end of the line, tabs and separators go back to the base."""
    end = len(levels)
    while end > 0 and line[end - 1].isspace():
        end -= 1
        levels[end] = base
    for i, ch in enumerate(line):
        if ch in "\t\u2029":
            levels[i] = base
    return levels


def visual_runs(line: str, *, rtl: bool) -> list[Run]:
    """The line cut into runs (one level each, white space apart), in visual order left to right.

    A right-to-left run is still in logical order: whoever draws it reverses it (HarfBuzz does).
    """
    if not line:
        return []
    levels = embedding_levels(line, rtl=rtl)
    runs: list[Run] = []
    start = 0
    for i in range(1, len(line) + 1):
        if (
            i == len(line)
            or levels[i] != levels[start]
            or line[i].isspace() != line[start].isspace()
        ):
            runs.append(Run(line[start:i], levels[start]))
            start = i
    return _reorder(runs)


def visual_text(line: str, *, rtl: bool) -> str:
    """The characters of ``line`` in the order they appear on the page, mirrored where due.

    What a right-to-left line looks like when read left to right: handy for checks and tests.
    """
    return "".join(
        run.text[::-1].translate(_MIRROR) if run.rtl else run.text
        for run in visual_runs(line, rtl=rtl)
    )


def mirrored(text: str) -> str:
    return text.translate(_MIRROR)


def _initial_type(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    if not kind or kind in _EXPLICIT:
        return "ON"
    return kind


def _as_strong(kind: str) -> str:
    return "R" if kind in ("R", "EN", "AN") else kind


def _reorder(runs: list[Run]) -> list[Run]:
    """Rule L2: reverse every stretch at or above each odd level, from the highest down."""
    if not runs:
        return runs
    highest = max(run.level for run in runs)
    lowest_odd = min((run.level for run in runs if run.level % 2), default=highest + 1)
    order = list(runs)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if order[i].level < level:
                i += 1
                continue
            j = i
            while j < len(order) and order[j].level >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order
