"""Function words: the ones a vocabulary list leaves out and a cloze never blanks."""

from __future__ import annotations

from functools import cache
from importlib import resources

from exercises.arabic.normalize import normalize_key
from exercises.arabic.types import Analysis

FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "AUX", "INTJ", "NUM"})


@cache
def stopword_keys() -> frozenset[str]:
    text = (resources.files("exercises.arabic") / "data" / "stopwords.txt").read_text("utf-8")
    return frozenset(
        normalize_key(line.strip())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def is_stopword(written: str, analysis: Analysis | None) -> bool:
    """True for prepositions, pronouns, particles, auxiliaries and the words in our list."""
    keys = stopword_keys()
    if normalize_key(written) in keys:
        return True
    if analysis is None:
        return False
    if analysis.pos in FUNCTION_POS:
        return True
    return normalize_key(analysis.lemma) in keys and not analysis.suffix_text
