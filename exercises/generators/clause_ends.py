"""Whether a clause cut from a sentence ends where a clause can end, not on a word that needs
the noun after it (a preposition, «بنهاية», «اعتبارا من», «أن»)."""

from __future__ import annotations

import re
from functools import cache

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list

_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u06690-9]+")


@cache
def _governing() -> frozenset[str]:
    return (
        word_list("prepositions")
        | word_list("noun_prepositions")
        | word_list("time_span_parts")
        | word_list("approximators")
        | word_list("governing_words")
    )


def governs_next(word: str) -> bool:
    """The word (with its proclitics: بنهاية، وخلال) takes a noun after it."""
    key = normalize_key(word)
    if key in _governing():
        return True
    return any(
        key.startswith(clitic)
        and len(key) - len(clitic) >= 3
        and key[len(clitic) :] in _governing()
        for clitic in _PROCLITICS
    )


def ends_open(text: str) -> bool:
    """The text's last word needs a complement that is not there."""
    words = _WORD.findall(text)
    return bool(words) and governs_next(words[-1])
