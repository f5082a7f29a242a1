"""Meaning keys a teacher checked in news (``data/words/meaning_keys.txt``).

The lexicon's gloss is a dictionary's first sense, and in news it was the wrong one for about a
quarter of the readings a meaning item could ask about (الجماهير "masses" at a match, عملاء
"agents" of a bank). Each reading is listed with the key a reviewer accepted in its news
contexts, a refined one (لجنة: "committee", not "council; committee"), or none where the sense
changes with the context; a reading not listed was never checked and is not asked.
"""

from __future__ import annotations

from functools import cache

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines

_NO_KEY = "-"


@cache
def _keys() -> dict[tuple[str, str, str], str]:
    found = {}
    for line in lines("meaning_keys"):
        lemma, pos, gloss, key = line.split("\t")
        found[(normalize_key(lemma), pos, gloss)] = "" if key == _NO_KEY else key
    return found


def checked_key(lemma: str, pos: str, gloss: str) -> str:
    """The key checked for a reading (its lemma, part of speech and gloss as shown), or ""."""
    return _keys().get((normalize_key(lemma), pos, gloss), "")
