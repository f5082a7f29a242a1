"""The part of speech that depends on a word's role in its phrase, its lemma kept."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.adjectives import adjective_kind
from exercises.arabic.morphology.reading_traits import (
    ACCUSATIVE_TANWEEN,
    adjective_capable,
    definite,
    definite_article,
    governs_genitive,
    has_preposition,
    has_tanween,
    is_coordinated,
    is_elative,
    is_nominal,
    is_plural_stem,
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
TIME_SPAN_PARTS = word_list("time_span_parts")
WEEKDAYS_AND_DEMONSTRATIVES = word_list("weekdays") | word_list("time_noun_followers")

_AN, _ANNA, _INNA = (unicodedata.normalize("NFC", w) for w in ("أَن", "أَنَّ", "إِنَّ"))
_THAT = frozenset({_AN, _ANNA, _INNA})


_MIN = normalize_key("من")
_GHAYR = normalize_key("غير")
_ONE = normalize_key("واحد")

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
    for position, analysis in enumerate(chosen):
        if analysis is None or analysis.pos not in _ROLE_POS:
            continue
        start = position == 0 or position in sentence_starts
        # A comma ends the phrase: what follows it is no construct complement (إضافة).
        following = (
            chosen[position + 1]
            if position + 1 < len(chosen)
            and position + 1 not in sentence_starts
            and position + 1 not in after_comma
            else None
        )
        following_word = keys[position + 1] if following is not None else ""
        if position in after_comma and _opens_apposition(
            result[position - 1], following, following_word
        ):
            start = True
        previous = None if start else result[position - 1]
        previous_word = "" if start else keys[position - 1]
        earlier_word = (
            keys[position - 2]
            if not start and position >= 2 and position - 1 not in sentence_starts
            else ""
        )
        new_pos = _role_pos(
            analysis,
            previous,
            previous_word,
            following,
            following_word,
            written=words[position][0],
            before_number=position in before_number,
            earlier_word=earlier_word,
            following_written=words[position + 1][0] if following is not None else "",
        )
        if new_pos == "THAT":
            written, readings = words[position]
            result[position] = _that_reading(written, readings, analysis, following)
        elif new_pos != analysis.pos:
            result[position] = dataclasses.replace(analysis, pos=new_pos)
    return result


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
    if pos == "DET" and _stands_alone(analysis, written, following):
        return "NOUN"  # كلٌّ من، البعض، للجميع: a quantifier with no noun after it
    if pos == "NUM" and _number_as_adjective(analysis, previous, following):
        return "ADJ"
    if pos not in ("NOUN", "ADJ"):
        return pos
    bare_clitics = not has_preposition(analysis) and previous_word not in PREPOSITIONS
    if (
        key_of(analysis.lemma) in TIME_NOUNS
        and bare_clitics
        and not analysis.suffixes
        and not _construct_complement(previous, earlier_word, previous_word)
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
    if _possessed(analysis):
        return "NOUN"  # منشوراتهم: an adjective takes no possessive pronoun
    if _construct_head(analysis, previous, following) and not has_tanween(written):
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
    if _specifies_elative(analysis, previous):
        return "NOUN"  # الأكثر ثراءً: the noun that says in what the elative holds (تمييز)
    if previous is not None and is_nominal(previous):
        if governs_genitive(previous):
            return "NOUN"
        if definite(previous) == definite(analysis):
            return "NOUN" if _unagreeing_feminine_plural(analysis, previous) else "ADJ"
        if definite(analysis):
            return "NOUN"  # construct: رئيس الوزراء
        if ACCUSATIVE_TANWEEN in written:
            return "ADJ"  # a state after a definite noun: فمازحت الرجل قائلاً
        if previous.pos in ("NOUN", "PROPN") and not _construct_head(analysis, None, following):
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


def _stands_alone(analysis: Analysis, written: str, following: Analysis | None) -> bool:
    """A quantifier (كل، بعض، جميع) that governs no noun is a pronoun-like noun.

    With the article or tanween it cannot be the head of a construct (البعض، كلٌّ), and before
    من its complement is a prepositional phrase (كلٌّ من الوزيرين).
    """
    if _possessed(analysis):
        return False  # بعضها من، معظمهم: the pronoun is its complement
    return definite_article(analysis) or has_tanween(written) or _is_min(following)


def _is_min(analysis: Analysis | None) -> bool:
    """The preposition من, alone or with a pronoun: من، منهم، منهما."""
    return analysis is not None and analysis.pos == "ADP" and key_of(analysis.lemma) == _MIN


def _number_as_adjective(
    analysis: Analysis, previous: Analysis | None, following: Analysis | None
) -> bool:
    """واحد after the noun it counts describes it, agreeing like an adjective (خطوة واحدة،
    الشخص الواحد). Before من it is a number (واحد من الطلاب)."""
    return (
        key_of(analysis.lemma) == _ONE
        and previous is not None
        and previous.pos == "NOUN"
        and not _is_min(following)
        and definite(previous) == definite(analysis)
    )


def _construct_complement(previous: Analysis | None, earlier_word: str, previous_word: str) -> bool:
    """A time noun governed by what comes before it is a noun, not an adverb of time.

    After a noun for part of a time span (في منتصف عام 2030، بعد صيف عام 1990، بحلول يوم
    الأحد) it completes a construct; من هذا العام: a preposition governs the demonstrative
    and its noun. After other nouns it stays an adverb: وصل وفد يوم الأحد.
    """
    if previous_word in THIS_THESE:
        return earlier_word in PREPOSITIONS
    return (
        previous is not None
        and previous.pos == "NOUN"
        and not definite(previous)
        and (
            key_of(previous.lemma) in TIME_SPAN_PARTS
            # the written word where the lexicon's lemma differs: بحلول is filed under حَلّ
            or previous_word[len(previous.prefix_text) :] in TIME_SPAN_PARTS
        )
    )


def _specifies_elative(analysis: Analysis, previous: Analysis | None) -> bool:
    """An indefinite word right after a definite elative is its specification (تمييز).

    الطريق الأقصر مسافةً، الرجل الأكثر ثراءً: the elative is complete with its article, so
    what follows names the respect in which it holds; it is a noun, not an adjective.
    """
    return (
        previous is not None
        and definite(previous)
        and is_elative(previous)
        and not definite(analysis)
    )


def _opens_apposition(
    before_comma: Analysis | None, following: Analysis | None, following_word: str
) -> bool:
    """After a noun or a name and a comma, a nominal word opens an apposition (بدل).

    An adjective is not set off from its noun by a comma: كريم، المنتج، ... is "Karim, the
    producer". Unless the word has its own complement with a preposition, a descriptive phrase
    set off like a relative clause (البلدة، الواقعة على النهر، ...).
    """
    if before_comma is None or before_comma.pos not in ("NOUN", "PROPN"):
        return False  # after an adjective: a list of adjectives (جميلة، هادئة)
    return not (
        following is not None
        and (following.pos == "ADP" or has_preposition(following) or following_word in PREPOSITIONS)
    )


def _unagreeing_feminine_plural(analysis: Analysis, previous: Analysis) -> bool:
    """A sound feminine plural (ـات) after a noun that is not a plural: not its adjective.

    An adjective in ـات describes only a plural of women (الطالبات المجتهدات، ممرضات ماهرات);
    the plural of things takes the feminine singular (سيارات جديدة). After a singular the
    word is a noun in construct or a new phrase: رسم مخططات.
    """
    return (
        _feminine_plural(analysis)
        and not _feminine_plural(previous)
        and not is_plural_stem(previous)
    )


def _feminine_plural(analysis: Analysis) -> bool:
    return any(tag.endswith("NSUFF_FEM_PL") for tag in analysis.suffixes)


def _possessed(analysis: Analysis) -> bool:
    return any("POSS_PRON" in tag for tag in analysis.suffixes)


def _construct_head(
    analysis: Analysis, previous: Analysis | None, following: Analysis | None
) -> bool:
    """An indefinite word right before a definite noun or a name heads a construct (إضافة).

    Not after an indefinite noun it can describe: there it is an adjective whose complement
    is the definite noun (طريق طويل الأمد، جيش متعدد الأعراق). Nor after an adjective and
    before a noun with ال: an adjective annexed to what it qualifies (إضافة لفظية).
    """
    if following is None or definite(analysis) or ACCUSATIVE_TANWEEN in analysis.vocalized:
        return False
    if following.prefixes and not (following.pos == "NOUN" and _article_only(following)):
        return False
    if previous is not None and previous.pos in ("PROPN", "AUX") and adjective_capable(analysis):
        return False  # كان شديد الحرارة، جورج عميق التدين: an adjective with its complement
    if (
        previous is not None
        and previous.pos == "ADJ"
        and not is_strong_adjective(previous)
        and definite_article(following)
    ):
        # بيت قديم واسع الحديقة: one more adjective, with its complement. Modern writing
        # leaves it without ال after a definite adjective too (الجيش الكبير متعدد الأعراق).
        return False
    if following.pos != "PROPN" and not (
        following.pos == "NOUN"
        and (definite_article(following) or not adjective_capable(following))
    ):
        return False
    return not (
        previous is not None
        and previous.pos in ("NOUN", "ADJ")
        and not definite(previous)
        and not governs_genitive(previous)
        and adjective_kind(analysis.lemma_vocalized) != "participle"
    )


def _article_only(analysis: Analysis) -> bool:
    return all(tag.endswith("/DET") for tag in analysis.prefixes)


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
