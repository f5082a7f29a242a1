"""Item statistics against values computed by hand."""

import math

import pytest

from learning.item_stats import correlation, facility_index, item_statistics

# Four attempts on three items (1 = right, 0 = wrong):
#          a  b  c   total
#   A1     1  1  1   3
#   A2     1  0  1   2
#   A3     0  1  0   1
#   A4     0  0  0   0
ATTEMPTS = [
    {"a": 1, "b": 1, "c": 1},
    {"a": 1, "b": 0, "c": 1},
    {"a": 0, "b": 1, "c": 0},
    {"a": 0, "b": 0, "c": 0},
]


def test_facility_is_the_mean_score():
    assert facility_index([1, 1, 0, 0]) == 0.5
    assert facility_index([1, 0.5, 0, 0]) == 0.375
    assert facility_index([]) is None


def test_discrimination_is_the_correlation_with_the_rest_of_the_test():
    stats = {one.key: one for one in item_statistics(ATTEMPTS, ["a", "b", "c"])}
    # a: scores 1 1 0 0, rest of test 2 1 1 0; deviations .5 .5 -.5 -.5 and 1 0 0 -1:
    # covariance sum 1, spreads 1 and 2, r = 1 / sqrt(2)
    assert stats["a"].discrimination == pytest.approx(1 / math.sqrt(2))
    # b: scores 1 0 1 0, rest 2 2 0 0; deviations .5 -.5 .5 -.5 and 1 1 -1 -1: covariance 0
    assert stats["b"].discrimination == pytest.approx(0.0)
    assert stats["c"].discrimination == pytest.approx(1 / math.sqrt(2))
    assert [stats[key].facility for key in "abc"] == [0.5, 0.5, 0.5]
    assert stats["a"].attempts == 4


def test_an_item_everybody_got_right_has_no_discrimination():
    stats = item_statistics([{"a": 1, "b": 1}, {"a": 1, "b": 0}], ["a", "b"])
    assert stats[0].facility == 1.0
    assert stats[0].discrimination is None


def test_a_negative_discrimination_is_kept():
    # The weakest learners get this one right: r must come out negative.
    attempts = [{"x": 0, "y": 1, "z": 1}, {"x": 0, "y": 1, "z": 0}, {"x": 1, "y": 0, "z": 0}]
    x = item_statistics(attempts, ["x", "y", "z"])[0]
    # x: 0 0 1, rest 2 1 0: deviations -1/3 -1/3 2/3 and 1 0 -1: cov -1, spreads 2/3 and 2
    assert x.discrimination == pytest.approx(-1 / math.sqrt(4 / 3))


def test_wrong_answers_are_counted_most_frequent_first():
    stats = item_statistics(
        [{"a": 0}, {"a": 0}, {"a": 0}, {"a": 1}], ["a"], {"a": ["بكتابة", "بدراسة", "بكتابة"]}
    )
    assert stats[0].wrong_given == (("بكتابة", 2), ("بدراسة", 1))


def test_correlation_needs_two_varying_series():
    assert correlation([1], [1]) is None
    assert correlation([1, 1, 1], [0, 1, 2]) is None
    assert correlation([0, 1, 2], [0, 2, 4]) == pytest.approx(1.0)


def test_answers_count_the_attempts_that_answered_and_ten_are_enough():
    attempts = [{"a": 1.0, "b": 0.0}] * 9 + [{"a": 0.0}]
    a, b = item_statistics(attempts, ["a", "b"])
    assert (a.attempts, a.answers, b.answers) == (10, 10, 9)
    assert a.enough and not b.enough
