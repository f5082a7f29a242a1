"""How plausible each reading of a word is, alone and in its context.

Each reading is scored on how likely it is out of context (lemma, inflection and clitics,
learnt from wordfreq: see :mod:`exercises.arabic.morphology.priors`) and on cues a reader uses:
the word before (a preposition rules out a verb; قد، لن، لم، سوف and سـ call for one; a title
such as الرئيس announces a name), the word after (قد before a verb), written tanween (never on
a verb) and agreement with the noun before. Scores are log10 units; only differences between
readings of one word matter.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.priors import reading_prior
from exercises.arabic.morphology.reading_traits import (
    NOMINAL,
    TANWEEN,
    definite,
    definite_article,
    governs_genitive,
    has_preposition,
    is_plural_stem,
    is_strong_adjective,
)
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list

PREPOSITIONS = word_list("prepositions")
STRONG_VERB_TRIGGERS = word_list("strong_verb_triggers")
WEAK_VERB_TRIGGERS = word_list("weak_verb_triggers")
VERB_PARTICLES = word_list("verb_particles")
CLAUSE_OPENERS = word_list("clause_openers")

# Singulars outnumber plurals in running text; a broken plural reading pays for it.
_PLURAL_STEM_COST = 0.3

_CLAUSE_OPENER_BONUS = 2.0  # الذي وضع، عندما لعب: a relative or subordinator opens a clause

_SENTENCE_START_VERB = 0.5  # a perfect verb opening a sentence (VSO order)

_ELATIVE_BEFORE_MIN = 2.0

_OBJECT_SUFFIX_COST = -1.0  # see _object_after_noun_or_verb

_DOTTED_ALEF_MAKSURA_COST = 1.0  # a reading ending in ى for a word written with ي

_LA_PARTICLES = ("EMPHATIC_PARTICLE", "RESULT_CLAUSE_PARTICLE")


@dataclass(frozen=True, slots=True)
class Context:
    previous_word: str = ""  # normalized key of the previous word token, "" at sentence start
    previous: Analysis | None = None  # the reading chosen for the previous word
    after_title: bool = False  # right after a definite title (الرئيس، الرئيس الصيني)
    after_name: bool = False  # right after a proper name without clitics
    before_number: bool = False  # the next token is written in digits
    before_verb: bool = False  # the next word can be read as a verb
    nominal_marks: bool = False  # written with tanween (ـًا ـٌ ـٍ): a noun or adjective
    common_homograph: bool = False  # the word also reads as something else than a name
    after_number: bool = False  # a number in digits stands between this word and the last
    before_min: bool = False  # the next word is من: an elative's comparison (أكثر من)
    final_dotted_ya: bool = False  # written with a final ي, not ى


def choose(analyses: Sequence[Analysis], context: Context) -> Analysis | None:
    """The best reading of one word given what came before it."""
    if not analyses:
        return None
    features = _features(tuple(analyses))
    best, best_value = analyses[0], -math.inf
    for analysis, (base, particle) in zip(analyses, features, strict=True):
        value = base + _context_score(analysis, particle, context)
        if value > best_value:
            best, best_value = analysis, value
    return best


def scores(analyses: Sequence[Analysis], context: Context) -> list[float]:
    """The score of every reading of one word in its context, as :func:`score` gives it.

    Args:
        analyses: the word's readings, in the lexicon's order.
        context: what surrounds the word.

    Returns:
        One score per reading, in the same order.
    """
    return [
        base + _context_score(analysis, particle, context)
        for analysis, (base, particle) in zip(analyses, _features(tuple(analyses)), strict=True)
    ]


def score(analysis: Analysis, rank: int, context: Context) -> float:
    """How plausible a reading is here, in log10 units (higher is better).

    Args:
        analysis: the reading.
        rank: its place in the lexicon's order, a last tie-breaker.
        context: what surrounds the word.

    Returns:
        The score; only differences between readings of one word matter.
    """
    base, particle = _reading_features(analysis, rank)
    return base + _context_score(analysis, particle, context)


def _reading_features(analysis: Analysis, rank: int) -> tuple[float, bool]:
    """What a reading brings out of context: its prior, and whether it is قد، لن، لم، سوف."""
    value = reading_prior(analysis) - 0.01 * rank
    if analysis.pos in ("NOUN", "ADJ") and is_plural_stem(analysis):
        value -= _PLURAL_STEM_COST
    return value, analysis.pos == "PART" and normalize_key(analysis.lemma) in VERB_PARTICLES


@lru_cache(maxsize=65_536)
def _features(analyses: tuple[Analysis, ...]) -> tuple[tuple[float, bool], ...]:
    """Out-of-context features of each reading of a word, by value of its readings.

    The analyser returns equal readings for every occurrence of a written form, so a text
    pays for them once per form.
    """
    return tuple(_reading_features(a, rank) for rank, a in enumerate(analyses))


def _context_score(analysis: Analysis, particle: bool, context: Context) -> float:
    value = 0.0
    pos = analysis.pos
    previous_word = context.previous_word
    if particle and context.before_verb:
        value += 2.0  # وقد تعهد: wa + qad before a verb, not the noun وَقْد
    if pos in ("VERB", "AUX"):
        if context.nominal_marks:
            value -= 5.0
        value += _verb_fit(analysis, context)
        if not previous_word and analysis.tag.startswith("PV"):
            value += _SENTENCE_START_VERB  # news sentences open with a verb: كتب، صرح، ولد
        if previous_word in PREPOSITIONS:
            value -= 3.0
        if previous_word in STRONG_VERB_TRIGGERS:
            value += 3.0
        elif previous_word in WEAK_VERB_TRIGGERS:
            value += 0.5
        elif previous_word in CLAUSE_OPENERS:
            value += _CLAUSE_OPENER_BONUS
    elif previous_word in STRONG_VERB_TRIGGERS and not analysis.prefixes:
        value -= 2.0
    if context.final_dotted_ya and analysis.vocalized.endswith("ى"):
        # Writers often drop the dots of a final ي (فى for في), but seldom dot a final ى:
        # قوي is قَوِيّ (strong), not قُوَى (forces).
        value -= _DOTTED_ALEF_MAKSURA_COST
    if context.nominal_marks and pos not in ("VERB", "AUX") and _determined(analysis):
        value -= 3.0  # tanween never sits on ال or a possessive: قويٌ is قَوِيّ, not قُوَّتِي

    if pos == "PROPN":
        if context.after_title and not analysis.tag.endswith("ABBREV"):
            value += 2.5  # not a spelt-out letter: قال الرئيس إن is إِنَّ, not N.
        elif context.after_name and not analysis.prefixes and not context.common_homograph:
            value += 1.0
        elif context.common_homograph:
            # Many names are common words (باسم، جزيرة، حياة): the word is the default.
            value -= 1.0 + (1.0 if definite_article(analysis) else 0.0)
    elif context.after_title and not analysis.prefixes and pos != "ADJ":
        value -= 1.0

    if pos == "ADJ":
        value += _adjective_fit(analysis, context)
        if context.before_min and is_strong_adjective(analysis) and not _after_number(context):
            # أكثر من، أفضل من: not the verbs أَكْثَرَ، أَفْضَلَ (ستة أشهر من is "months")
            value += _ELATIVE_BEFORE_MIN
    elif pos == "ADV":
        if analysis.vocalized.endswith(TANWEEN) and not context.nominal_marks:
            value -= 1.0  # نِهايَةً (finally) is usually written with its tanween; نهاية is "end"
        if previous_word in PREPOSITIONS:
            value -= 1.5  # a preposition governs a noun: في نهاية المطاف
    return value


def _determined(analysis: Analysis) -> bool:
    """Made definite by the article or a possessive pronoun, which both exclude tanween."""
    return definite_article(analysis) or any("POSS_PRON" in tag for tag in analysis.suffixes)


def _after_number(context: Context) -> bool:
    return context.previous is not None and context.previous.pos == "NUM"


def _verb_fit(analysis: Analysis, context: Context) -> float:
    """A perfect verb rarely follows a noun in construct, another verb, a quantifier or a
    demonstrative.

    بتهمة قتل، يمكن نقل، هذا وضع: in these places the word is a verbal noun (masdar).
    """
    if not analysis.tag.startswith("PV"):
        return 0.0
    previous = context.previous
    if _object_after_noun_or_verb(analysis, previous):
        return _OBJECT_SUFFIX_COST
    if any(tag.endswith(_LA_PARTICLES) for tag in analysis.prefixes):
        return -1.5  # لَـ + perfect is rare; لمنع is li + the noun مَنْع
    if previous is None or analysis.prefixes:
        return 0.0
    if previous.pos in ("VERB", "DET") or "DEM_PRON" in previous.tag:
        return -1.5  # a quantifier governs a noun: عدة كتب (books), not the verb كَتَب
    if (
        previous.pos == "NOUN"
        and not context.after_number
        and not definite(previous)
        and not any("INDEF" in tag for tag in previous.suffixes)
    ):
        # (not in عام 1990 كتب, where the year closes the noun's phrase)
        return -1.5  # a noun without ال or ending, in construct with what follows
    return 0.0


def _object_after_noun_or_verb(analysis: Analysis, previous: Analysis | None) -> bool:
    """A perfect with an object pronoun right after a bare definite noun or a verb.

    There the pronoun is more often a possessive on a noun: العرض وحده (the offer alone),
    تترك وحدها (left alone), not وَحَّدَهُ (he unified it).
    """
    return (
        previous is not None
        and (previous.pos == "VERB" or (previous.pos == "NOUN" and definite(previous)))
        and not previous.suffixes
        and bool(analysis.suffixes)
        and "DO" in analysis.suffixes[-1]
    )


def _adjective_fit(analysis: Analysis, context: Context) -> float:
    """An adjective wants a noun before it that agrees in definiteness, and no preposition.

    Elatives and ordinals (أكثر، أول) need no noun before them: they head their own phrase.
    """
    if is_strong_adjective(analysis):
        return 0.0
    if context.before_number:
        return -1.5  # عام 2013 is a year, not "general"
    if has_preposition(analysis) or context.previous_word in PREPOSITIONS:
        return -1.0
    previous = context.previous
    if previous is None or previous.pos not in NOMINAL:
        return -0.7
    if governs_genitive(previous):
        return -1.0
    return 0.5 if definite(previous) == definite(analysis) else -0.5
