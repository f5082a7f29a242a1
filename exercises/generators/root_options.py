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

from exercises.arabic.frequency import zipf
from exercises.arabic.morphology.lexicon import Lexicon
from exercises.arabic.text.normalize import TASHKEEL, lookup_form

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


def root_letters(form: str) -> str:
    """``body`` without a final ة: a learner never takes it for a root's ت (صورة: not ص و ت)."""
    text = body(form)
    return text[:-1] if lookup_form(form).endswith("ة") else text


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


def root_spotted(word: str, answer: str, options: tuple[str, ...] | list[str]) -> bool:
    """A learner finds the root by letters alone: the answer is the only option whose letters
    all occur in the word in order (or, when the answer's weak letters are not written, the
    only one whose other letters do)."""
    written = root_letters(word)
    found = [option for option in options if in_order(letters(option), written)]
    if answer not in found:
        found = [option for option in options if in_order(radicals(option), written)]
    if found == [answer]:
        return True
    # one who also knows that a leading م ت أ ي ن ا or س is mostly a prefix (معدّل: not م ع د)
    found = [option for option in found if not plain_prefix(word, option)]
    return found == [answer]


def plain_prefix(word: str, root: str) -> bool:
    """The root starts with the word's first letter where that is a common prefix (م ت أ ي ن ا
    س) in a word of four letters or more: a learner would doubt م ع د for معدّل."""
    text = body(word)
    return len(text) >= 4 and text[0] in _PREFIX_LETTERS and letters(root)[:1] == text[0]


_PREFIX_LETTERS = frozenset("متءينسا")


def look_alike_roots(form: str, size: int, exclude: frozenset[str], lexicon: Lexicon) -> list[str]:
    """Common real roots spelled by letters of the word in order (احتمال: حتم), not in
    ``exclude``.

    Long ا is left out: it stands for no root letter a learner would pick.
    """
    text = "".join(letter for letter in root_letters(form) if letter != "ا")
    known = common_roots(lexicon)
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


# A root a learner is offered has a word at least this common (Zipf): جلت (gelatinize) has none.
COMMON_ZIPF = 3.0
_SHADDA = "\u0651"
_MARKS_BUT_SHADDA = {ord(mark): None for mark in TASHKEEL if mark != _SHADDA}


def headword(vocalized: str) -> str:
    """A dictionary form as shown to learners: the lemma without vowel marks but with its
    shadda (تَخَرَّج -> تخرّج), which tells تخرّج from تخرج."""
    return vocalized.translate(_MARKS_BUT_SHADDA)


def doubly_weak(root: str) -> bool:
    """Two of the root's letters are و ي ء or ا (وزي، بيي): roots a learner hardly meets, and
    offered as options they look made up."""
    return sum(letter in _WEAK for letter in letters(root)) >= 2


def weak_variants(root: str) -> frozenset[str]:
    """The root with each و / ي written as the other (نمو، نمي): dictionaries often file a
    word under both, so neither is a wrong option for the other."""
    swap = str.maketrans("وي", "يو")
    return frozenset(
        root[:index] + root[index].translate(swap) + root[index + 1 :]
        for index, letter in enumerate(root)
        if letter in "وي"
    )


def radicals(root: str) -> str:
    """The root letters a learner can look for: no و ي ء (قال from قول writes no و) and a
    doubled last letter once (مدد: م د); all of them when fewer than two would be left."""
    text = letters(root)
    if len(text) >= 2 and text[-1] == text[-2]:
        text = text[:-1]
    kept = "".join(letter for letter in text if letter not in "اويء")
    return kept if len(kept) >= 2 else text


def _strong_letters(lemma: str) -> str:
    """The lemma's letters a learner would match a root letter with: no long vowels or hamza,
    and a final ة left out (it is not a ت to the eye)."""
    text = letters(lemma)
    if lemma.endswith("ة"):
        text = text[:-1]
    return "".join(letter for letter in text if letter not in "اويء")


@cache
def common_roots(lexicon: Lexicon) -> frozenset[str]:
    """Real roots with a word at least ``COMMON_ZIPF`` common."""
    known = real_roots(lexicon)
    return frozenset(
        stem.root
        for stem in lexicon.lemmas_by_id.values()
        if stem.root in known and zipf(stem.lemma) >= COMMON_ZIPF
    )


@cache
def words_spelling(lexicon: Lexicon) -> dict[str, tuple[tuple[str, str, float], ...]]:
    """Common words of real roots by the letter sequences they spell in order (2 to 4 of
    their letters): "قبل" -> (قنبلة, قنبل, ...). Each as (headword, root, Zipf), commonest
    first. For "which word shares the root" options that have the root's letters without
    being of the root."""
    known = common_roots(lexicon)
    seen: set[str] = set()
    found: dict[str, list[tuple[str, str, float]]] = {}
    # Zipf counts a spelling: عشر is common as "ten", not as عشّر (divide by ten). A form with
    # shadda is offered only when no lemma is written the same without it; verbs never.
    unmarked = {s.lemma for s in lexicon.lemmas_by_id.values() if _SHADDA not in s.lemma_vocalized}
    for stem in lexicon.lemmas_by_id.values():
        if stem.root not in known or stem.upos not in ("NOUN", "ADJ", "VERB"):
            continue
        frequency = zipf(stem.lemma)
        if frequency < COMMON_ZIPF or stem.gloss[:1].isupper():
            continue
        shown = headword(stem.lemma_vocalized)
        if shown in seen or _SHADDA in shown and (stem.upos == "VERB" or stem.lemma in unmarked):
            continue
        if not is_derived(stem.lemma, stem.root):
            continue
        seen.add(shown)
        text = _strong_letters(stem.lemma)
        spelled = {
            "".join(picked)
            for size in range(2, min(4, len(text)) + 1)
            for picked in combinations(text, size)
        }
        for sequence in spelled:
            found.setdefault(sequence, []).append((shown, stem.root, frequency))
    return {key: tuple(sorted(words, key=lambda w: -w[2])) for key, words in found.items()}
