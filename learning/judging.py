"""Judging a learner's answer against the expected one. Plain Python, no Django.

Typed answers are judged with Arabic-aware leniency (see ``learning.spelling`` for the letters):

- vowel marks (tashkeel), tatweel, invisible marks (ZWNJ, ZWJ, RLM...), extra spaces and
  punctuation around the word never count;
- letters the prompt shows joined to the gap (بالـ＿＿＿＿) may be typed again;
- the conjunction و the article joins to the word may be left out (a note, still correct);
- a hamza dropped or on another seat, ة/ه, ى/ي, a Persian ک or ی are "correct, mind the
  spelling", every difference reported letter by letter; unless the typed letters spell another
  word of the lexicon that could fill the slot (أعلام for إعلام, زميلة for زميله): wrong;
- anything else is wrong.

Matching and ordering items score the fraction of pairs or places that are right; they count as
correct only when every one is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from exercises.arabic.text.normalize import display_form, normalize_digits, strip_tashkeel
from learning.spelling import LetterDifference, has_conjunction, is_rival, letter_differences

Verdict = Literal["correct", "spelling", "partial", "wrong"]

_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " .,!?؟،؛:;\"'«»()[]-“”‘’…"
_RANK = {"correct": 2, "spelling": 1, "wrong": 0}

__all__ = ["Judgement", "LetterDifference", "clean_typed", "judge_typed"]


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Verdict
    score: float  # 0..1
    differences: tuple[LetterDifference, ...] = ()

    @property
    def correct(self) -> bool:
        return self.verdict in ("correct", "spelling")


_WRONG = Judgement("wrong", 0.0)


def clean_typed(text: str) -> str:
    """What a typed answer is compared as: display form, no marks, single spaces, no edge punctuation."""
    text = "".join(ch for ch in display_form(text) if unicodedata.category(ch) != "Cf")
    text = normalize_digits(_SPACES.sub(" ", strip_tashkeel(text)))
    return text.strip(_EDGE_PUNCT)


def judge_typed(
    given: str, expected: str, *, prefix: str = "", suffix: str = "", lemma: str = ""
) -> Judgement:
    """Judge a typed answer; see the module's notes for what is accepted.

    ``prefix`` and ``suffix`` are the letters the prompt shows joined to the gap; ``lemma`` is the
    item's lemma, which says which word a bare spelling of the answer stands for.
    """
    written, wanted = clean_typed(given), clean_typed(expected)
    if not written or not wanted:
        return _WRONG
    if written == wanted:
        return Judgement("correct", 1.0)
    before, after = clean_typed(prefix), clean_typed(suffix)
    best = _WRONG
    for typed in _without_shown(written, before, after):
        for answer, notes in _answer_forms(wanted, before, after):
            found = _judge_letters(typed, answer, notes, (before, after), lemma)
            if found is not None and _better(found, best):
                best = found
    return best


def _without_shown(written: str, before: str, after: str) -> Iterator[str]:
    """The typed text, and the typed text without the shown letters typed again around it."""
    starts = [0] + [k for k in range(1, len(before) + 1) if written.startswith(before[-k:])]
    if before.endswith("لل") and written.startswith("ال"):
        starts.append(2)  # لل is لِ + ال: the learner typed the article in full
    ends = [0] + [k for k in range(1, len(after) + 1) if written.endswith(after[:k])]
    for start in starts:
        for end in ends:
            typed = written[start : len(written) - end]
            if typed:
                yield typed


def _answer_forms(
    wanted: str, before: str, after: str
) -> Iterator[tuple[str, tuple[LetterDifference, ...]]]:
    yield wanted, ()
    if not before and len(wanted) > 2 and " " not in wanted and has_conjunction(wanted + after):
        yield wanted[1:], (LetterDifference(0, "", "و", "conjunction"),)


def _judge_letters(
    typed: str,
    answer: str,
    notes: tuple[LetterDifference, ...],
    shown: tuple[str, str],
    lemma: str,
) -> Judgement | None:
    before, after = shown
    differences = letter_differences(typed, answer, followed=bool(after))
    if differences is None:
        return None
    offset = len(notes)
    differences = tuple(
        LetterDifference(d.position + offset, d.given, d.expected, d.kind) for d in differences
    )
    typed_words, answer_words = typed.split(" "), answer.split(" ")
    if differences and len(typed_words) == len(answer_words):
        last = len(answer_words) - 1
        for index, (got, want) in enumerate(zip(typed_words, answer_words, strict=True)):
            got = (before if index == 0 else "") + got + (after if index == last else "")
            want = (before if index == 0 else "") + want + (after if index == last else "")
            if got != want and is_rival(got, want, differences, lemma):
                return None
    spelling = any(d.kind != "conjunction" for d in differences)
    return Judgement("spelling" if spelling else "correct", 1.0, notes + differences)


def _better(one: Judgement, other: Judgement) -> bool:
    if _RANK[one.verdict] != _RANK[other.verdict]:
        return _RANK[one.verdict] > _RANK[other.verdict]
    return len(one.differences) < len(other.differences)


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
