"""Normalization of Arabic text: a display form and a matching key.

The display form is what a learner should see: text cleaned of tatweel and presentation forms,
vowel marks kept. The key is what two spellings of one word share: no vowel marks, one alef, one
ya, ta marbuta as ha, hamza on any seat as the bare letter, Western digits.
Built on pyarabic's character tables; str.translate keeps it fast enough for every token.
"""

from __future__ import annotations

import unicodedata

from pyarabic import araby

TASHKEEL = frozenset(araby.TASHKEEL) | {araby.MINI_ALEF, "\u0653", "\u0654", "\u0655"}
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

_DIGITS = {ord(d): str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)} | {
    ord(d): str(i) for i, d in enumerate(PERSIAN_DIGITS)
}
_STRIP_MARKS = {ord(mark): None for mark in TASHKEEL} | {ord(araby.TATWEEL): None}

_ALEF_FORMS = {
    araby.ALEF_MADDA: araby.ALEF,
    araby.ALEF_HAMZA_ABOVE: araby.ALEF,
    araby.ALEF_HAMZA_BELOW: araby.ALEF,
    araby.ALEF_WASLA: araby.ALEF,
}
_KEY_LETTERS = {ord(k): v for k, v in _ALEF_FORMS.items()} | {
    ord(araby.ALEF_MAKSURA): araby.YEH,
    ord(araby.TEH_MARBUTA): araby.HEH,
    ord(araby.WAW_HAMZA): araby.HAMZA,
    ord(araby.YEH_HAMZA): araby.HAMZA,
    ord("\u06cc"): araby.YEH,  # Farsi yeh, common in pasted text
    ord("\u06a9"): araby.KAF,  # keheh
}
_KEY_TABLE = _STRIP_MARKS | _DIGITS | _KEY_LETTERS
_BARE_TABLE = _STRIP_MARKS | _DIGITS
_LOOKUP_TABLE = _STRIP_MARKS | _DIGITS | {ord("\u06cc"): araby.YEH, ord("\u06a9"): araby.KAF}


def strip_tashkeel(text: str) -> str:
    """Remove vowel marks, shadda, sukun, dagger alef and tatweel; keep letters as written."""
    return text.translate(_STRIP_MARKS)


def display_form(text: str) -> str:
    """Clean text for display: NFC, presentation forms unfolded, no tatweel, marks kept."""
    text = unicodedata.normalize("NFKC", text) if _has_presentation_forms(text) else text
    return unicodedata.normalize("NFC", text).replace(araby.TATWEEL, "")


def lookup_form(text: str) -> str:
    """The written letters as the lexicon indexes them: no marks, digits Western, hamzas kept."""
    return text.translate(_LOOKUP_TABLE)


def bare(text: str) -> str:
    """Letters without marks or tatweel, hamza seats kept: how a word is usually printed."""
    return text.translate(_BARE_TABLE)


def normalize_key(text: str) -> str:
    """The matching key: equal for spellings a reader treats as the same word."""
    return text.translate(_KEY_TABLE)


def normalize_digits(text: str) -> str:
    return text.translate(_DIGITS)


def _has_presentation_forms(text: str) -> bool:
    return any("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff" for ch in text)
