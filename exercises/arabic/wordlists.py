"""Every word list of the project, kept as data files in ``exercises/arabic/data/words``.

One file per list, ``<name>.txt``: one entry per line, lines starting with ``#`` are comments
(each file opens with one saying what the list is for). An entry may hold several words
separated by spaces (a multiword name, a verb and its forms). A line ``[section]`` starts a
named section, for a list whose entries serve one use more than another (titles that announce a
name in the analysis, and other titles); the sections make up the list. Spelling variants of one
entry share its line, separated by ``|``, the usual spelling first (``أبريل | إبريل``): ``variants``
gives them and ``word_list`` holds the key of every one. Each file is read once per process; the
lists are read-only.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from types import MappingProxyType

from exercises.arabic.text.normalize import normalize_key

WORDS_FOLDER = ("data", "words")
VARIANT_SEPARATOR = "|"


@cache
def sections(name: str) -> MappingProxyType[str, tuple[str, ...]]:
    """The entries of ``data/words/<name>.txt`` by section (``""`` before the first one)."""
    folder = resources.files("exercises.arabic").joinpath(*WORDS_FOLDER)
    found: dict[str, list[str]] = {"": []}
    current = found[""]
    for line in (folder / f"{name}.txt").read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1].strip(), [])
        else:
            current.append(line)
    return MappingProxyType({section: tuple(entries) for section, entries in found.items()})


@cache
def lines(name: str, section: str | None = None) -> tuple[str, ...]:
    """The entries of ``data/words/<name>.txt`` (of one section, if given) in file order."""
    by_section = sections(name)
    if section is not None:
        return by_section[section]
    return tuple(entry for entries in by_section.values() for entry in entries)


@cache
def rows(name: str, section: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The entries of ``data/words/<name>.txt`` (or of one section), split into their words."""
    return tuple(tuple(line.split()) for line in lines(name, section))


@cache
def variants(name: str, section: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The entries (or one section's) in file order, each as its spellings, the usual one first."""
    found = []
    for line in lines(name, section):
        spellings = tuple(spelling.strip() for spelling in line.split(VARIANT_SEPARATOR))
        if not all(spellings):
            raise ValueError(f"{name}.txt: an empty spelling in {line!r}")
        found.append(spellings)
    return tuple(found)


@cache
def word_list(name: str, section: str | None = None) -> frozenset[str]:
    """The entries (or one section's), every spelling, as matching keys (one alef, no marks)."""
    return frozenset(
        normalize_key(spelling) for entry in variants(name, section) for spelling in entry
    )
