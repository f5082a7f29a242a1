"""Readings for words the lexicon lacks: mostly foreign names in news (ليتشون، شانغهاي).

A word is taken apart only as far as Arabic spelling makes sure: a conjunction و/ف before at
least three letters, a preposition ب/ل/ك when wordfreq knows the rest better than the whole
word (وترامب -> و + ترامب, لأوباما -> ل + أوباما), and the article ال. With ال the word is a
common noun or, ending in ـي/ـية (nisba), an adjective (الأخمينية); a bare word ending in
ـيين/ـيون is an adjective too, and so is one that looks Arabic: written with tanween
(أعزبٌ), ending in the nisba ـية (جينية) or with a participle's مت/مست (متطايرة); one ending
in ـات is a plural noun; anything else is a name.
"""

from __future__ import annotations

from exercises.arabic.analysis_types import Analysis, Token
from exercises.arabic.frequency import zipf
from exercises.arabic.text.normalize import bare

_DEFINITE = "ال"
_CONJUNCTIONS = {"و": "wa/CONJ", "ف": "fa/CONJ"}
_PREPOSITIONS = {"ب": "bi/PREP", "ل": "li/PREP", "ك": "ka/PREP"}
_NISBA_ENDINGS = ("ية", "ي", "يون", "يين", "يات")
_MIN_STEM = 3
_TANWEEN = ("\u064b", "\u064c", "\u064d")
_PARTICIPLE_PREFIXES = ("مت", "مست")
_MIN_ADJECTIVE = 5
# How much more common (in Zipf units, x30) the rest must be than the whole word: بريكس is not
# ب + ريكس, لأوباما is ل + أوباما.
_KNOWN_BETTER = 1.5


def guess_unknown(token: Token) -> Analysis:
    """A reading for a word the lexicon does not know.

    Args:
        token: a word token.

    Returns:
        A reading with tag ``UNKNOWN``: PROPN, or NOUN/ADJ for words with ال and plurals.
    """
    written = bare(token.text)
    rest, prefixes = written, []
    if rest[:1] in _CONJUNCTIONS and len(rest) - 1 >= _MIN_STEM:
        prefixes.append(_CONJUNCTIONS[rest[0]])
        rest = rest[1:]
    if rest.startswith("لل") and len(rest) - 2 >= _MIN_STEM:
        prefixes.append("li/PREP")
        rest = "ا" + rest[1:]  # لل is ل + ال with the alef dropped
    elif rest[:1] in _PREPOSITIONS and len(rest) - 1 >= _MIN_STEM:
        tail = rest[1:]
        if tail.startswith(_DEFINITE) or zipf(tail) > zipf(rest) + _KNOWN_BETTER:
            prefixes.append(_PREPOSITIONS[rest[0]])
            rest = tail
    stem, pos = rest, "PROPN"
    if rest.startswith(_DEFINITE) and len(rest) - 2 >= _MIN_STEM:
        prefixes.append("Al/DET")
        stem = rest[len(_DEFINITE) :]
        pos = "ADJ" if stem.endswith(_NISBA_ENDINGS) else "NOUN"
    elif rest.endswith(("يين", "يون")):
        pos = "ADJ"
    elif any(mark in token.text for mark in _TANWEEN) or (
        len(rest) >= _MIN_ADJECTIVE
        and (rest.endswith("ية") or rest.startswith(_PARTICIPLE_PREFIXES))
    ):
        pos = "ADJ"  # an Arabic word: with tanween (أعزبٌ), nisba (جينية), participle (متسخ)
    elif rest.endswith("ات") and len(rest) > 4:
        pos = "NOUN"
    return Analysis(
        lemma=stem,
        lemma_vocalized=stem,
        vocalized=token.text,
        pos=pos,
        tag="UNKNOWN",
        stem=stem,
        prefixes=tuple(prefixes),
        prefix_text=written[: len(written) - len(stem)],
        lemma_id=f"unknown:{stem}",
    )
