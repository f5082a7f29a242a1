"""Function words: the ones a vocabulary list leaves out and a cloze never blanks."""

from __future__ import annotations

from functools import lru_cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.dates import ERA_TAG
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list

FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "AUX", "INTJ", "NUM"})


def stopword_keys() -> frozenset[str]:
    """The matching keys of the words in ``data/words/stopwords.txt``."""
    return word_list("stopwords")


def is_stopword(written: str, analysis: Analysis | None) -> bool:
    """True for prepositions, pronouns, particles, auxiliaries, era abbreviations in dates
    and the words in our list."""
    if _listed(written):
        return True
    if analysis is None:
        return False
    if analysis.pos in FUNCTION_POS or analysis.tag == ERA_TAG:
        return True  # م in 833 م is part of the date, not a word to learn
    return _listed(analysis.lemma) and not analysis.suffix_text


@lru_cache(maxsize=100_000)
def _listed(word: str) -> bool:
    return normalize_key(word) in stopword_keys()
