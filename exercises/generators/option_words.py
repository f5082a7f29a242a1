"""Words never offered as a wrong option, whatever their shape and frequency.

A wrong option is weighed by its meaning. A word that grammar teaches as a preposition, an
adverb or a connector (وفق، أمس، لمجرد, the stop words) or that reads as a particle in any of its
readings cannot take a noun's or a verb's place, so a learner strikes it out unread; a dialect
word (باش، كده) is no word to a learner of Modern Standard Arabic, though the web's counts make
it look common. Both lists are data: ``never_offered.txt`` and ``stopwords.txt``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.frequency import zipf
from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.stopwords import FUNCTION_POS, stopword_keys
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import rows, word_list
from exercises.generators.people.cues import SPEECH_LEMMAS

_COMMON_ZIPF = 3.5  # a word seen about three times in a million words


@cache
def _avoided() -> frozenset[str]:
    return word_list("never_offered") | stopword_keys()


def never_offered(analyzer: Analyzer, form: str) -> bool:
    """Whether ``form``, in any of its readings, is a function-like or a dialect word."""
    avoided = _avoided()
    if normalize_key(form) in avoided:
        return True
    return any(
        reading.pos in FUNCTION_POS or normalize_key(reading.lemma) in avoided
        for reading in analyzer.analyze(form)
    )


def another_construction(form: str, readings: Sequence[Analysis], answer: Analysis) -> bool:
    """Whether a reading of a wrong option carries a preposition or an accusative ending the
    answer does not: بشراء read as ب + شراء in a subject's place, للغاية as ل + الغاية, جوا and
    أخا as accusatives where a genitive goes (the seventeenth review). The lexicon lists such
    forms whole too (بشراء "heralds", للغاية "extremely"), so the likeliest reading hides them.
    A preposition counts only before a common word: بداية is not read ب + داية ("midwife")."""
    for reading in readings:
        if (
            any(tag.endswith("/PREP") and tag not in answer.prefixes for tag in reading.prefixes)
            and zipf(form.removeprefix(reading.prefix_text)) >= _COMMON_ZIPF
        ):
            return True
        if any("ACC_INDEF" in tag and tag not in answer.suffixes for tag in reading.suffixes):
            return True
    return False


@cache
def _groups() -> dict[str, int]:
    return {
        normalize_key(lemma): number
        for number, group in enumerate(rows("interchangeable_lemmas"))
        for lemma in group
    }


def fits_the_same_slots(lemma: str, root: str, answer: Analysis) -> bool:
    """Whether a lemma would fit the answer's slot whatever the sentence says: a verb of saying
    before a quotation, one of the answer's group (``interchangeable``), or for a noun an
    elative (الأقوى، الأدنى "stronger, lower": shaped like المستشفى، المبنى, read as
    adjectives, though the lexicon files them as nouns)."""
    if normalize_key(lemma) in SPEECH_LEMMAS or interchangeable(lemma, answer.lemma):
        return True
    return (
        answer.pos == "NOUN" and _elative(lemma, root) and not _elative(answer.lemma, answer.root)
    )


def _elative(lemma: str, root: str) -> bool:
    """أفعل on its root (أقوى on ق و ي, أحسن on ح س ن): a comparative."""
    key, root = normalize_key(lemma), normalize_key(root)
    return len(key) == 4 and key[0] == "ا" and len(root) == 3 and key[1:3] == root[:2]


def interchangeable(lemma: str, other: str) -> bool:
    """Whether two lemmas fit the same slots (بلغ and تجاوز before a figure, مدير and مالك
    before a place): ``interchangeable_lemmas.txt``."""
    groups = _groups()
    group = groups.get(normalize_key(lemma))
    return group is not None and group == groups.get(normalize_key(other))
