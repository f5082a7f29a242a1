"""Universal Dependencies parts of speech for the lexicon's stems.

The Buckwalter 1.0 lexicon tags function words finely and most content words as plain nouns.
Its tags are mapped to UPOS following the conventions of the Arabic UD treebanks (PADT, PUD):
demonstratives and relatives are PRON, كان is AUX, quantifiers such as كل and بعض are DET,
subordinating words such as حيث and إذا are ADP, أَنَّ is SCONJ, cardinal numbers are NUM.
Adjectives are recognised by their stem pattern: nisba (ـِيّ) and elatives (أَفْعَل).
"""

from __future__ import annotations

import unicodedata

from exercises.arabic.wordlists import lines, sections

_TAG_TO_UPOS = {
    "ADJ": "ADJ",
    "NOUN": "NOUN",
    "NOUN_PROP": "PROPN",
    "ADV": "ADV",
    "PREP": "ADP",
    "CONJ": "ADP",  # subordinators (حيث، إذا، منذ); true coordinators are listed below
    "SUB_CONJ": "SCONJ",
    "ABBREV": "PROPN",  # spelt-out letters in news are names: سي إن إن
    "INTERJ": "INTJ",
    "FUNC_WORD": "PART",
    "REL_PRON": "PRON",
    "INTERROG_PART": "PART",
    "NEG_PART": "PART",
    "PRON": "PRON",
    "DEM_PRON": "PRON",
    "NUM": "NUM",
    "DET": "DET",
    "FUT_PART": "PART",
    "EMPHATIC_PARTICLE": "PART",
    "PART": "PART",
    "VERB_PERFECT": "VERB",
    "VERB_IMPERFECT": "VERB",
    "VERB_IMPERATIVE": "VERB",
}


def _lemma_key(lemma: str) -> str:
    """NFC (shadda before the vowel on its letter), without the fatha before a long ā."""
    return unicodedata.normalize("NFC", lemma).replace("\u064e\u0627", "\u0627")


# The word lists read here: they shape the lexicon's stems, so its cache is keyed on them.
WORD_LISTS = ("lemma_upos", "gloss_cardinals")
# Closed-class lemmas (vowelled, as the lexicon writes them) whose UPOS is a convention.
_LEMMA_UPOS = {
    _lemma_key(lemma): upos for upos, lemmas in sections("lemma_upos").items() for lemma in lemmas
}
# English number words, for the glosses.
_CARDINALS = frozenset(lines("gloss_cardinals"))


def stem_upos(tag: str, category: str, lemma_vocalized: str, gloss: str) -> str:
    """The UPOS of a stem.

    Args:
        tag: the lexicon's fine tag (``NOUN``, ``VERB_PERFECT``, ``DEM_PRON_MS`` ...).
        category: the stem's morphological category (``N``, ``Nel``, ``PV`` ...).
        lemma_vocalized: the lemma with its vowels, in Arabic letters.
        gloss: the English gloss.

    Returns:
        A Universal Dependencies UPOS tag.
    """
    upos = _TAG_TO_UPOS.get(_tag_family(tag), "X")
    by_lemma = _LEMMA_UPOS.get(_lemma_key(lemma_vocalized))
    # A verb shares its bare lemma with no particle, and the copula is a verb in the lexicon.
    if by_lemma is not None and (upos == "VERB") == (by_lemma == "AUX"):
        return by_lemma
    if upos == "ADV" and gloss.split(";")[0].strip().endswith((" of", " to")):
        return "NOUN"  # accusative nouns with a complement: بَدَلاً (instead of), وِفْقَ
    if upos in ("NOUN", "ADJ"):
        if is_cardinal(gloss):
            return "NUM"
        if category.startswith("Nel"):
            return "ADJ"  # elatives: أَكْبَر، أَقَلّ، أَهَمّ
    return upos


def is_cardinal(gloss: str) -> bool:
    """Whether an English gloss names a cardinal number (``three``, ``million; millions``)."""
    first = gloss.split(";")[0].strip().lower()
    return first in _CARDINALS


def _tag_family(tag: str) -> str:
    if tag.startswith("DEM_PRON"):
        return "DEM_PRON"
    if tag.startswith("PRON"):
        return "PRON"
    return tag
