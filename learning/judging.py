"""Judging a learner's answer against the expected one. Plain Python, no Django.

Typed answers are judged with Arabic-aware leniency:

- vowel marks (tashkeel) and tatweel never count;
- a difference only in hamza seats and alef forms (أ إ آ ٱ ا, ؤ ئ ء), in ta marbuta / ha (ة ه)
  or in alef maqsura / ya (ى ي) is accepted as "correct, mind the spelling", and every such
  difference is reported letter by letter;
- anything else is wrong.

Matching and ordering items score the fraction of pairs or places that are right; they count as
correct only when every one is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from exercises.arabic.text.normalize import (
    display_form,
    normalize_digits,
    normalize_key,
    strip_tashkeel,
)

Verdict = Literal["correct", "spelling", "partial", "wrong"]

_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " .,!?؟،؛:;\"'«»()[]-\u200f\u200e"

HAMZA_ALEF = frozenset("اأإآٱءؤئ")
TA_HA = frozenset("ةه")
MAQSURA_YA = frozenset("ىي")


@dataclass(frozen=True, slots=True)
class LetterDifference:
    position: int  # index in the expected word, without vowel marks
    given: str
    expected: str
    kind: Literal["hamza", "ta_marbuta", "alef_maqsura", "other"]


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    score: float  # 0..1
    differences: tuple[LetterDifference, ...] = ()

    @property
    def correct(self) -> bool:
        return self.verdict in ("correct", "spelling")


def clean_typed(text: str) -> str:
    """What a typed answer is compared as: display form, no marks, single spaces, no edge punctuation."""
    text = strip_tashkeel(display_form(text))
    text = normalize_digits(_SPACES.sub(" ", text))
    return text.strip(_EDGE_PUNCT)


def judge_typed(given: str, expected: str) -> Judgement:
    """Judge a typed answer; see the module's notes for what is accepted."""
    written, wanted = clean_typed(given), clean_typed(expected)
    if not written:
        return Judgement("wrong", 0.0)
    if written == wanted:
        return Judgement("correct", 1.0)
    if normalize_key(written) != normalize_key(wanted) or len(written) != len(wanted):
        return Judgement("wrong", 0.0)
    differences = tuple(
        LetterDifference(index, got, want, _difference_kind(got, want))
        for index, (got, want) in enumerate(zip(written, wanted, strict=True))
        if got != want
    )
    return Judgement("spelling", 1.0, differences)


def judge_choice(given: str, expected: str) -> Judgement:
    """Multiple choice and true/false: the chosen option must be the right one, exactly."""
    return Judgement("correct", 1.0) if given == expected else Judgement("wrong", 0.0)


def judge_matching(given: Mapping[str, str], pairs: Sequence[Sequence[str]]) -> Judgement:
    """``given`` maps each left text to the right text the learner chose."""
    if not pairs:
        return Judgement("wrong", 0.0)
    right = sum(1 for left, expected in pairs if given.get(left) == expected)
    return _fraction(right, len(pairs))


def judge_ordering(given: Sequence[str], sequence: Sequence[str]) -> Judgement:
    """One point per element in its right place (absolute position)."""
    if not sequence:
        return Judgement("wrong", 0.0)
    right = sum(1 for got, want in zip(given, sequence, strict=False) if got == want)
    return _fraction(right, len(sequence))


def _fraction(right: int, total: int) -> Judgement:
    score = right / total
    if right == total:
        return Judgement("correct", 1.0)
    return Judgement("partial" if right else "wrong", score)


def _difference_kind(
    given: str, expected: str
) -> Literal["hamza", "ta_marbuta", "alef_maqsura", "other"]:
    pair = {given, expected}
    if pair <= HAMZA_ALEF:
        return "hamza"
    if pair <= TA_HA:
        return "ta_marbuta"
    if pair <= MAQSURA_YA:
        return "alef_maqsura"
    return "other"
