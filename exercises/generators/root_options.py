"""What root items may ask about and offer: real roots, derived words, look-alike options.

A root a learner is asked about or offered must be one a dictionary lists: the lexicon files
borrowings under headings made of their first letters (درامي under «د ر ء م», سيناريو under
«س ي ن ء»), which are not roots. We take as real the roots under which the lexicon has a verb.
A word belongs to its root only if it is built from it: besides the root's letters, an Arabic
derived word uses only the ten letters of «سألتمونيها» (plus ة and ى, and ط / د for the ت of
افتعل after ص ض ط ظ / د ذ ز: اصطدام، ازدهار). إنفلونزا (ف، ز) or أولمبي (ب) are not.
"""

from __future__ import annotations

from functools import cache
from itertools import combinations

from exercises.arabic.morphology.lexicon import Lexicon
from exercises.arabic.text.normalize import lookup_form

_SEATS = str.maketrans({"أ": "ء", "إ": "ء", "آ": "ء", "ؤ": "ء", "ئ": "ء", "ى": "ي", "ة": "ت"})
_AUGMENTS = frozenset("سءلتمونيها")
_WEAK = frozenset("اويء")
_ASSIMILATED = {"ط": frozenset("صضطظ"), "د": frozenset("دذز")}


def letters(text: str) -> str:
    """Written letters with every hamza seat as ء, ى as ي and ة as ت."""
    return lookup_form(text).replace(" ", "").translate(_SEATS)


def body(form: str) -> str:
    """``letters`` without the article ال: a learner knows it is not part of any root."""
    text = letters(form)
    return text[2:] if text.startswith("ال") and len(text) > 4 else text


@cache
def real_roots(lexicon: Lexicon) -> frozenset[str]:
    """Roots of 3 or 4 letters under which the lexicon files at least one verb."""
    return frozenset(
        stem.root
        for entries in lexicon.stems.values()
        for stem in entries
        if stem.upos == "VERB" and 3 <= len(stem.root) <= 4
    )


def is_derived(lemma: str, root: str) -> bool:
    """The lemma's letters are its root's and augment letters only (not a borrowing)."""
    radicals = set(root)
    if radicals & {"و", "ي"}:
        radicals |= {"ا", "و", "ي"}  # قال from قول، مبنى from بني
    for letter in letters(lemma):
        if letter in radicals or letter in _AUGMENTS:
            continue
        if root and root[0] in _ASSIMILATED.get(letter, ()):
            continue
        return False
    return True


def consonants(form: str) -> frozenset[str]:
    """The word's distinct letters that are not long vowels, seats or ال."""
    return frozenset(body(form)) - _WEAK


def in_order(root: str, form: str) -> bool:
    """Every letter of the root can be found in the word, left to right."""
    text = letters(form)
    position = 0
    for letter in root:
        position = text.find(letter, position) + 1
        if position == 0:
            return False
    return True


def look_alike_roots(form: str, size: int, exclude: frozenset[str], lexicon: Lexicon) -> list[str]:
    """Real roots spelled by letters of the word in order (احتمال: حتم), not in ``exclude``.

    Long ا is left out: it stands for no root letter a learner would pick.
    """
    text = "".join(letter for letter in body(form) if letter != "ا")
    known = real_roots(lexicon)
    found: list[str] = []
    for picked in combinations(text, size):
        root = "".join(picked)
        if root in known and root not in exclude and root not in found:
            found.append(root)
    return found


@cache
def lemmas_by_root(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Common nouns and adjectives of every real root, as written (no marks)."""
    known = real_roots(lexicon)
    found: dict[str, list[str]] = {}
    for entries in lexicon.stems.values():
        for stem in entries:
            if stem.root not in known or stem.upos not in ("NOUN", "ADJ"):
                continue
            if stem.gloss[:1].isupper() or not is_derived(stem.lemma, stem.root):
                continue
            words = found.setdefault(stem.root, [])
            if stem.lemma not in words:
                words.append(stem.lemma)
    return {root: tuple(words) for root, words in found.items()}
