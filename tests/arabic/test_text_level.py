"""The level of a text from its words' levels: the first level covering 95% of running words."""

import pytest

from exercises.arabic.text_level import text_level


@pytest.mark.parametrize(
    ("occurrences", "running", "level"),
    [
        ({}, 0, ""),
        ({}, 100, "A1"),  # grammar words and names only
        ({"A1": 50, "C2": 5}, 100, "A1"),  # 5% above A1: covered at A1
        ({"A1": 50, "C2": 6}, 100, "C2"),  # 6% of C2 words
        ({"A1": 30, "B1": 10, "C1": 4}, 100, "B1"),
        ({"A2": 20, "B2": 6, "C1": 5}, 100, "B2"),
        ({"C2": 100}, 100, "C2"),
    ],
)
def test_it_is_the_first_level_covering_95_percent(occurrences, running, level):
    assert text_level(occurrences, running) == level
