"""Properties of one reading that the choice in context looks at.

Definiteness, clitics, whether a noun can serve as an adjective (participles, nisba, the
adjectives Arramooz lists), elatives and ordinals, broken plurals.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.adjectives import adjective_kind
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines

TANWEEN = ("\u064b", "\u064c", "\u064d")

ACCUSATIVE_TANWEEN = "\u064b"


def has_tanween(written: str) -> bool:
    """Written with tanween: an indefinite Arabic word, never a construct's head, never a
    foreign name."""
    return any(mark in written for mark in TANWEEN)


NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})

# Stem categories of nouns that take the feminine and sound plural endings, like adjectives.
_ADJECTIVAL_CATEGORIES = ("Nall", "N-ap", "N/ap", "NapAt")

# Stem categories of nouns: a dual or a noun's plural, no feminine of their own.
_NOUN_CATEGORIES = frozenset({"N", "Ndu", "Ndip", "Napdu", "NAt", "N/At", "Nap"})


@lru_cache(maxsize=65_536)
def key_of(text: str) -> str:
    return normalize_key(text)


@lru_cache(maxsize=65_536)
def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def definite(analysis: Analysis) -> bool:
    """Definite: with ال, a proper name, or with a possessive pronoun."""
    if analysis.pos == "PROPN":
        return True
    return _has_article(analysis.prefixes) or _has_possessive(analysis.suffixes)


def definite_article(analysis: Analysis) -> bool:
    return _has_article(analysis.prefixes)


def has_preposition(analysis: Analysis) -> bool:
    return _has_preposition(analysis.prefixes)


# The lexicon has few distinct clitic tag tuples: their traits are looked up, not rescanned.
@lru_cache(maxsize=4096)
def _has_article(prefixes: tuple[str, ...]) -> bool:
    return any(tag.endswith("/DET") for tag in prefixes)


@lru_cache(maxsize=4096)
def _has_possessive(suffixes: tuple[str, ...]) -> bool:
    return any("POSS_PRON" in tag for tag in suffixes)


@lru_cache(maxsize=4096)
def _has_preposition(prefixes: tuple[str, ...]) -> bool:
    return any(tag.endswith("/PREP") for tag in prefixes)


@lru_cache(maxsize=4096)
def _has_conjunction(prefixes: tuple[str, ...]) -> bool:
    return any(tag.endswith("/CONJ") for tag in prefixes)


def is_nominal(analysis: Analysis) -> bool:
    """A noun, name, adjective or number, including a time noun used as an adverb."""
    if analysis.pos in NOMINAL:
        return True
    return analysis.pos == "ADV" and analysis.tag.endswith(("/NOUN", "/ADJ"))


def is_coordinated(analysis: Analysis) -> bool:
    return _has_conjunction(analysis.prefixes)


def is_plural_stem(analysis: Analysis) -> bool:
    """A noun read through a stem other than its lemma's: a broken plural (حُفّاظ of حافِظ)."""
    lemma = analysis.lemma
    return analysis.stem != lemma and analysis.stem != lemma.rstrip("ةىاي")


def adjective_capable(analysis: Analysis) -> bool:
    """Whether a nominal reading can serve as an adjective (participles, nisba, elatives)."""
    if analysis.pos == "ADJ":
        return True
    if analysis.pos != "NOUN":
        return False
    return _adjective_capable(analysis.lemma_vocalized, analysis.tag, analysis.gloss)


@lru_cache(maxsize=65_536)
def _adjective_capable(lemma_vocalized: str, tag: str, gloss: str) -> bool:
    category = tag.rsplit("/", 1)[0]
    if adjective_kind(lemma_vocalized):
        # Arramooz lists some nouns as adjectives too (مِضْمار، قَطِيع); a stem category of
        # nouns with a noun's gloss (arena, herd) outweighs it.
        return category not in _NOUN_CATEGORIES or _gloss_is_adjectival(gloss)
    return category.startswith(_ADJECTIVAL_CATEGORIES) and _gloss_is_adjectival(gloss)


def is_strong_adjective(analysis: Analysis) -> bool:
    """Elatives (أَكْبَر، أَوَّل) and ordinals (ثالِث) stay adjectives in any position."""
    if analysis.pos not in ("NOUN", "ADJ"):
        return False
    return _strong_adjective(analysis.tag, analysis.gloss, analysis.lemma_vocalized)


@lru_cache(maxsize=65_536)
def _strong_adjective(tag: str, gloss: str, lemma_vocalized: str) -> bool:
    if tag.startswith("Nel"):
        return True
    first = gloss.split(";")[0].strip().lower()
    if first in _ORDINALS or first.startswith(("more ", "most ")):
        return True
    if "/" in first and first.endswith(("est", "most", "least")):
        return True
    # أَفْعَل with a superlative gloss: أَقْصَى farthest, أَدْنَى lowest.
    return lemma_vocalized.startswith("أَ") and first.endswith("est")


def is_elative(analysis: Analysis) -> bool:
    """A comparative or superlative (أَكْثَر، أَهَمّ), not an ordinal (ثالِث)."""
    return is_strong_adjective(analysis) and (
        analysis.gloss.split(";")[0].strip().lower() not in _ORDINALS
    )


_ORDINALS = frozenset(lines("gloss_ordinals"))


def governs_genitive(previous: Analysis) -> bool:
    """An indefinite elative or ordinal (أكثر، أول) is followed by its noun: أول مرة."""
    return previous.pos == "ADJ" and is_strong_adjective(previous) and not definite(previous)


_ADJECTIVE_ENDINGS = (
    "ous", "ive", "ful", "less", "able", "ible", "ic", "ical", "al", "ant", "ent", "ed", "ing",
    "ary", "ish", "ile",
)  # fmt: skip

_NOUN_ENDINGS = ("ment", "ness", "tion", "sion", "ity", "ship", "ism", "ist")

_COMMON_ADJECTIVES = frozenset(lines("gloss_common_adjectives"))


def _gloss_is_adjectival(gloss: str) -> bool:
    """An English gloss that reads as an adjective: ``small; young``, ``existing; found``."""
    first = gloss.split(";")[0].strip().lower()
    if " " in first or not first:
        return False
    first = first.split("/")[0]
    if first.endswith(_NOUN_ENDINGS):
        return False
    return first in _COMMON_ADJECTIVES or first.endswith(_ADJECTIVE_ENDINGS)
