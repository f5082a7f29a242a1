"""Item statistics for a quiz, after Moodle's quiz statistics report. Plain Python, no Django.

- Facility index: the mean score fraction on the item (0 = nobody right, 1 = everybody right).
- Discrimination index: Pearson's correlation between the score on the item and the score on the
  rest of the test (the attempt's total minus this item), over attempts — Moodle's definition,
  which it shows as a percentage. It is undefined (None) with fewer than two attempts or when
  either score does not vary.
- Wrong options: how many times each wrong option (or wrong typed answer) was given.

Which attempts count is the caller's choice; the class dashboard uses each learner's first
finished attempt, as Moodle does by default.

With fewer than ``MIN_ANSWERS`` answers a figure says more about chance than about the item
(three learners give a discrimination of 100% or -100% easily): ``enough`` is False and pages
show "too few answers" instead of it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

MIN_ANSWERS = 10


@dataclass(frozen=True, slots=True)
class ItemStatistics:
    key: Hashable
    attempts: int  # one per learner, on the class dashboard
    facility: float | None
    discrimination: float | None
    wrong_given: tuple[tuple[str, int], ...] = ()
    answers: int = 0  # attempts that answered the item

    @property
    def enough(self) -> bool:
        """Whether the figures rest on enough answers to be shown."""
        return self.answers >= MIN_ANSWERS


def facility_index(scores: Sequence[float]) -> float | None:
    return sum(scores) / len(scores) if scores else None


def correlation(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None when it is undefined."""
    n = len(xs)
    if n < 2 or n != len(ys):
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    spread_x = sum((x - mean_x) ** 2 for x in xs)
    spread_y = sum((y - mean_y) ** 2 for y in ys)
    if spread_x <= 1e-12 or spread_y <= 1e-12:
        return None
    return covariance / math.sqrt(spread_x * spread_y)


def item_statistics(
    attempts: Sequence[Mapping[Hashable, float]],
    keys: Sequence[Hashable],
    wrong_answers: Mapping[Hashable, Sequence[str]] | None = None,
) -> list[ItemStatistics]:
    """Statistics for every item ``key`` over ``attempts`` (each maps item key -> score 0..1).

    An item an attempt did not answer scores 0 in it.
    """
    wrong_answers = wrong_answers or {}
    totals = [sum(attempt.get(key, 0.0) for key in keys) for attempt in attempts]
    result = []
    for key in keys:
        scores = [attempt.get(key, 0.0) for attempt in attempts]
        rest = [total - score for total, score in zip(totals, scores, strict=True)]
        counts = Counter(wrong_answers.get(key, ()))
        result.append(
            ItemStatistics(
                key=key,
                attempts=len(attempts),
                facility=facility_index(scores),
                discrimination=correlation(scores, rest),
                wrong_given=tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))),
                answers=sum(1 for attempt in attempts if key in attempt),
            )
        )
    return result
