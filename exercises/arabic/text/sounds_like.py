"""Whether an Arabic word sounds like its English gloss: a borrowing (سيناريو "scenario",
برلمان "parliament", إنفلونزا "influenza") that the loanword list does not name.

Asking the meaning of such a word, or its root, tests nothing: read aloud, it says its meaning,
and the lexicon files it under a root it never had (سيناريو under س ي ن ء). Both words are
reduced to their consonants in classes of sounds the two scripts render alike (ب for b and p,
ك and ق for k, c and q), long vowels, weak letters and h left out; the word sounds like the
gloss when the gloss's consonants keep nearly all of the word's, in order.
"""

from __future__ import annotations

import re

from exercises.arabic.text.normalize import normalize_key

# Arabic letters by the class of sound English writes them with; letters not here (vowels,
# و ي ا ى ة ء ع ح ه) are left out, as their English counterparts are.
_ARABIC_CLASSES = {
    "ب": "b",
    "ت": "t",
    "ط": "t",
    "ث": "s",
    "ج": "g",
    "خ": "k",
    "د": "d",
    "ض": "d",
    "ذ": "s",
    "ر": "r",
    "ز": "s",
    "س": "s",
    "ص": "s",
    "ش": "x",
    "ظ": "s",
    "غ": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ڤ": "f",
    "پ": "b",
    "چ": "x",
    "گ": "g",
}
# English spellings first, two letters before one; vowels, h, w and y are left out.
_ENGLISH_SPELLINGS = (
    ("sh", "x"),
    ("ch", "x"),
    ("ph", "f"),
    ("th", "s"),
    ("ck", "k"),
    ("qu", "k"),
    ("x", "ks"),
    ("b", "b"),
    ("p", "b"),
    ("t", "t"),
    ("d", "d"),
    ("g", "g"),
    ("j", "g"),
    ("k", "k"),
    ("q", "k"),
    ("l", "l"),
    ("m", "m"),
    ("n", "n"),
    ("r", "r"),
    ("f", "f"),
    ("v", "f"),
    ("s", "s"),
    ("z", "s"),
)
_SOFT_C = re.compile(r"c(?=[eiy])")
_ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_ARABIC_ENDINGS = ("يات", "ية", "ات", "ي", "ة")
_MIN_CONSONANTS = 3
_MIN_SHARE = 0.8


def sounds_like(arabic: str, gloss: str) -> bool:
    """True when one of the gloss's senses is the Arabic word written in English letters."""
    word = _arabic_consonants(arabic)
    if len(word) < _MIN_CONSONANTS:
        return False
    for sense in re.split(r"[;,/]", gloss.lower()):
        for english in re.findall(r"[a-z]+", sense):
            if _close(word, _english_consonants(english)):
                return True
    return False


def _close(word: str, english: str) -> bool:
    if len(english) < _MIN_CONSONANTS:
        return False
    # An English suffix the borrowing drops (-ism, -ist, -ic) may add consonants at the end:
    # the word is measured against as much of the English as it could cover, and more.
    shared = _common_in_order(word, english[: len(word) + 2])
    return shared / max(len(word), min(len(english), len(word) + 1)) >= _MIN_SHARE


def _arabic_consonants(text: str) -> str:
    key = normalize_key(text)
    for prefix in _ARABIC_PREFIXES:
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            key = key[len(prefix) :]
            break
    for ending in _ARABIC_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            key = key[: -len(ending)]
            break
    return _squeezed("".join(_ARABIC_CLASSES.get(letter, "") for letter in key))


def _english_consonants(word: str) -> str:
    word = _SOFT_C.sub("s", word).replace("c", "k")
    out = []
    position = 0
    while position < len(word):
        for spelling, sound in _ENGLISH_SPELLINGS:
            if word.startswith(spelling, position):
                out.append(sound)
                position += len(spelling)
                break
        else:
            position += 1  # a vowel, h, w or y
    return _squeezed("".join(out))


def _squeezed(sounds: str) -> str:
    """A doubled consonant is one sound (سيناريو has one n, "scenario" one; "million" two l)."""
    return re.sub(r"(.)\1+", r"\1", sounds)


def _common_in_order(a: str, b: str) -> int:
    previous = [0] * (len(b) + 1)
    for letter in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            current[j] = (
                previous[j - 1] + 1 if letter == other else max(previous[j], current[j - 1])
            )
        previous = current
    return previous[-1]
