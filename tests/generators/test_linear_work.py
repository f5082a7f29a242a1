"""Work per article grows with its length, not with its square: counted calls, no timings.

A corpus article written 2 and 8 times over: four times the text may cost about four times the
calls of a step (6x allowed), never the sixteen times a scan per sentence over the whole article
costs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from exercises.generators import reference, who_said
from exercises.generators.reference import reference_items
from exercises.generators.true_false import true_false_items
from tests.generators.conftest import analysed_text

ARTICLE = Path(__file__).resolve().parent.parent / "corpus" / "01_politics_jordan_budget_vote.txt"

RATIO = 6


def _calls(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str, run: Callable[[object], object]
) -> list[int]:
    counts = []
    original = getattr(module, name)
    for copies in (2, 8):
        count = 0

        def counted(*args, **kwargs):
            nonlocal count
            count += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
        article = analysed_text("\n\n".join([ARTICLE.read_text(encoding="utf-8")] * copies))
        run(article.context)
        counts.append(count)
    return counts


def test_it_reads_the_full_names_once_per_article_for_true_or_false(monkeypatch):
    small, large = _calls(
        monkeypatch, who_said, "_common_definite", lambda article: true_false_items(article, 0)
    )
    assert small > 0 and large <= RATIO * small


def test_it_reads_only_the_nearest_phrases_for_the_wrong_options_of_a_reference(monkeypatch):
    small, large = _calls(
        monkeypatch, reference, "_words", lambda article: reference_items(article, 0)
    )
    assert small > 0 and large <= RATIO * small
