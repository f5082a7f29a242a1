"""The level of a text: the lowest word level (CEFR names, from frequency: ``frequency``) at
which a reader knows enough of its running words to follow it.

A reader who knows every word up to a level knows the text's grammar words, names and the
words to learn of that level or below; the text's level is the first at which these cover
``COVERAGE`` of its running words (95% is the share reading research gives for following a
text with some help; 98% for reading it unaided).
"""

from __future__ import annotations

from collections.abc import Mapping

from exercises.arabic.frequency import LEVELS

COVERAGE = 0.95


def text_level(occurrences_by_level: Mapping[str, int], running_words: int) -> str:
    """The text's level, given how many running words of its words to learn are at each level
    and how many running words it has in all; "" for a text without words."""
    if running_words <= 0:
        return ""
    uncovered = sum(occurrences_by_level.values())
    for level in LEVELS:
        uncovered -= occurrences_by_level.get(level, 0)
        if uncovered <= (1 - COVERAGE) * running_words:
            return level
    return LEVELS[-1]
