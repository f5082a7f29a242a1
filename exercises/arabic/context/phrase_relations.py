"""How a word stands to its neighbours: constructs (إضافة), appositions, quantifiers, specifications.

Tests on one word and the readings around it, which :mod:`.sentence_roles` combines into the
part of speech a word's role gives it.
"""

from __future__ import annotations

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
    is_elative,
    is_plural_stem,
    is_strong_adjective,
    key_of,
)
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list

PREPOSITIONS = word_list("prepositions")
THIS_THESE = word_list("this_these")
TIME_SPAN_PARTS = word_list("time_span_parts")

_MIN = normalize_key("من")
_ONE = normalize_key("واحد")


def stands_alone(analysis: Analysis, written: str, following: Analysis | None) -> bool:
    """A quantifier (كل، بعض، جميع) that governs no noun is a pronoun-like noun.

    With the article or tanween it cannot be the head of a construct (البعض، كلٌّ), and before
    من its complement is a prepositional phrase (كلٌّ من الوزيرين).
    """
    if possessed(analysis):
        return False  # بعضها من، معظمهم: the pronoun is its complement
    return definite_article(analysis) or has_tanween(written) or is_min(following)


def is_min(analysis: Analysis | None) -> bool:
    """The preposition من, alone or with a pronoun: من، منهم، منهما."""
    return analysis is not None and analysis.pos == "ADP" and key_of(analysis.lemma) == _MIN


def number_as_adjective(
    analysis: Analysis, previous: Analysis | None, following: Analysis | None
) -> bool:
    """واحد after the noun it counts describes it, agreeing like an adjective (خطوة واحدة،
    الشخص الواحد). Before من it is a number (واحد من الطلاب)."""
    return (
        key_of(analysis.lemma) == _ONE
        and previous is not None
        and previous.pos == "NOUN"
        and not is_min(following)
        and definite(previous) == definite(analysis)
    )


def construct_complement(previous: Analysis | None, earlier_word: str, previous_word: str) -> bool:
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


def specifies_elative(analysis: Analysis, previous: Analysis | None) -> bool:
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


def opens_apposition(
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


def unagreeing_feminine_plural(analysis: Analysis, previous: Analysis) -> bool:
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


def possessed(analysis: Analysis) -> bool:
    return any("POSS_PRON" in tag for tag in analysis.suffixes)


def construct_head(
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
