"""Months and weekdays in a learner's word list: words to learn with their English, not names.

The analysis reads them as names (PROPN), as the UD treebanks do, and a name made in context
has no gloss (مارس، كانون); the lexicon's name reading of the word gives it, else
``calendar_glosses.txt``. A weekday is an Arabic word with a root (الجمعة: ج م ع, الخميس: خ م س),
which the lexicon does not give its names; the months are borrowed (يناير، شباط) and have none.
"""

from __future__ import annotations

from functools import cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.calendar_names import CALENDAR_NAMES, WEEKDAYS
from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.morphology.buckwalter import root_fits
from exercises.arabic.morphology.reading_traits import definite_article
from exercises.arabic.morphology.second_roots import second_source_root
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines

GLOSSES_FILE = "calendar_glosses"


def is_calendar_word(analysis: Analysis) -> bool:
    """A month (مارس، كانون) or a weekday with its article (الجمعة) read as a name."""
    if analysis.pos != "PROPN":
        return False
    if _is_weekday(analysis):
        return definite_article(analysis)
    return normalize_key(analysis.lemma) in CALENDAR_NAMES


def calendar_gloss(analysis: Analysis) -> str:
    """The English of a month or weekday: its own gloss, the lexicon's, or the list's."""
    if analysis.gloss:
        return analysis.gloss
    key = normalize_key(analysis.lemma)
    listed = _listed_glosses().get(key)
    if listed:
        return listed
    weekday = "ال" + key in WEEKDAYS
    for reading in default_analyzer().analyze(("ال" if weekday else "") + analysis.lemma):
        if reading.gloss[:1].isupper():
            return reading.gloss
    return ""


def calendar_root(analysis: Analysis) -> str:
    """The root of a weekday (Arramooz's, where the lemma can carry it); ``""`` for a month."""
    if analysis.root or not _is_weekday(analysis):
        return analysis.root
    root = second_source_root(analysis.lemma_vocalized or analysis.lemma, "NOUN")
    return root if root and root_fits(root, analysis.lemma) else ""


def _is_weekday(analysis: Analysis) -> bool:
    key = normalize_key(analysis.lemma)
    return "ال" + key in WEEKDAYS or key in WEEKDAYS


@cache
def _listed_glosses() -> dict[str, str]:
    found = {}
    for line in lines(GLOSSES_FILE):
        word, _, gloss = line.partition("\t")
        found[normalize_key(word.strip())] = gloss.strip()
    return found
