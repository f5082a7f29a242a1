"""Answer matching: tashkeel and tatweel ignored, hamza / ta marbuta / alef maqsura lenient."""

import pytest

from learning.judging import judge_choice, judge_matching, judge_ordering, judge_typed


def test_it_accepts_the_exact_word():
    result = judge_typed("الألعاب", "الألعاب")
    assert (result.verdict, result.score, result.differences) == ("correct", 1.0, ())


def test_it_ignores_tashkeel_and_tatweel():
    assert judge_typed("الأَلْعَاب", "الألعاب").verdict == "correct"
    assert judge_typed("الألـــعاب", "الألعاب").verdict == "correct"
    assert judge_typed("كتاب", "كِتَابٌ").verdict == "correct"


def test_it_ignores_spaces_and_final_punctuation():
    assert judge_typed("  الألعاب. ", "الألعاب").verdict == "correct"


def test_a_missing_hamza_is_right_but_mind_the_spelling():
    result = judge_typed("الالعاب", "الألعاب")
    assert result.verdict == "spelling"
    assert result.correct and result.score == 1.0
    assert len(result.differences) == 1
    difference = result.differences[0]
    assert (difference.position, difference.given, difference.expected, difference.kind) == (
        2,
        "ا",
        "أ",
        "hamza",
    )


@pytest.mark.parametrize(
    ("given", "expected", "kind"),
    [
        ("اشارة", "إشارة", "hamza"),
        ("امن", "آمن", "hamza"),
        ("مسئول", "مسؤول", "hamza"),
        ("المدرسه", "المدرسة", "ta_marbuta"),
        ("الاداره", "الإدارة", None),  # two differences: alef hamza and ta marbuta
        ("مستشفي", "مستشفى", "alef_maqsura"),
    ],
)
def test_it_names_each_spelling_difference(given, expected, kind):
    result = judge_typed(given, expected)
    assert result.verdict == "spelling"
    if kind:
        assert [d.kind for d in result.differences] == [kind]
    else:
        assert [d.kind for d in result.differences] == ["hamza", "ta_marbuta"]


def test_other_letters_are_wrong():
    assert judge_typed("الألعان", "الألعاب").verdict == "wrong"
    assert judge_typed("العاب", "الألعاب").verdict == "wrong", "a missing letter is not a seat"
    assert judge_typed("مسعول", "مسؤول").verdict == "wrong", "an ayn is not a hamza"
    assert judge_typed("", "الألعاب").verdict == "wrong"
    assert judge_typed("الألعاب", "الألعاب").score == 1.0
    assert judge_typed("xyz", "الألعاب").score == 0.0


def test_choice_items_need_the_exact_option():
    assert judge_choice("صح", "صح").verdict == "correct"
    assert judge_choice("خطأ", "صح").verdict == "wrong"


def test_matching_scores_each_pair():
    pairs = [["a", "1"], ["b", "2"], ["c", "3"], ["d", "4"]]
    assert judge_matching({"a": "1", "b": "2", "c": "3", "d": "4"}, pairs).verdict == "correct"
    half = judge_matching({"a": "1", "b": "2", "c": "4", "d": "3"}, pairs)
    assert (half.verdict, half.score) == ("partial", 0.5)
    assert judge_matching({"a": "2", "b": "1"}, pairs).verdict == "wrong"


def test_ordering_scores_places():
    sequence = ["a", "b", "c"]
    assert judge_ordering(["a", "b", "c"], sequence).verdict == "correct"
    one = judge_ordering(["a", "c", "b"], sequence)
    assert one.verdict == "partial" and one.score == pytest.approx(1 / 3)
    assert judge_ordering(["c", "a", "b"], sequence).score == 0.0
