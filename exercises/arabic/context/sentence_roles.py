"""The part of speech that depends on a word's role in its phrase, its lemma kept."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.phrase_relations import (
    construct_complement,
    construct_head,
    number_as_adjective,
    opens_apposition,
    possessed,
    specifies_elative,
    stands_alone,
    unagreeing_feminine_plural,
)
from exercises.arabic.morphology.reading_traits import (
    ACCUSATIVE_TANWEEN,
    adjective_capable,
    definite,
    governs_genitive,
    has_preposition,
    has_tanween,
    is_coordinated,
    is_nominal,
    is_strong_adjective,
    key_of,
    nfc,
)
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.arabic.wordlists import word_list

PREPOSITIONS = word_list("prepositions")
COPULAS = word_list("copulas")
EXISTENTIAL = word_list("existential")
MANNER_NOUNS = word_list("manner_nouns")
QUANTITY_WORDS = word_list("quantity_words")
THIS_THESE = word_list("this_these")
TIME_NOUNS = word_list("time_nouns")
WEEKDAYS_AND_DEMONSTRATIVES = word_list("calendar", "weekdays") | word_list("time_noun_followers")

_AN, _ANNA, _INNA = (unicodedata.normalize("NFC", w) for w in ("أَن", "أَنَّ", "إِنَّ"))
_THAT = frozenset({_AN, _ANNA, _INNA})


_MIN = normalize_key("من")
_GHAYR = normalize_key("غير")

_ROLE_POS = frozenset({"NOUN", "ADJ", "AUX", "SCONJ", "ADP", "PART", "DET", "NUM"})


def refine_pos(
    words: Sequence[tuple[str, Sequence[Analysis]]],
    chosen: list[Analysis | None],
    *,
    sentence_starts: frozenset[int] = frozenset(),
    after_comma: frozenset[int] = frozenset(),
    before_number: frozenset[int] = frozenset(),
    keys: Sequence[str] | None = None,
) -> list[Analysis | None]:
    """Set the part of speech that depends on a word's role, keeping its lemma.

    * Adjectival words are ADJ after a noun they agree with in definiteness, NOUN after a
      preposition or as the second noun of a construct (رئيس + الوزراء).
    * After a noun or a name and a comma, a word opens an apposition: it does not agree. No
      construct runs across a comma.
    * After بشكل، بصورة an indefinite word is the adjective of manner (بشكل مطرد); after a
      definite elative an indefinite one says in what respect (الأكثر واقعية، a noun).
    * Time nouns before a date, a weekday or after هذا are adverbs (ADV), as in the UD
      treebanks: يوم الجمعة، عام 2013; governed by a part of a time span or a preposition
      they are nouns (في منتصف عام 2030).
    * A quantifier with no noun after it is a noun (كلٌّ من، البعض); واحد after the noun it
      counts is an adjective (سيارة واحدة).
    * كان before a preposition or an adverb is a full verb, not the copula (كان هناك).
    * أن is أَنْ (ADP) before a verb and أَنَّ (SCONJ) before a noun or pronoun.
    """
    if keys is None:
        keys = [normalize_key(written) for written, _ in words]
    result = list(chosen)
    phrase_ends = sentence_starts | after_comma  # once: a union per word was quadratic
    for position, analysis in enumerate(chosen):
        if analysis is None or analysis.pos not in _ROLE_POS:
            continue
        start = position == 0 or position in sentence_starts
        # A comma ends the phrase: what follows it is no construct complement (إضافة).
        following = _following(chosen, position, phrase_ends)
        following_word = keys[position + 1] if following is not None else ""
        if position in after_comma and opens_apposition(
            result[position - 1], following, following_word
        ):
            start = True
        previous = None if start else result[position - 1]
        previous_word = "" if start else keys[position - 1]
        new_pos = _role_pos(
            analysis,
            previous,
            previous_word,
            following,
            following_word,
            written=words[position][0],
            before_number=position in before_number,
            earlier_word="" if start else _earlier_word(keys, position, sentence_starts),
            following_written=words[position + 1][0] if following is not None else "",
        )
        if new_pos == "THAT":
            written, readings = words[position]
            result[position] = _that_reading(written, readings, analysis, following)
        elif new_pos != analysis.pos:
            result[position] = dataclasses.replace(analysis, pos=new_pos)
    return result


def _following(
    chosen: Sequence[Analysis | None], position: int, phrase_ends: frozenset[int]
) -> Analysis | None:
    """The reading of the next word, unless a sentence start or a comma comes between."""
    following = position + 1
    return chosen[following] if following < len(chosen) and following not in phrase_ends else None


def _earlier_word(keys: Sequence[str], position: int, sentence_starts: frozenset[int]) -> str:
    """The key of the word two places back, within the sentence of the word before."""
    return keys[position - 2] if position >= 2 and position - 1 not in sentence_starts else ""


def _role_pos(
    analysis: Analysis,
    previous: Analysis | None,
    previous_word: str,
    following: Analysis | None,
    following_word: str,
    *,
    written: str,
    before_number: bool,
    earlier_word: str = "",
    following_written: str = "",
) -> str:
    pos = analysis.pos
    if nfc(analysis.lemma_vocalized) in _THAT:
        return "THAT"
    if (
        pos == "AUX"
        and following is not None
        and (
            following_word in EXISTENTIAL
            or has_preposition(following)
            or following.pos in ("ADP", "ADV")
        )
    ):
        return "VERB"  # كان هناك، كان له، يكون كذلك: كان as a full verb, not the copula
    if pos == "DET" and stands_alone(analysis, written, following):
        return "NOUN"  # كلٌّ من، البعض، للجميع: a quantifier with no noun after it
    if pos == "NUM" and number_as_adjective(analysis, previous, following):
        return "ADJ"
    if pos not in ("NOUN", "ADJ"):
        return pos
    return _nominal_role_pos(
        analysis,
        previous,
        previous_word,
        following,
        following_word,
        written=written,
        before_number=before_number,
        earlier_word=earlier_word,
        following_written=following_written,
    )


def _nominal_role_pos(
    analysis: Analysis,
    previous: Analysis | None,
    previous_word: str,
    following: Analysis | None,
    following_word: str,
    *,
    written: str,
    before_number: bool,
    earlier_word: str,
    following_written: str,
) -> str:
    """The role of a noun or an adjective: time adverb, noun or adjective."""
    pos = analysis.pos
    bare_clitics = not has_preposition(analysis) and previous_word not in PREPOSITIONS
    if (
        key_of(analysis.lemma) in TIME_NOUNS
        and bare_clitics
        and not analysis.suffixes
        and not construct_complement(previous, earlier_word, previous_word)
        and (
            before_number
            or following_word in WEEKDAYS_AND_DEMONSTRATIVES
            or previous_word in THIS_THESE
        )
    ):
        return "ADV"
    if is_strong_adjective(analysis):
        return "ADJ"
    if not adjective_capable(analysis):
        return pos
    if not bare_clitics:
        return "NOUN"
    if previous_word == _GHAYR and (not definite(analysis) or earlier_word not in PREPOSITIONS):
        return "ADJ"  # غير معتاد، التعاون غير الرسمي (but من غير الواضح: a noun)
    if previous_word in MANNER_NOUNS and not definite(analysis):
        return "ADJ"  # بشكل مطرد، بصورة كبيرة: the adjective is the manner, an adverbial
    if possessed(analysis):
        return "NOUN"  # منشوراتهم: an adjective takes no possessive pronoun
    if construct_head(analysis, previous, following) and not has_tanween(written):
        return "NOUN"  # ضباط الشرطة، مؤسس موقع: an indefinite word heading a construct
    if previous is not None and previous.pos == "NUM" and not definite(analysis):
        return "NOUN"  # a counted noun: ستة صحفيين، ثلاثة مستشارين
    if following_word == _MIN and key_of(analysis.lemma) in QUANTITY_WORDS:
        return "NOUN"  # partitive: العديد من، الكثير من
    if is_coordinated(analysis):
        # العمل والدراسة، الصينية والروسية: a conjunct is what the word before it is.
        if previous is not None and previous.pos in ("NOUN", "ADJ"):
            return previous.pos
        return "NOUN"
    if specifies_elative(analysis, previous):
        return "NOUN"  # الأكثر ثراءً: the noun that says in what the elative holds (تمييز)
    return _described_or_predicate(
        analysis, previous, previous_word, following, written, following_written
    )


def _described_or_predicate(
    analysis: Analysis,
    previous: Analysis | None,
    previous_word: str,
    following: Analysis | None,
    written: str,
    following_written: str,
) -> str:
    """An adjectival word after its noun, as a predicate or a state, or a noun of its own."""
    pos = analysis.pos
    if previous is not None and is_nominal(previous):
        if governs_genitive(previous):
            return "NOUN"
        if definite(previous) == definite(analysis):
            return "NOUN" if unagreeing_feminine_plural(analysis, previous) else "ADJ"
        if definite(analysis):
            return "NOUN"  # construct: رئيس الوزراء
        if ACCUSATIVE_TANWEEN in written:
            return "ADJ"  # a state after a definite noun: فمازحت الرجل قائلاً
        if previous.pos in ("NOUN", "PROPN") and not construct_head(analysis, None, following):
            return "ADJ"  # a predicate after a definite subject: المناخ جافٌ
        return pos
    if (
        ACCUSATIVE_TANWEEN in written
        and following is not None
        and following.pos in ("NOUN", "ADJ")
        and adjective_capable(following)
        and not definite(following)
        and ACCUSATIVE_TANWEEN in following_written
        and previous_word not in COPULAS
        and (previous is None or previous.pos != "AUX")
    ):
        return "NOUN"  # سرقوا قارباً صغيراً: the object, described by the adjective after it
    if not definite(analysis) and (
        previous_word in COPULAS
        or (previous is not None and previous.pos == "AUX")
        or ACCUSATIVE_TANWEEN in written
    ):
        return "ADJ"  # ليست دقيقة، كان صغيراً، وصل حاملاً
    if definite(analysis):
        return "NOUN"  # no noun to describe: هاجم المشتبه به، رصدت القليل
    return pos


def _that_reading(
    written: str, readings: Sequence[Analysis], analysis: Analysis, following: Analysis | None
) -> Analysis:
    """إِنَّ as written with إ; أَنْ before a verb; أَنَّ before a noun or with a pronoun."""
    stem = strip_tashkeel(written)[len(analysis.prefix_text) :]
    if stem.startswith("إ"):
        wanted = _INNA
    elif following is not None and following.pos in ("VERB", "AUX") and not analysis.suffixes:
        wanted = _AN
    else:
        wanted = _ANNA
    for reading in readings:
        if (
            unicodedata.normalize("NFC", reading.lemma_vocalized) == wanted
            and reading.prefixes == analysis.prefixes
            and reading.suffixes == analysis.suffixes
        ):
            return reading
    return analysis
