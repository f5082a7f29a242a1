"""Word lists kept as data files in ``exercises/generators/data``: one entry per line, ``#``
starts a comment line. Loaded once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources

from exercises.arabic.text.normalize import normalize_key


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in file order."""
    text = (resources.files("exercises.generators") / "data" / f"{name}.txt").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt`` as matching keys (one alef, no vowel marks)."""
    return frozenset(normalize_key(line) for line in lines(name))
