"""How common a word is (Zipf scale, from wordfreq's Arabic list) and the learner level it implies.

Zipf is log10 of occurrences per billion words: 7 for في, 5 for a common news word, 3 for a rare
one. Levels follow CEFR names so teachers can read them at a glance; the bands were chosen so the
everyday words of a news article land in A1-B1 and specialised vocabulary in C1-C2.
"""

from __future__ import annotations

import importlib.util
import math
from functools import cache, lru_cache
from pathlib import Path

from exercises.arabic import cache as derived
from exercises.arabic.text.normalize import bare

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
_LEVEL_FLOORS = ((5.5, "A1"), (5.0, "A2"), (4.5, "B1"), (4.0, "B2"), (3.5, "C1"))


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency of a written form (vowel marks and tatweel ignored); 0.0 when unseen
    or rarer than Zipf 2.

    Equal to ``wordfreq.zipf_frequency(word, "ar")`` for a single word, looked up directly in
    the word list: wordfreq's own call tokenizes its input first, which costs more than the
    rest of our analysis of a word.
    """
    return zipf_table().get(bare(word), 0.0)


@cache
def zipf_table() -> dict[str, float]:
    """wordfreq's Arabic list as word -> Zipf, kept in the derived-data cache once built."""
    spec = importlib.util.find_spec("wordfreq")
    package = Path(next(iter(spec.submodule_search_locations))) if spec else Path()
    data = package / "data" / "large_ar.msgpack.gz"
    key = derived.fingerprint([data], [Path(__file__)]) if data.exists() else ""
    table = derived.load(_TABLE_NAME, key) if key else None
    if isinstance(table, dict):
        return table
    import wordfreq  # importing it costs a quarter of a second: only when building

    floor = 10 ** (_MIN_ZIPF - 9)
    table = {
        word: round(math.log10(frequency) + 9, 2)
        for word, frequency in wordfreq.get_frequency_dict("ar").items()
        if frequency >= floor
    }
    # wordfreq keeps its whole list cached for the process (some 70 MB): let it go
    wordfreq.get_frequency_dict.cache_clear()
    wordfreq.get_frequency_list.cache_clear()
    if key:
        derived.store(_TABLE_NAME, key, table)
    return table


_TABLE_NAME = "wordfreq-ar"
# Rarer words (under once per ten million words, 400,000 of wordfreq's 620,000) count as
# unseen: they are all C2 anyway, and leaving them out halves the time to load the table.
_MIN_ZIPF = 2.0


def level_for_zipf(value: float) -> str:
    for floor, level in _LEVEL_FLOORS:
        if value >= floor:
            return level
    return "C2"


def level_rank(level: str) -> int:
    """A1 -> 0 ... C2 -> 5, for sorting and filtering by level."""
    return LEVELS.index(level)
