"""What a learner drills about a word, as far as the Buckwalter lexicon gives it: a noun's broken
plural, a verb's form (I-X), its present tense (with form I's vowel) and its masdar.

Only what the data supports is returned:
- the plural is another stem filed under the noun's own lemma (رَئِيس: رُؤَساء); sound plurals
  (ـات، ـون) are endings, not stems, and are not given;
- the present tense is the lemma's first active imperfect stem, with the prefix its category
  asks for (يُ for ``_yu``, else يَ): يَسْتَقْبِل، يُعْطِي;
- form I's present vowel is the one in the lemma's id (``kataba-u``: u); a verb with two
  (``-ui``) gives both;
- the form number comes from the perfect's pattern; a verb that matches no pattern, or two
  patterns that its root letters do not decide between, gets none;
- the masdar of forms II-X is the regular pattern (تَفْعِيل، إِفْعال، اِسْتِفْعال ...), given
  only when the lexicon has that noun. Form I masdars are not predictable and the lexicon does
  not link them to their verbs, so none is given.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache

from exercises.arabic.morphology.buckwalter import Stem, to_arabic
from exercises.arabic.morphology.lexicon import Lexicon, default_lexicon
from exercises.arabic.text.normalize import normalize_key

_MARKS = re.compile("[\u064b-\u0652\u0670]")
_C = "([^aiuo~AY{])"  # one consonant in Buckwalter transliteration
# (form, perfect pattern, masdar template or None); the template's \1 \2 \3 are the consonants.
_PATTERNS: tuple[tuple[int, str, str | None], ...] = (
    (2, rf"{_C}a{_C}~a{_C}", r"ta\1o\2iy\3"),
    (2, rf"{_C}a{_C}~aY", None),
    (3, rf"{_C}A{_C}a{_C}", r"mu\1A\2a\3ap"),
    (3, rf"{_C}A{_C}aY", None),
    (4, rf">a{_C}o{_C}a{_C}", r"{i\1o\2A\3"),
    (4, rf">a{_C}o{_C}aY", None),
    (4, rf">a{_C}A{_C}", None),
    (4, rf">a{_C}a{_C}~", None),
    (5, rf"ta{_C}a{_C}~a{_C}", r"ta\1a\2~u\3"),
    (5, rf"ta{_C}a{_C}~aY", None),
    (6, rf"ta{_C}A{_C}a{_C}", r"ta\1A\2u\3"),
    (6, rf"ta{_C}A{_C}aY", None),
    (7, rf"{{ino{_C}a{_C}a{_C}", r"{ino\1i\2A\3"),
    (7, rf"{{ino{_C}A{_C}", None),
    (7, rf"{{ino{_C}a{_C}~", None),
    (8, rf"{{i{_C}o(?P<infix>[tTd])a{_C}a{_C}", r"{i\1o\2i\3A\4"),
    (8, rf"{{i{_C}o(?P<infix>[tTd])A{_C}", None),
    (8, rf"{{i{_C}o(?P<infix>[tTd])a{_C}aY", None),
    (8, rf"{{i(?P<infix>[tTd])~a{_C}a{_C}", r"{i\1~i\2A\3"),
    (10, rf"{{isota{_C}o{_C}a{_C}", r"{isoti\1o\2A\3"),
    (10, rf"{{isota{_C}A{_C}", None),
    (10, rf"{{isota{_C}a{_C}~", None),
    (10, rf"{{isota{_C}o{_C}aY", None),
)
_COMPILED = tuple((form, re.compile(f"^{p}$"), masdar) for form, p, masdar in _PATTERNS)
_VOWEL_NAMES = {"a": "a", "i": "i", "u": "u"}
_PLURAL_CATEGORIES = ("N0_Nh", "N", "Ndip")
_LONG_END = ("y", "w", "A", "Y")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 10: "X"}


@dataclass(frozen=True)
class WordGrammar:
    """What the lexicon gives about a word; empty strings and None where it gives nothing."""

    plural: str = ""
    form: int | None = None
    present: str = ""
    present_vowel: str = ""  # form I only: "u", "a", "i" or two of them ("u/i")
    masdar: str = ""

    def __bool__(self) -> bool:
        return bool(self.plural or self.form or self.present or self.masdar)


def word_grammar(
    lemma_vocalized: str, pos: str, root: str, lexicon: Lexicon | None = None
) -> WordGrammar:
    """The grammar of the lexicon's lemma ``lemma_vocalized`` (its part of speech ``pos``)."""
    index = _index(lexicon or default_lexicon())
    stems = index.lemma_stems(lemma_vocalized, pos, root)
    if not stems:
        return WordGrammar()
    if pos == "VERB":
        return _verb(stems, root, index)
    if pos in ("NOUN", "ADJ"):
        return WordGrammar(plural=_plural(stems, lemma_vocalized))
    return WordGrammar()


class _Index:
    """The lexicon's stems by lemma, found from a lemma's letters, part of speech and root."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.by_lemma: dict[str, list[Stem]] = {}
        self.by_letters: dict[tuple[str, str], list[str]] = {}
        self.noun_lemmas: set[str] = set()
        for entries in lexicon.stems.values():
            for stem in entries:
                stems = self.by_lemma.setdefault(stem.lemma_id, [])
                if not stems:
                    key = (normalize_key(stem.lemma), stem.upos)
                    self.by_letters.setdefault(key, []).append(stem.lemma_id)
                    if stem.upos == "NOUN":
                        self.noun_lemmas.add(_base(stem.lemma_id)[0])
                stems.append(stem)

    def lemma_stems(self, lemma_vocalized: str, pos: str, root: str) -> list[Stem]:
        bare = _MARKS.sub("", lemma_vocalized)
        ids = self.by_letters.get((normalize_key(bare), pos), [])
        ids = [i for i in ids if not root or self.by_lemma[i][0].root == root] or ids
        wanted = _core(lemma_vocalized)
        same = [i for i in ids if _core(self.by_lemma[i][0].lemma_vocalized) == wanted]
        chosen = same or (ids if len(ids) == 1 else [])
        return self.by_lemma[chosen[0]] if chosen else []


_lock = threading.Lock()


def _index(lexicon: Lexicon) -> _Index:
    with _lock:
        return _cached_index(lexicon)


@cache
def _cached_index(lexicon: Lexicon) -> _Index:
    return _Index(lexicon)


def _base(lemma_id: str) -> tuple[str, str]:
    """``kataba-u_1`` -> ("kataba", "u"); ``{isotaqobal_1`` -> ("{isotaqobal", "")."""
    name = lemma_id.rsplit("_", 1)[0]
    base, _, vowels = name.partition("-")
    return base, vowels


def _core(vocalized: str) -> str:
    """A lemma without the marks a display adds: a wasla alef's kasra, the final vowel."""
    text = unicodedata.normalize("NFD", vocalized)
    if text[:1] == "ا":
        text = "ا" + text[1:].lstrip("\u0650\u064e\u064f")
    return unicodedata.normalize("NFC", text.rstrip("\u064e\u064f\u0650"))


def _plural(stems: list[Stem], lemma_vocalized: str) -> str:
    """The first whole-word plural stem (categories N, N0_Nh, Ndip: not the stems that take
    a sound ending or a case ending's hamza seat) whose meaning is the plural's."""
    wanted = _core(lemma_vocalized)
    lemma = next((s for s in stems if _core(s.vocalized) == wanted), stems[0])
    own = {normalize_key(lemma.written), normalize_key(lemma.lemma.rstrip("ةىاي"))}
    candidates = [
        stem
        for stem in stems
        if stem.category in _PLURAL_CATEGORIES
        and stem.upos in ("NOUN", "ADJ")
        and stem.gloss != lemma.gloss
        and normalize_key(stem.written) not in own
    ]
    candidates.sort(key=lambda stem: _PLURAL_CATEGORIES.index(stem.category))
    return candidates[0].vocalized if candidates else ""


def _verb(stems: list[Stem], root: str, index: _Index) -> WordGrammar:
    base, vowels = _base(stems[0].lemma_id)
    present = _present(stems)
    if vowels:
        named = "/".join(_VOWEL_NAMES[v] for v in vowels if v in _VOWEL_NAMES)
        return WordGrammar(form=1, present=present, present_vowel=named)
    form, masdar = _derived_form(base, root)
    if masdar and masdar not in index.noun_lemmas:
        masdar = ""
    return WordGrammar(form=form, present=present, masdar=to_arabic(masdar) if masdar else "")


def _present(stems: list[Stem]) -> str:
    """The 3rd person masculine present, from the lemma's best active imperfect stem."""
    active = [s for s in stems if s.category.startswith("IV") and "Pass" not in s.category]
    if not active:
        return ""
    stem = min(active, key=lambda s: _present_rank(s.category))
    prefix = "يُ" if "_yu" in stem.category else "يَ"
    ending = "" if _buckwalter_end(stem) else "\u064f"
    return unicodedata.normalize("NFC", prefix + stem.vocalized + ending)


def _present_rank(category: str) -> int:
    """Whole stems first (قُوم، فِي), stems shortened before a suffix (قُم) last."""
    parts = set(category.split("_")[1:]) - {"yu", "intr"}
    if not parts or parts & {"V", "0hAnn"}:
        return 0
    if parts & {"C", "0hwnyn", "wn", "yn"}:
        return 2
    return 1


def _buckwalter_end(stem: Stem) -> bool:
    """Whether the stem ends in a long vowel (يُعْطِي), which takes no damma."""
    return stem.written.endswith(("ي", "و", "ا", "ى"))


def _derived_form(base: str, root: str) -> tuple[int | None, str]:
    found = []
    for form, pattern, masdar in _COMPILED:
        match = pattern.match(base)
        if match:
            found.append((form, match, masdar))
    if len(found) > 1:
        found = [f for f in found if _root_letters(f[1]) == _key_letters(root)] or found
    if len({form for form, _, _ in found}) != 1:
        return None, ""
    form, match, masdar = found[0]
    return form, match.expand(masdar) if masdar else ""


def _root_letters(match: re.Match[str]) -> str:
    infix = match.start("infix") if "infix" in match.re.groupindex else -1
    letters = [match.group(n) for n in range(1, len(match.groups()) + 1) if match.start(n) != infix]
    return _key_letters(to_arabic("".join(letters)))


def _key_letters(text: str) -> str:
    return normalize_key(text.replace(" ", "")).translate(_HAMZA)


_HAMZA = str.maketrans({"أ": "ء", "إ": "ء", "ؤ": "ء", "ئ": "ء", "آ": "ء"})
