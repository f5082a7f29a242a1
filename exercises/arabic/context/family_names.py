"""Family names written with the article after a given name: أحمد الصفدي، محمد الكعبي.

The lexicon lacks most family names (the reading is guessed: a common noun or, in ـي, an
adjective), reads some as rare adjectives (الكعبي "cubic") and knows a few as names besides a rare common word (الشاكر).
After a given name such a word is the family name; a common word there (محمد الطلاب) is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.priors import prior
from exercises.arabic.morphology.reading_traits import has_tanween

UNKNOWN_TAG = "UNKNOWN"  # a reading guessed for a word the lexicon lacks
# log10 prior of the common reading: العلوي "upper" -4.6, الكعبي "cubic" -5.4, الشاكر
# "thankful" -4.9; المصري, الطالب and العمل are common words
_RARE = -4.5
_NISBA = ("ي",)


def family_name(written: str, readings: Sequence[Analysis], analysis: Analysis | None) -> bool:
    """Whether the word, read as ``analysis``, may be a family name with its article."""
    if analysis is None or analysis.prefixes != ("Al/DET",) or analysis.suffix_text:
        return False
    if has_tanween(written) or analysis.pos not in ("NOUN", "ADJ", "PROPN"):
        return False
    if analysis.tag == UNKNOWN_TAG:
        return True
    known_name = any(reading.pos == "PROPN" for reading in readings)
    rare = prior(analysis.lemma_id) < _RARE
    return rare and (known_name or analysis.stem.endswith(_NISBA))
