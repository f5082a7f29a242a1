"""How common a word is (Zipf scale, from wordfreq's Arabic list) and the learner level it implies.

Zipf is log10 of occurrences per billion words: 7 for في, 5 for a common news word, 3 for a rare
one. Levels follow CEFR names so teachers can read them at a glance; the bands were chosen so the
everyday words of a news article land in A1-B1 and specialised vocabulary in C1-C2.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

from exercises.arabic.normalize import bare

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
_LEVEL_FLOORS = ((5.5, "A1"), (5.0, "A2"), (4.5, "B1"), (4.0, "B2"), (3.5, "C1"))


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a written form (vowel marks ignored); 0.0 when unseen."""
    return zipf_frequency(bare(word), "ar")


def level_for_zipf(value: float) -> str:
    for floor, level in _LEVEL_FLOORS:
        if value >= floor:
            return level
    return "C2"


def level_rank(level: str) -> int:
    """A1 -> 0 ... C2 -> 5, for sorting and filtering by level."""
    return LEVELS.index(level)
