"""What makes a root item trivially solvable, defined once for the corpus tests and the report.

These definitions are the test's own, written from what a learner can do without knowing any
morphology: look for the options whose letters can all be found in the word, in order (a
letter-spotting solver), for the option that looks like the word, or for the only option that
has one of the word's rarer letters.
"""

from __future__ import annotations

from functools import cache

from exercises.arabic.frequency import zipf
from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.morphology.lexicon import default_lexicon
from exercises.arabic.text.normalize import lookup_form
from exercises.generators.items import Item

_LETTERS = str.maketrans({"أ": "ء", "إ": "ء", "آ": "ء", "ؤ": "ء", "ئ": "ء", "ى": "ي", "ة": "ت"})
# Letters that tell nothing: long vowels and the seats they share with و and ي.
_WEAK = frozenset("اويء")
# A root a learner is offered must be one they could meet: a word of it at least this common.
COMMON_ZIPF = 3.0


def letters(text: str) -> str:
    """The written letters with every hamza as ء, ى as ي and ة as ت; no marks, no spaces."""
    return lookup_form(text).replace(" ", "").translate(_LETTERS)


def _body(form: str) -> str:
    text = letters(form)
    return text[2:] if text.startswith("ال") and len(text) > 4 else text


def in_order(root: str, word: str) -> bool:
    """Every letter of ``root`` can be found in ``word`` (without ال), left to right."""
    position = 0
    text = _body(word)
    for letter in letters(root):
        position = text.find(letter, position) + 1
        if position == 0:
            return False
    return True


def strong(root: str) -> str:
    """The root's letters a learner can look for: no و ي ء (often not written: قال from قول)
    and a doubled last letter once (ظلة from ظلل); all of them if fewer than two are left."""
    text = letters(root)
    if len(text) >= 2 and text[-1] == text[-2]:
        text = text[:-1]
    kept = "".join(letter for letter in text if letter not in _WEAK)
    return kept if len(kept) >= 2 else text


def loosely_in_order(root: str, word: str) -> bool:
    return in_order(strong(root), word)


def word_of(item: Item) -> str:
    return item.prompt.split("«")[1].split("»")[0]


def spotted(word: str, options: tuple[str, ...] | list[str]) -> list[str]:
    """The letter-spotting solver: the options all of whose letters occur in the word, in order."""
    return [option for option in options if in_order(option, word)]


def identify_solvable(item: Item) -> bool:
    """The answer is the only option all of whose letters occur in the word, in order, or
    (when some of its weak letters are not written) the only one whose other letters do; or
    it is once the learner drops options that start with the word's first letter where that
    is mostly a prefix (معدّل: not م ع د; أكثر: not ء ث ر)."""
    word = word_of(item)
    found = spotted(word, item.options)
    if item.answer not in found:
        found = [option for option in item.options if loosely_in_order(option, word)]
    if found == [item.answer]:
        return True
    text = _body(word)
    if len(text) >= 4 and text[0] in _PREFIXES:
        found = [option for option in found if letters(option)[:1] != text[0]]
    return found == [item.answer]


_PREFIXES = frozenset("مءتينسا")


def consonants(form: str) -> frozenset[str]:
    """The distinct letters of the word without ال, long vowels and hamza."""
    return frozenset(_body(form)) - _WEAK


def stems(form: str) -> frozenset[str]:
    """The stems the analyzer finds in the written form (طريقة -> طريق), as ``letters``."""
    readings = default_analyzer().analyze(lookup_form(form))
    return frozenset(letters(reading.stem) for reading in readings if len(reading.stem) >= 2)


def roots(form: str) -> frozenset[str]:
    readings = default_analyzer().analyze(lookup_form(form))
    return frozenset(letters(reading.root) for reading in readings if reading.root)


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def common_run(a: str, b: str) -> int:
    """The length of the longest run of letters the two words share."""
    return max(
        (
            size
            for size in range(1, len(a) + 1)
            for i in range(len(a) - size + 1)
            if a[i : i + size] in b
        ),
        default=0,
    )


def same_stem(word: str, other: str) -> bool:
    """The two words visibly share their stem: ارتفع / ارتفاع، تمدد / تمديد، طريق / طريقة."""
    a, b = _body(word), _body(other)
    if edit_distance(a, b) <= 2 or common_run(a, b) >= 3:
        return True
    return any(s in b for s in stems(word)) or any(s in a for s in stems(other))


def share_root(item: Item) -> str:
    """The root the word and the answer share, by the analyzer ("" if none)."""
    shared = roots(word_of(item)) & roots(item.answer)
    return min(shared) if shared else ""


def share_solvable(item: Item) -> bool:
    """Solved without knowing roots: the answer looks like the word, or it alone has the
    root's letters in order, or it alone has one of the root's letters, or it alone shares
    two letters with the word."""
    word = word_of(item)
    if same_stem(word, item.answer):
        return True
    root = share_root(item)
    radicals = strong(root)
    if root:
        having = [option for option in item.options if in_order(radicals, option)]
        if having == [item.answer]:
            return True
        for letter in radicals:
            if [o for o in item.options if letter in _body(o)] == [item.answer]:
                return True
    alike = [o for o in item.options if len(consonants(o) & consonants(word)) >= 2]
    return alike == [item.answer]


def solvable(item: Item) -> bool:
    if item.subtype == "root_identify":
        return identify_solvable(item)
    if item.subtype == "root_share":
        return share_solvable(item)
    return False


@cache
def verb_roots() -> frozenset[str]:
    """Roots under which the lexicon files at least one verb: roots a dictionary would list."""
    lexicon = default_lexicon()
    return frozenset(
        stem.root for entries in lexicon.stems.values() for stem in entries if stem.upos == "VERB"
    )


@cache
def common_roots() -> frozenset[str]:
    """Roots with a word at least ``COMMON_ZIPF`` common (جلت of gelatinize has none)."""
    lexicon = default_lexicon()
    return frozenset(
        stem.root
        for entries in lexicon.stems.values()
        for stem in entries
        if stem.root and zipf(stem.lemma) >= COMMON_ZIPF
    )


def is_real_root(spaced_root: str) -> bool:
    """3 or 4 letters, one per space, a root with a verb in the lexicon and a common word."""
    parts = spaced_root.split(" ")
    root = "".join(parts)
    return (
        3 <= len(parts) <= 4
        and all(len(p) == 1 for p in parts)
        and root in verb_roots()
        and root in common_roots()
    )
