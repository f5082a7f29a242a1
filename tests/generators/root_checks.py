"""What makes a root item trivially solvable, defined once for the corpus tests and the report.

These definitions are the test's own, written from what a learner can do without knowing any
morphology: look for the option whose letters can all be found in the word, or for the option
that looks like the word.
"""

from __future__ import annotations

from functools import cache

from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.morphology.lexicon import default_lexicon
from exercises.arabic.text.normalize import lookup_form
from exercises.generators.items import Item

_LETTERS = str.maketrans({"أ": "ء", "إ": "ء", "آ": "ء", "ؤ": "ء", "ئ": "ء", "ى": "ي", "ة": "ت"})
# Letters that tell nothing: long vowels and the seats they share with و and ي.
_WEAK = frozenset("اويء")


def letters(text: str) -> str:
    """The written letters with every hamza as ء, ى as ي and ة as ت; no marks, no spaces."""
    return lookup_form(text).replace(" ", "").translate(_LETTERS)


def in_order(root: str, word: str) -> bool:
    """Every letter of ``root`` can be found in ``word``, left to right."""
    position = 0
    for letter in letters(root):
        position = letters(word).find(letter, position) + 1
        if position == 0:
            return False
    return True


def word_of(item: Item) -> str:
    return item.prompt.split("«")[1].split("»")[0]


def identify_solvable(item: Item) -> bool:
    """The answer is the only option all of whose letters occur in the word, in order."""
    word = word_of(item)
    spotted = [option for option in item.options if in_order(option, word)]
    return spotted == [item.answer]


def _body(form: str) -> str:
    text = letters(form)
    return text[2:] if text.startswith("ال") and len(text) > 4 else text


def consonants(form: str) -> frozenset[str]:
    """The distinct letters of the word without ال, long vowels and hamza."""
    return frozenset(_body(form)) - _WEAK


def stems(form: str) -> frozenset[str]:
    """The stems the analyzer finds in the written form (طريقة -> طريق), as ``letters``."""
    readings = default_analyzer().analyze(lookup_form(form))
    return frozenset(letters(reading.stem) for reading in readings if len(reading.stem) >= 2)


def share_solvable(item: Item) -> bool:
    """The answer contains the word's stem or the word the answer's, or it alone looks alike."""
    word = word_of(item)
    if any(stem in letters(item.answer) for stem in stems(word)):
        return True
    if any(stem in letters(word) for stem in stems(item.answer)):
        return True
    alike = [o for o in item.options if len(consonants(o) & consonants(word)) >= 2]
    return alike == [item.answer]


@cache
def verb_roots() -> frozenset[str]:
    """Roots under which the lexicon files at least one verb: roots a dictionary would list."""
    lexicon = default_lexicon()
    return frozenset(
        stem.root for entries in lexicon.stems.values() for stem in entries if stem.upos == "VERB"
    )


def is_real_root(spaced_root: str) -> bool:
    """3 or 4 letters, one per space, a root with a verb in the lexicon."""
    parts = spaced_root.split(" ")
    return (
        3 <= len(parts) <= 4 and all(len(p) == 1 for p in parts) and "".join(parts) in verb_roots()
    )
