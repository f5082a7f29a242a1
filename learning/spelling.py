"""How a typed Arabic word differs from the expected one, letter by letter, and whether the
lexicon reads the typed form as another word that could stand in its place. Plain Python.

Tolerated differences (each one a note for the learner):

- hamza: a hamza on another seat (ؤ for ئ, أ for إ), a seat without its hamza (و for ؤ, ا for
  أ or ئ), a lone ء left out or added;
- ta_marbuta / alef_maqsura: ة for ه and ى for ي, either way;
- ta_open: ة written where it opens to ت before an ending (مدرسةها for مدرستها);
- waw: the second و of ؤو / وو left out or added (شؤن for شؤون);
- persian: the Persian letters ک and ی typed for ك and ي / ى.

A typed hamza (not a dropped one), ة/ه and ى/ي can make another real word (أعلام flags for إعلام
media, زميلة a female colleague for زميله his colleague): ``is_rival`` asks the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.text.normalize import lookup_form

# article, clitic and letter: what a wrong answer's notes say (learning.quiz_hints), never tolerated.
Kind = Literal[
    "hamza",
    "ta_marbuta",
    "ta_open",
    "alef_maqsura",
    "waw",
    "persian",
    "conjunction",
    "other",
    "article",
    "clitic",
    "letter",
]

HAMZAS = frozenset("أإآٱءؤئ")
SEATS = frozenset("اويى")
PERSIAN = {"ک": "ك", "ی": "يى"}  # a Persian keyboard letter -> the Arabic letters it stands for
OWN_SEATS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "يى"}  # a hamza's bare seat
_LETTER_SLIPS = ("ta_marbuta", "alef_maqsura")
_CACHE = 8192


@dataclass(frozen=True, slots=True)
class LetterDifference:
    position: int  # index in the expected word, without vowel marks
    given: str  # "" when the learner left the letter out
    expected: str  # "" when the learner added the letter
    kind: Kind


def letter_differences(
    typed: str, expected: str, *, followed: bool = False
) -> tuple[LetterDifference, ...] | None:
    """The fewest tolerated differences that turn ``typed`` into ``expected``; None if none do.

    ``followed`` says that letters the learner did not type follow the word (a shown ending), so
    the last letter of ``typed`` is not the end of the word.
    """
    n, m = len(typed), len(expected)
    infinite = n + m + 1
    cost = [[infinite] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, LetterDifference | None] | None]] = [
        [None] * (m + 1) for _ in range(n + 1)
    ]
    cost[0][0] = 0

    def relax(i: int, j: int, value: int, step: tuple[int, int, LetterDifference | None]) -> None:
        if value < cost[i][j]:
            cost[i][j], back[i][j] = value, step

    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == infinite:
                continue
            if i < n and j < m:
                last = i == n - 1 and not followed
                pair = _pair_kind(typed[i], expected[j], last=last)
                if pair == "same":
                    relax(i + 1, j + 1, here, (i, j, None))
                elif pair:
                    difference = LetterDifference(j, typed[i], expected[j], pair)
                    relax(i + 1, j + 1, here + 1, (i, j, difference))
            if j < m and (left_out := _optional_kind(expected, j)):
                relax(i, j + 1, here + 1, (i, j, LetterDifference(j, "", expected[j], left_out)))
            if i < n and (added := _optional_kind(typed, i)):
                relax(i + 1, j, here + 1, (i, j, LetterDifference(j, typed[i], "", added)))
    if cost[n][m] == infinite:
        return None
    return _path(back, n, m)


def _path(back, i: int, j: int) -> tuple[LetterDifference, ...]:
    found: list[LetterDifference] = []
    while (i, j) != (0, 0):
        i, j, difference = back[i][j]
        if difference is not None:
            found.append(difference)
    return tuple(reversed(found))


def _pair_kind(given: str, expected: str, *, last: bool) -> Kind | Literal["same"] | None:
    if given == expected:
        return "same"
    if expected in PERSIAN.get(given, ""):
        return "persian"
    if (expected in HAMZAS and (given in HAMZAS or given in SEATS)) or (
        given in HAMZAS and expected in SEATS
    ):
        return "hamza"
    pair = {given, expected}
    if pair == {"ة", "ه"}:
        return "ta_marbuta"
    if pair == {"ى", "ي"}:
        return "alef_maqsura"
    if given == "ة" and expected == "ت" and not last:
        return "ta_open"  # ة never stands inside a word: it is the ت before an ending
    return None


def _optional_kind(word: str, index: int) -> Kind | None:
    """A letter that may be left out (or added): a lone ء, the second و after ؤ or و."""
    letter = word[index]
    if letter == "ء":
        return "hamza"
    if letter == "و" and index > 0 and word[index - 1] in "ؤو":
        return "waw"
    return None


def is_rival(
    typed: str, expected: str, differences: tuple[LetterDifference, ...], lemma: str = ""
) -> bool:
    """True when the typed word is another word of the lexicon that could take the answer's slot.

    Only differences the learner made by choosing a letter count: a typed hamza or a bare seat
    that is not the hamza's own (ا for ئ), ة/ه, ى/ي; a hamza dropped to its own seat or left out
    is a dropped hamza, whatever the bare letters spell. A reading competes when
    its part of speech is one the answer has (a verb cannot fill a noun's slot); for a hamza it
    must belong to another lemma, for ة/ه and ى/ي be another reading altogether (زميلة shares
    زميل with زميله but is not "his colleague"). ``lemma`` is the item's, when it knows one.
    """
    hamza = any(d.kind == "hamza" and _chosen_hamza(d) for d in differences)
    letter = any(d.kind in _LETTER_SLIPS for d in differences)
    if not (hamza or letter):
        return False
    rivals = _exact_readings(typed)
    if not rivals:
        return False
    answer = _readings(expected)
    wanted = [r for r in answer if r.lemma == lemma] or list(answer)
    slot = {r.pos for r in wanted}
    lemmas = {r.lemma for r in wanted}
    readings = {_identity(r) for r in answer}
    for reading in rivals:
        if reading.pos not in slot:
            continue
        if hamza and reading.lemma not in lemmas:
            return True
        if letter and _identity(reading) not in readings:
            return True
    return False


def _chosen_hamza(difference: LetterDifference) -> bool:
    given = difference.given
    return given in HAMZAS or (bool(given) and given not in OWN_SEATS.get(difference.expected, ""))


def has_conjunction(word: str) -> bool:
    """True when the lexicon reads the word's first letter as the conjunction و."""
    return word.startswith("و") and any(
        r.prefixes[:1] == ("wa/CONJ",) for r in _exact_readings(word)
    )


def _identity(reading: Analysis) -> tuple:
    return (reading.lemma, reading.pos, reading.prefixes, reading.suffixes)


@lru_cache(maxsize=_CACHE)
def _readings(word: str) -> tuple[Analysis, ...]:
    return default_analyzer().analyze(word)


@lru_cache(maxsize=_CACHE)
def _exact_readings(word: str) -> tuple[Analysis, ...]:
    """Readings of the letters exactly as written (not the analyser's hamza-lenient guesses)."""
    form = lookup_form(word)
    return tuple(r for r in _readings(word) if r.prefix_text + r.stem + r.suffix_text == form)
