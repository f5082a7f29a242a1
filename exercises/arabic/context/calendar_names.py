"""Months and weekdays among names: مارس and الأحد are names, أحد "one" and ربيع "spring"
alone are not, and a weekday without its article (جمعة) is a person's name."""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.reading_traits import definite_article
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.arabic.wordlists import variants, word_list

# Month names, and the first word of a name of two (كانون of كانون الثاني), in every spelling.
CALENDAR_NAMES = frozenset(
    normalize_key(spelling.split()[0])
    for calendar in ("gregorian", "levantine")
    for entry in variants("calendar", calendar)
    for spelling in entry
)
WEEKDAYS = word_list("calendar", "weekdays")
# The same, as written (hamzas kept): أب (father) is not آب (August).
CALENDAR_SPELLINGS = frozenset(
    strip_tashkeel(spelling.split()[0])
    for calendar in ("gregorian", "levantine", "maghrebi", "hijri")
    for entry in variants("calendar", calendar)
    for spelling in entry
)
# The second words of a month name of two (كانون الثاني، ذو الحجة, ربيع الأول): alone, its
# first word is a common word (ذو "having", ربيع "spring").
_SECOND_WORDS: dict[str, frozenset[str]] = {}
for _calendar in ("gregorian", "levantine", "maghrebi", "hijri"):
    for _entry in variants("calendar", _calendar):
        for _spelling in _entry:
            _first, *_rest = _spelling.split()
            if _rest:
                _SECOND_WORDS[normalize_key(_first)] = _SECOND_WORDS.get(
                    normalize_key(_first), frozenset()
                ) | {normalize_key(_rest[0])}
_SHORT_MONTH = 3  # letters: a month this short is known only by its exact spelling
_EVERY_DAY = frozenset({"كل", "يوم"})  # كل جمعة: every Friday


def calendar_word(written: str, analysis: Analysis, stem: str, following: str) -> bool:
    """A month (مارس، كانون الثاني) or a weekday with its article (الأحد); not أحد "one",
    أب "father", ذو "having" or ربيع "spring" alone."""
    if "ال" + stem in WEEKDAYS:
        return definite_article(analysis)
    if stem not in CALENDAR_NAMES:
        return False
    if stem in _SECOND_WORDS and following not in _SECOND_WORDS[stem]:
        return False
    exact = strip_tashkeel(written)[len(analysis.prefix_text) :]
    return exact in CALENDAR_SPELLINGS or len(stem) > _SHORT_MONTH


def weekday_as_name(keys: Sequence[str], position: int, analysis: Analysis) -> bool:
    """A weekday written without its article (جمعة، خميس) is a person's name, but after كل."""
    if analysis.pos != "PROPN" or definite_article(analysis) or analysis.prefix_text:
        return False
    if position > 0 and keys[position - 1] in _EVERY_DAY:
        return False
    return "ال" + keys[position] in WEEKDAYS
