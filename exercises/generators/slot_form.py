"""The grammatical form a cloze slot needs, and whether a written option is read in that form.

Exact clitic tags are not enough: a perfect verb with no ending (جاء) and a two-letter form read
as a perfect by the lexicon (قم) share them, yet a reader sees "stand up!"; قيلت has the
endings of تراجعت and is passive; تدم has the prefix of تتراوح and the short (jussive) stem.
An option agrees with the slot when the reading a reader takes (the likeliest one, and any
other reading nearly as likely) has the answer's aspect, voice, stem length and person,
gender and number, definiteness and case endings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.morphology.priors import reading_prior, stem_class
from exercises.arabic.text.normalize import strip_tashkeel

# log10 prior: a reading this close to the likeliest is one a reader may take (وأشعر: "and I
# feel" at -5.81 beside "and he notified" at -5.76)
RIVAL_MARGIN = 0.3
_CONJUNCTIONS = ("wa/CONJ", "fa/CONJ")
_VERBS = frozenset({"PV", "IV", "CV"})


class SlotForm(NamedTuple):
    """What a reading says about a word's form, clitics and stem apart."""

    aspect: str  # PV, IV, CV (verbs), N (nouns, adjectives), PROPN, FUNCTION
    passive: bool
    short_stem: bool  # a verb's apocopated stem: تدم (لم تدم), قل
    prefixes: tuple[str, ...]  # person, gender and number of an imperfect; ال
    suffixes: tuple[str, ...]  # subject endings, gender and number endings, case, pronouns


def slot_form(reading: Analysis) -> SlotForm:
    """The form features of ``reading`` (a conjunction in front changes nothing)."""
    category = reading.tag.split("/", 1)[0]
    parts = category.split("_")
    klass = stem_class(reading)
    verb = klass in _VERBS
    prefixes = tuple(tag for tag in reading.prefixes if tag not in _CONJUNCTIONS)
    return SlotForm(
        aspect=klass,
        passive=verb and any(part.startswith("Pass") for part in parts),
        short_stem=klass == "IV" and "C" in parts,
        prefixes=prefixes,
        suffixes=reading.suffixes,
    )


def reads_in_form(
    analyzer: Analyzer,
    form: str,
    answer: Analysis,
    readings: Sequence[Analysis] | None = None,
) -> bool:
    """Whether a reader takes the written ``form`` in the answer's form.

    ``readings``: the analyzer's readings of ``form``, when the caller has them.
    The likeliest reading must have the answer's features. For a verb, active and passive are
    written alike: the answer's voice must be among the likely readings (those within
    ``RIVAL_MARGIN`` of the likeliest), and no likely reading may be another aspect, person or
    stem (أنام: "he put to sleep" or "I sleep"). A verb of two letters reads as an order (قم، قف)
    or as a doubled verb without its shadda (تك): never offered for a longer one.
    """
    if readings is None:
        readings = analyzer.analyze(form)
    if not readings:
        return False
    wanted = slot_form(answer)
    priors = [reading_prior(reading) for reading in readings]
    top = max(priors)
    best = readings[priors.index(top)]
    if wanted.aspect not in _VERBS:
        return slot_form(best) == wanted
    if _letters(form) - _letters(answer.prefix_text) < 3 <= _letters(answer.stem):
        return False
    # active and passive are written alike: the answer's voice must be a likely reading
    likely = [
        slot_form(r) for r, p in zip(readings, priors, strict=True) if p >= top - RIVAL_MARGIN
    ]
    if wanted not in likely:
        return False
    active = wanted._replace(passive=False)
    return all(
        form_of._replace(passive=False) == active for form_of in likely if form_of.aspect in _VERBS
    )


def _letters(text: str) -> int:
    return len(strip_tashkeel(text))
