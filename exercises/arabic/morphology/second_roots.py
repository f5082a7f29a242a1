"""Roots from a second dictionary, for the lemmas the Buckwalter lexicon files under none.

Buckwalter 1.0 leaves many common words without a root heading (بَلَد، سَنَة، أَرْض، تِجارَة،
تَنْمِيَة, the افتعل verbs of a و root: اِتَّقَى) and files a few families under a heading that
is no root (تَقْوَى and تَقِيّ under ت ق ي; they are of و ق ي). The Arramooz dictionary (Taha
Zerrouki, GPL) gives a root for its nouns and verbs. A list derived from it ships as
``data/roots_arramooz.tsv.gz`` (vowelled lemma, root) and is rebuilt with
``python -m exercises.arabic.morphology.second_roots`` where ``arramooz-pysqlite`` (in the test
extras) is installed. Only roots of three or four letters are kept, and only when Arramooz gives
one: its noun table often repeats the word itself (هَواء -> هواء), which is no root. The two
dictionaries vowel some lemmas differently (أَهَمِّيَّة، أهَمِّيَّة), so a lemma is also looked up
without vowels among the nouns, or the verbs, when all of them spelt so share one root.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from exercises.arabic.morphology.adjectives import lemma_key
from exercises.arabic.morphology.arramooz_tables import read_table, rebuild
from exercises.arabic.text.normalize import strip_tashkeel

ROOTS_FILE = "roots_arramooz.tsv.gz"
# Hamza on any seat is one root letter; ى ends a root as ي (شفي).
_SEATS = str.maketrans({"أ": "ء", "إ": "ء", "آ": "ء", "ؤ": "ء", "ئ": "ء", "ى": "ي"})
_NO_ROOT_LETTERS = frozenset("اة")  # بدا، أرضة: a word's spelling, not a root
_TABLE_KIND = {"nouns": "noun", "verbs": "verb"}


@cache
def second_source_roots() -> dict[str, str]:
    """Vowelled lemma (as :func:`lemma_key` writes it) to its root in Arramooz."""
    return read_table(ROOTS_FILE)


def second_source_root(lemma_vocalized: str, upos: str) -> str:
    """Arramooz's root of a vowelled lemma such as تِجارَة, or ``""``."""
    roots = second_source_roots()
    found = roots.get(_key(lemma_vocalized))
    if found is not None:
        return found
    kind = "verb" if upos == "VERB" else "noun"
    bare = strip_tashkeel(lemma_vocalized)
    found = roots.get(f"{kind}:{bare}")
    if found is None and kind == "noun" and bare.endswith("ية"):
        found = roots.get(f"noun:{bare[:-1]}")  # حيوية is حيوي's abstract noun: ح ي ي
    return found or ""


def second_source_roots_for(
    stems: dict[str, list[Any]], rooted_pos: frozenset[str], fits: Callable[[str, str], bool]
) -> dict[str, list[Any]]:
    """The lexicon's stems with roots from Arramooz where it has none (بَلَد، تِجارَة), and a
    heading moved when Arramooz files every word of it that it knows (two at least) under one
    other root (تَقْوَى، تَقِيّ: و ق ي, not ت ق ي).

    Args:
        stems: the lexicon's stems by written form (named tuples with ``root``).
        rooted_pos: the parts of speech that have a root.
        fits: whether a root can be the root of a bare lemma (its strong letters, in order).
    """
    families: dict[str, dict[str, str]] = {}
    for entries in stems.values():
        for stem in entries:
            if stem.root and stem.upos in rooted_pos:
                other = second_source_root(stem.lemma_vocalized, stem.upos)
                if other:
                    families.setdefault(stem.root, {})[stem.lemma_id] = other
    moved = {}
    for root, others in families.items():
        agreed = set(others.values())
        if len(others) >= 2 and len(agreed) == 1 and root not in agreed:
            moved[root] = agreed.pop()
    for entries in stems.values():
        for index, stem in enumerate(entries):
            if stem.upos not in rooted_pos:
                continue
            if stem.root:
                root = moved.get(stem.root, "")
            else:
                root = second_source_root(stem.lemma_vocalized, stem.upos)
            if root and fits(root, stem.lemma):
                entries[index] = stem._replace(root=root)
    return stems


def build_from_arramooz(database: Path) -> dict[str, str]:
    """Read Arramooz's noun and verb tables: each lemma with exactly one root of 3-4 letters.

    Args:
        database: Arramooz's ``arabicdictionary.sqlite``.

    Returns:
        Vowelled lemma, or ``noun:`` / ``verb:`` and the bare lemma, to its root (hamza
        written ء, a final ى as ي); a bare spelling only when
        its entries that give a root all give that one.
    """
    found: dict[str, set[str]] = {}
    with sqlite3.connect(database) as connection:
        for table, kind in _TABLE_KIND.items():
            for vocalized, field in connection.execute(f"select vocalized, root from {table}"):
                roots = {part.strip().translate(_SEATS) for part in (field or "").split(";")}
                roots = {root for root in roots if _looks_like_a_root(root)}
                found.setdefault(_key(vocalized), set()).update(roots)
                bare = f"{kind}:{strip_tashkeel(_key(vocalized))}"
                found.setdefault(bare, set()).update(roots)
    return {key: next(iter(roots)) for key, roots in found.items() if len(roots) == 1}


def _key(vocalized: str) -> str:
    """``lemma_key`` without a verb's final fatha: Arramooz writes أَكَّدَ, Buckwalter أَكَّد."""
    return lemma_key(vocalized).removesuffix("\u064e")


def _looks_like_a_root(root: str) -> bool:
    return 3 <= len(root) <= 4 and not _NO_ROOT_LETTERS & set(root)


def main() -> None:
    rebuild(ROOTS_FILE, build_from_arramooz)


if __name__ == "__main__":
    main()
