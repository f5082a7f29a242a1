"""Which nominal lemmas can serve as adjectives.

The Buckwalter 1.0 lexicon files most adjectives and participles as plain nouns (صَغِير،
مَوْجُود، مَأْلُوف). The Arramooz dictionary (Taha Zerrouki, GPL) types its nouns: adjectives
proper (صفة، صفة مشبهة، صيغة مبالغة، اسم تفضيل، منسوب) and participles (اسم فاعل، اسم مفعول),
which are adjectives or nouns by their role in the sentence. A list derived from it ships as
``data/adjectives.tsv.gz`` (vowelled lemma, ``adj`` or ``participle``) and is rebuilt with
``python -m exercises.arabic.morphology.adjectives`` where the ``arramooz-pysqlite`` package (a dependency
of qalsadi, in the test extras) is installed.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import cache
from pathlib import Path

from exercises.arabic.morphology.arramooz_tables import read_table, rebuild

ADJECTIVES_FILE = "adjectives.tsv.gz"
_ADJECTIVE_TYPES = frozenset({"صفة", "صفة مشبهة", "صيغة مبالغة", "اسم تفضيل", "منسوب"})
_PARTICIPLE_TYPES = frozenset({"اسم فاعل", "اسم مفعول"})


@cache
def adjective_kinds() -> dict[str, str]:
    """Vowelled lemma (as :func:`lemma_key` writes it) to ``adj`` or ``participle``."""
    return read_table(ADJECTIVES_FILE)


def adjective_kind(lemma_vocalized: str) -> str:
    """``adj``, ``participle`` or ``""`` for a vowelled lemma such as صَغِير.

    Lemmas are matched with their vowels, so that the noun مَرَّة (time) is not taken for an
    adjective spelt the same way without vowels.
    """
    return adjective_kinds().get(lemma_key(lemma_vocalized), "")


def lemma_key(vocalized: str) -> str:
    """A vowelled lemma in the form both dictionaries share: NFC, no case ending.

    Arramooz writes صَغِيرٌ with its nominative ending, Buckwalter صَغِير; Arramooz marks the
    fatha before a long ا, Buckwalter does not.
    """
    key = unicodedata.normalize("NFC", vocalized).replace("\u0671", "\u0627")
    key = _CASE_ENDING.sub("", key)
    return _FATHA_BEFORE_ALEF.sub("", key)


_CASE_ENDING = re.compile("[\u064b\u064c\u064d\u064f]+$")
_FATHA_BEFORE_ALEF = re.compile("\u064e(?=\u0627)")


def build_from_arramooz(database: Path) -> dict[str, str]:
    """Read Arramooz's noun table and classify each unvocalized lemma.

    Args:
        database: Arramooz's ``arabicdictionary.sqlite``.

    Returns:
        Vowelled lemma to ``adj`` (an adjective in every reading Arramooz lists) or
        ``participle`` (a participle, or an adjective that is also listed as a plain noun).
    """
    types: dict[str, set[str]] = {}
    with sqlite3.connect(database) as connection:
        for vocalized, wordtype in connection.execute("select vocalized, wordtype from nouns"):
            kind = (wordtype or "").split(":")[-1].strip()
            types.setdefault(lemma_key(vocalized), set()).add(kind)
    kinds = {}
    for lemma, found in types.items():
        if found & _ADJECTIVE_TYPES and not found - _ADJECTIVE_TYPES:
            kinds[lemma] = "adj"
        elif found & (_ADJECTIVE_TYPES | _PARTICIPLE_TYPES):
            kinds[lemma] = "participle"
    return kinds


def main() -> None:
    rebuild(ADJECTIVES_FILE, build_from_arramooz)


if __name__ == "__main__":
    main()
