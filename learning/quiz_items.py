"""An item as a learner sees it, built from the frozen content of an ItemVersion. No Django.

It knows how to lay itself out (options, matching choices, ordering choices), how to read a
submitted form into a ``given`` value, how to judge it, and how to write a given value as text.
Given values as stored: a string for multiple choice, true/false and typed items; a mapping
left -> right for matching; the list of texts in the learner's order for ordering.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from exercises.generators.items import BLANK
from learning.judging import Judgement, judge_choice, judge_matching, judge_ordering, judge_typed

CHOICE_TYPES = frozenset({"multiple_choice", "true_false"})


class GivenError(ValueError):
    """The form does not hold a complete answer; the message says what is missing."""


@dataclass(frozen=True, slots=True)
class QuizItem:
    version_id: int
    type: str
    kind: str
    prompt: str
    instruction: str
    answer: str
    options: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]
    sequence: tuple[str, ...]
    support: tuple[tuple[int, int], ...]
    hint: str
    lemma: str

    @property
    def lefts(self) -> tuple[str, ...]:
        return tuple(left for left, _right in self.pairs)

    @property
    def rights(self) -> tuple[str, ...]:
        """The right-hand texts of a matching item, in the (shuffled) order they are offered."""
        wanted = [right for _left, right in self.pairs]
        if sorted(self.options) == sorted(wanted):
            return self.options
        return _shuffled(wanted, self.version_id)

    @property
    def ordering_choices(self) -> tuple[str, ...]:
        """The elements of an ordering item in the (shuffled) order they are offered."""
        if sorted(self.options) == sorted(self.sequence) and self.options != self.sequence:
            return self.options
        return _shuffled(list(self.sequence), self.version_id)

    def given_from_form(self, data: Mapping[str, str]):
        """Read a submitted form; raise GivenError when the answer is incomplete."""
        if self.type == "matching":
            given = {}
            for index, left in enumerate(self.lefts):
                choice = data.get(f"match-{index}", "")
                if choice not in self.rights:
                    raise GivenError("match")
                given[left] = choice
            return given
        if self.type == "ordering":
            choices = self.ordering_choices
            places: dict[int, str] = {}
            for index, text in enumerate(choices):
                try:
                    place = int(data.get(f"order-{index}", ""))
                except ValueError:
                    raise GivenError("order") from None
                if not 1 <= place <= len(choices) or place in places:
                    raise GivenError("order")
                places[place] = text
            return [places[place] for place in sorted(places)]
        given = data.get("answer", "").strip()
        if not given or (self.type in CHOICE_TYPES and given not in self.options_shown):
            raise GivenError("answer")
        return given[:500]

    @property
    def options_shown(self) -> tuple[str, ...]:
        if self.type == "true_false" and not self.options:
            return ("صح", "خطأ")
        return self.options

    def judge(self, given) -> Judgement:
        if self.type == "typed":
            prefix, suffix = shown_clitics(self.prompt)
            return judge_typed(
                str(given), self.answer, prefix=prefix, suffix=suffix, lemma=self.lemma
            )
        if self.type == "matching":
            return judge_matching(given if isinstance(given, Mapping) else {}, self.pairs)
        if self.type == "ordering":
            return judge_ordering(list(given) if isinstance(given, list) else [], self.sequence)
        return judge_choice(str(given), self.answer)

    def expected_text(self) -> str:
        if self.type == "matching":
            return given_text(dict(self.pairs))
        if self.type == "ordering":
            return given_text(list(self.sequence))
        return self.answer


def quiz_item(version_id: int, content: Mapping) -> QuizItem:
    return QuizItem(
        version_id=version_id,
        type=content.get("type", ""),
        kind=content.get("kind", ""),
        prompt=content.get("prompt", ""),
        instruction=content.get("instruction", ""),
        answer=content.get("answer", ""),
        options=tuple(content.get("options") or ()),
        pairs=tuple((str(a), str(b)) for a, b in content.get("pairs") or ()),
        sequence=tuple(content.get("sequence") or ()),
        support=tuple((int(a), int(b)) for a, b in content.get("support") or ()),
        hint=content.get("hint", ""),
        lemma=content.get("lemma", ""),
    )


def shown_clitics(prompt: str) -> tuple[str, str]:
    """The letters a cloze prompt shows joined to its gap (بالـ＿＿＿＿ـه -> ("بال", "ه"))."""
    at = prompt.find(BLANK)
    if at < 0:
        return "", ""
    start, end = at, at + len(BLANK)
    while start > 0 and _in_word(prompt[start - 1]):
        start -= 1
    while end < len(prompt) and _in_word(prompt[end]):
        end += 1
    before, after = prompt[start:at], prompt[at + len(BLANK) : end]
    return before.replace("ـ", ""), after.replace("ـ", "")


def _in_word(char: str) -> bool:
    """An Arabic letter, vowel mark or tatweel: part of the word the gap sits in."""
    return "\u0600" <= char <= "\u06ff" and (char.isalpha() or unicodedata.category(char) == "Mn")


def given_text(given) -> str:
    """A stored answer as one line of text."""
    if isinstance(given, Mapping):
        return " ؛ ".join(f"{left} ← {right}" for left, right in given.items())
    if isinstance(given, list):
        return " ← ".join(str(part) for part in given)
    return str(given)


def _shuffled(texts: list[str], seed: int) -> tuple[str, ...]:
    shuffled = list(texts)
    random.Random(seed).shuffle(shuffled)
    return tuple(shuffled)
