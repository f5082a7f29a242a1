"""Reading the Buckwalter Arabic Morphological Analyzer 1.0 data files (Tim Buckwalter, GPL-2.0).

Buckwalter transliteration becomes Arabic letters once, at load time. ``dictPrefixes`` and
``dictSuffixes`` give affixes, ``dictStems`` the stems under root headings (``;--- ktb``) and
lemma lines (``;; kataba_1``), the ``table*`` files the categories that combine. The parsed
entries are gathered by :class:`exercises.arabic.morphology.lexicon.Lexicon`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from exercises.arabic.morphology.derived_roots import derived_roots_for
from exercises.arabic.morphology.second_roots import second_source_roots_for
from exercises.arabic.morphology.upos import stem_upos

_BUCKWALTER = {
    "'": "ء", "|": "آ", ">": "أ", "O": "أ", "&": "ؤ", "W": "ؤ", "<": "إ", "I": "إ", "}": "ئ",
    "A": "ا", "b": "ب", "p": "ة", "t": "ت", "v": "ث", "j": "ج", "H": "ح", "x": "خ", "d": "د",
    "*": "ذ", "r": "ر", "z": "ز", "s": "س", "$": "ش", "S": "ص", "D": "ض", "T": "ط", "Z": "ظ",
    "E": "ع", "g": "غ", "_": "ـ", "f": "ف", "q": "ق", "k": "ك", "l": "ل", "m": "م", "n": "ن",
    "h": "ه", "w": "و", "Y": "ى", "y": "ي", "F": "\u064b", "N": "\u064c", "K": "\u064d",
    "a": "\u064e", "u": "\u064f", "i": "\u0650", "~": "\u0651", "o": "\u0652", "`": "\u0670",
    "{": "ا",  # alef wasla: learners' dictionaries print a plain alef (اِحْتَفَلَ)
}  # fmt: skip
_TO_ARABIC = str.maketrans(_BUCKWALTER)
_POS_TAG = re.compile(r"<pos>(.+?)</pos>")
# Root headings write hamza as A, >, &, < or } and geminate roots with two letters (Ez = عزز).
_ROOT_LETTERS = re.compile(r"^[btvjHxd*rzs$SDTZEgfqklmnhwy'>&<}|A]{2,4}$")
_HAMZA_SEATS = str.maketrans({"A": "ء", ">": "ء", "<": "ء", "&": "ء", "}": "ء", "|": "ء", "'": "ء"})
_WEAK_OR_HAMZA = frozenset("اويءأإآؤئىة")

# فُعْلَى (kuboraY) -> أَفْعَل (>akobar); and the irregular ones.
_FEMININE_ELATIVE = re.compile(r"^([^aiuo~])u([^aiuo~])o([^aiuo~])aY$")
_IRREGULAR_ELATIVES = {
    ">uwlaY": ">aw~al",
    ">uxoraY": "|xar",
    "dunoyA": ">adonaY",
    "EuloyA": ">aEolaY",
    "quSowaY": ">aqoSaY",
}
_ROOTED_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


def to_arabic(buckwalter: str) -> str:
    """Buckwalter transliteration to Arabic letters and marks, in NFC (shadda before vowel)."""
    return unicodedata.normalize("NFC", buckwalter.translate(_TO_ARABIC))


@dataclass(frozen=True, slots=True)
class Affix:
    written: str  # Arabic, no vowels
    vocalized: str  # Arabic with vowels
    category: str
    gloss: str
    tags: tuple[str, ...]  # e.g. ("wa/CONJ", "Al/DET")


class Stem(NamedTuple):
    written: str
    vocalized: str
    category: str
    gloss: str
    tag: str  # fine tag, e.g. "NOUN", "VERB_PERFECT", "PREP"
    upos: str
    lemma_id: str  # as in the lexicon, e.g. "kataba-u_1"
    lemma_vocalized: str  # Arabic, with vowels
    lemma: str  # Arabic, no vowels
    root: str  # Arabic letters, "" when the heading is not a root
    inner_prefixes: tuple[str, ...] = ()  # clitic tags inside the entry (بِسَبَب)
    inner_suffixes: tuple[str, ...] = ()  # pronoun tags inside the entry (لَكُنَّ)


def _entry_lines(text: str):
    for line in text.splitlines():
        if line and not line.startswith(";"):
            yield line


def parse_affixes(text: str) -> dict[str, list[Affix]]:
    """``dictPrefixes`` or ``dictSuffixes``: affixes by written form."""
    affixes: dict[str, list[Affix]] = {}
    for line in _entry_lines(text):
        written, vocalized, category, gloss_pos = line.rstrip("\n").split("\t")
        tags = tuple(tag for tag in "+".join(_POS_TAG.findall(gloss_pos)).split("+") if tag)
        gloss = _POS_TAG.sub("", gloss_pos).strip()
        affix = Affix(to_arabic(written), to_arabic(vocalized), category, gloss, tags)
        affixes.setdefault(affix.written, []).append(affix)
    return affixes


_NO_LEMMA_YET = ("", "", "", "", False)


def parse_stems(text: str) -> dict[str, list[Stem]]:
    stems: dict[str, list[Stem]] = {}
    root = ""
    lemma = ("", "", "", "", False)  # id, vocalized, bare, root, nisba: once per lemma
    tags: dict[tuple[str, bool, str], tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {}
    for line in text.splitlines():
        if line.startswith(";--- "):
            root = _root_from_heading(line[5:])
            lemma = _NO_LEMMA_YET
            continue
        if line.startswith(";; "):
            lemma = _lemma_fields(line[3:].strip(), root)
            continue
        if not line or line.startswith(";"):
            continue
        written, vocalized, category, gloss_pos = line.split("\t")
        if lemma is _NO_LEMMA_YET:
            # A few headings go straight to stems with no ";; lemma" line (رَأَى under
            # ";--- rAy"): the first stem names the lemma, or the stems would be filed
            # under the lemma before the heading (rAwanod, rhubarb). Buckwalter numbers
            # lemmas from 1, so _0 cannot clash with a listed one.
            lemma = _lemma_fields(f"{vocalized}_0", root)
        tag_key = (category, lemma[4], gloss_pos)
        tag_fields = tags.get(tag_key)
        if tag_fields is None:
            tag = _stem_tag(category, lemma[4], gloss_pos)
            gloss = _clean_gloss(_POS_TAG.sub("", gloss_pos))
            tag_fields = tags[tag_key] = (
                tag,
                gloss,
                _inner_prefixes(gloss_pos),
                _inner_suffixes(gloss_pos),
            )
        written_arabic = to_arabic(written)
        upos = stem_upos(tag_fields[0], category, lemma[1], tag_fields[1])
        stems.setdefault(written_arabic, []).append(
            Stem(
                written_arabic,
                to_arabic(vocalized),
                category,
                tag_fields[1],
                tag_fields[0],
                upos,
                *lemma[:3],
                # Names and particles sit under the heading of whatever precedes them.
                lemma[3] if upos in _ROOTED_POS else "",
                tag_fields[2],
                tag_fields[3],
            )
        )
    stems = _final_ya_roots(_merge_feminine_elatives(stems))
    stems = second_source_roots_for(stems, _ROOTED_POS, root_fits)
    return _vowelled_lemmas(_adverbs_of_nouns(derived_roots_for(stems, _ROOTED_POS, root_fits)))


# A form I verb with a weak third letter: شَفَى ($afaY), دَعَا (daEA).
_FORM_ONE_WEAK = re.compile(r"^[^aiuo~{]a[^aiuo~](aY|A)$")


def _final_ya_roots(stems: dict[str, list[Stem]]) -> dict[str, list[Stem]]:
    """File roots whose form I verb ends in ى under ي: شَفَى, مُسْتَشْفًى -> شفي, not شفو.

    The lexicon puts some under و; a verb written with final ى (not ا) has ي as its third
    root letter, as dictionaries list it. Only roots where every form I verb says so change.
    """
    endings: dict[str, set[str]] = {}
    for entries in stems.values():
        for stem in entries:
            if stem.upos == "VERB" and len(stem.root) == 3 and stem.root.endswith("و"):
                base = _lemma_from_id(stem.lemma_id)
                match = _FORM_ONE_WEAK.match(base)
                if match:
                    endings.setdefault(stem.root, set()).add(match.group(1))
    moved = {root: root[:-1] + "ي" for root, found in endings.items() if found == {"aY"}}
    if not moved:
        return stems
    for entries in stems.values():
        for index, stem in enumerate(entries):
            if stem.root in moved:
                entries[index] = stem._replace(root=moved[stem.root])
    return stems


def _adverbs_of_nouns(stems: dict[str, list[Stem]]) -> dict[str, list[Stem]]:
    """An adverb entry of a noun's lemma (اليَوْمَ today, of يَوْم) is that noun, as in UD."""
    noun_lemmas = {s.lemma_id for entries in stems.values() for s in entries if s.upos == "NOUN"}
    for entries in stems.values():
        for index, stem in enumerate(entries):
            if stem.upos == "ADV" and stem.lemma_id in noun_lemmas:
                entries[index] = stem._replace(upos="NOUN")
    return stems


def _vowelled_lemmas(stems: dict[str, list[Stem]]) -> dict[str, list[Stem]]:
    """A lemma the lexicon writes with no vowel mark (qAm, EAm, jA') gets the vowels its
    letters imply: a fatha before a long alef, and a verb its final fatha (قَامَ، عَام، جَاءَ).
    Elsewhere the lexicon's convention stays: no fatha before a long alef (كِتاب)."""
    verbs = {s.lemma_id for entries in stems.values() for s in entries if s.upos in _VERB_POS}
    vowelled: dict[str, str] = {}
    for entries in stems.values():
        for index, stem in enumerate(entries):
            lemma = stem.lemma_vocalized
            if len(lemma) < 2 or lemma != _strip_marks(lemma):
                continue
            found = vowelled.get(stem.lemma_id)
            if found is None:
                found = vowelled[stem.lemma_id] = _implied_vowels(lemma, stem.lemma_id in verbs)
            if found != lemma:
                entries[index] = stem._replace(lemma_vocalized=found)
    return stems


_VERB_POS = frozenset({"VERB", "AUX"})
_NOT_BEFORE_ALEF = frozenset("اآأإى")


def _implied_vowels(lemma: str, verb: bool) -> str:
    letters = []
    for index, letter in enumerate(lemma):
        letters.append(letter)
        following = lemma[index + 1 : index + 2]
        if following == "ا" and letter not in _NOT_BEFORE_ALEF:
            letters.append("\u064e")
    if verb and letters[-1] not in _NOT_BEFORE_ALEF:
        letters.append("\u064e")
    return unicodedata.normalize("NFC", "".join(letters))


def _inner_suffixes(gloss_pos: str) -> tuple[str, ...]:
    """Pronouns written inside a stem entry (لَكُنَّ = la/PREP+kun~a/PRON_2FP) as suffix tags."""
    parts = _pos_parts(gloss_pos)
    return tuple(tag for tag in parts[_main_part(parts) + 1 :] if "/PRON_" in tag)


def _inner_prefixes(gloss_pos: str) -> tuple[str, ...]:
    """Clitics written inside a stem entry (بِسَبَب = bi/PREP+sabab/NOUN) as prefix tags."""
    parts = _pos_parts(gloss_pos)
    return tuple(parts[: _main_part(parts)])


def _pos_parts(gloss_pos: str) -> list[str]:
    match = _POS_TAG.search(gloss_pos)
    return [part for part in match.group(1).split("+") if part] if match else []


def _main_part(parts: list[str]) -> int:
    """Index of the entry's own word, after clitics such as bi/PREP, Al/DET, wa/CONJ."""
    index = 0
    # A preposition with only a pronoun after it (بِهِ) is the preposition itself.
    while (
        index + 1 < len(parts) and parts[index] in _CLITIC_TAGS and "/PRON_" not in parts[index + 1]
    ):
        index += 1
    return index


_CLITIC_TAGS = frozenset({"bi/PREP", "li/PREP", "ka/PREP", "Al/DET", "wa/CONJ", "fa/CONJ"})


def _merge_feminine_elatives(stems: dict[str, list[Stem]]) -> dict[str, list[Stem]]:
    """File feminine elatives under their masculine: كُبْرَى -> أَكْبَر, أُولَى -> أَوَّل.

    The lexicon lists فُعْلَى forms as lemmas of their own; dictionaries (and learners) look
    them up under أَفْعَل. A فُعْلَى lemma is merged only when its أَفْعَل lemma exists.
    """
    lemma_by_base: dict[str, Stem] = {}
    for entries in stems.values():
        for stem in entries:
            lemma_by_base.setdefault(stem.lemma_id.rsplit("_", 1)[0], stem)
    aliases: dict[str, Stem] = {}
    for base in lemma_by_base:
        target = _IRREGULAR_ELATIVES.get(base) or _FEMININE_ELATIVE.sub(r">a\1o\2a\3", base)
        if target != base and target in lemma_by_base:
            aliases[base] = lemma_by_base[target]
    if not aliases:
        return stems
    for entries in stems.values():
        for index, stem in enumerate(entries):
            masculine = aliases.get(stem.lemma_id.rsplit("_", 1)[0])
            if masculine is not None:
                entries[index] = stem._replace(
                    lemma_vocalized=masculine.lemma_vocalized,
                    lemma=masculine.lemma,
                    root=stem.root or masculine.root,
                )
    return stems


def _lemma_fields(lemma_id: str, root: str) -> tuple[str, str, str, str, bool]:
    buckwalter = _lemma_from_id(lemma_id)
    vocalized = to_arabic(buckwalter)
    bare = _strip_marks(vocalized)
    nisba = buckwalter.endswith("iy~")
    return lemma_id, vocalized, bare, root if root_fits(root, bare) else "", nisba


def parse_table(text: str) -> frozenset[tuple[str, str]]:
    """A compatibility table (``tableAB`` ...): the pairs of categories that may combine."""
    pairs = set()
    for line in _entry_lines(text):
        parts = line.split()
        if len(parts) == 2:
            pairs.add((parts[0], parts[1]))
    return frozenset(pairs)


def _stem_tag(category: str, nisba: bool, gloss_pos: str) -> str:
    parts = _pos_parts(gloss_pos)
    if parts:
        return parts[_main_part(parts)].split("/")[-1]
    if category.startswith("IV"):
        return "VERB_IMPERFECT"
    if category.startswith("PV"):
        return "VERB_PERFECT"
    if category.startswith("CV"):
        return "VERB_IMPERATIVE"
    if category.startswith("F"):
        return "FUNC_WORD"
    gloss = _POS_TAG.sub("", gloss_pos).strip()
    if category.startswith("N") and nisba:
        # nisba adjectives, nationalities included (صِينِيّ Chinese, دَوْلِيّ), but not the
        # nouns in -iyya (مَسْؤُولِيَّة)
        return "ADJ"
    if category.startswith("N") and gloss[:1].isupper():
        return "NOUN_PROP"
    return "NOUN"


def _lemma_from_id(lemma_id: str) -> str:
    """``kataba-u_1`` -> ``kataba``: drop the sense number and the verb's vowel class."""
    lemma = lemma_id.rsplit("_", 1)[0]
    return lemma.split("-", 1)[0] if "-" in lemma and not lemma.startswith("-") else lemma


def _root_from_heading(heading: str) -> str:
    first = heading.split()[0] if heading.split() else ""
    first = re.sub(r"\(\d+\)$", "", first).split("/")[0]
    if not _ROOT_LETTERS.match(first) or "(" in heading:
        return ""
    if len(first) == 2:
        first += first[-1]
    return to_arabic(first.translate(_HAMZA_SEATS))


def root_fits(root: str, lemma: str) -> bool:
    """Some stretches of dictStems lack headings: keep a root only if the lemma can carry it.

    Every strong root letter must appear in the lemma in order; weak letters and hamza may
    change or vanish in derived forms (قال from قول), so they are not required.
    """
    if not root:
        return False
    position = 0
    for letter in root:
        if letter in _WEAK_OR_HAMZA:
            continue
        found = lemma.find(letter, position)
        if found < 0:
            return False
        position = found + (0 if root.count(letter) > 1 and lemma.count(letter) == 1 else 1)
    return True


def _clean_gloss(gloss: str) -> str:
    return "; ".join(part.strip() for part in gloss.split(";") if part.strip())


_MARKS = str.maketrans({chr(c): None for c in range(0x064B, 0x0653)} | {"\u0670": None, "ٱ": "ا"})


def _strip_marks(text: str) -> str:
    return text.translate(_MARKS)
