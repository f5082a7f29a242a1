"""A verb's subject when it is a definite noun phrase (مجلس النواب، الحكومة الأردنية)."""

from __future__ import annotations

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list

_TIME_NOUNS = word_list("time_nouns")


def definite_subject(words: list) -> list:
    """A construct of nouns ending in a definite one (مجلس النواب), then definite adjectives."""
    phrase = []
    for item in words[:4]:
        analysis = item.analysis
        if (
            item.token.kind != "word"
            or analysis is None
            or analysis.prefixes[:1]
            not in (
                (),
                ("Al/DET",),
            )
        ):
            return []
        if analysis.pos not in ("NOUN", "PROPN") or normalize_key(analysis.lemma) in _TIME_NOUNS:
            return []  # اليوم، العام: an adverb of time, no subject
        phrase.append(item)
        if analysis.prefixes == ("Al/DET",) or (analysis.pos == "PROPN" and len(phrase) > 1):
            break  # a definite noun, or a name after a noun (سوق دبي), ends the construct
    else:
        return []
    if len(phrase) > 1 and len(words) > len(phrase) and _joined_genitive(words[len(phrase)]):
        phrase.append(words[len(phrase)])  # وزارة السياحة والآثار: one name
    for item in words[len(phrase) :]:
        analysis = item.analysis
        if analysis is None or analysis.pos != "ADJ" or analysis.prefixes != ("Al/DET",):
            break
        phrase.append(item)
    return phrase + _place_after_dash(words[len(phrase) : len(phrase) + 2])


def _joined_genitive(item) -> bool:
    """A definite noun joined by «و» to the genitive before it (السياحة والآثار)."""
    analysis = item.analysis
    return (
        item.token.kind == "word"
        and analysis is not None
        and analysis.pos in ("NOUN", "PROPN")
        and analysis.prefixes == ("wa/CONJ", "Al/DET")
    )


def _place_after_dash(words: list) -> list:
    """«هيئة البيئة - أبوظبي»: an institution named with its city after a dash, one name."""
    if len(words) < 2 or words[0].token.text not in ("-", "–"):
        return []
    place = words[1].analysis
    if place is None or place.pos != "PROPN" or place.prefixes or place.suffixes:
        return []
    return list(words)
