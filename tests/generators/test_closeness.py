"""The closeness measure of a statement to its sentence."""

from __future__ import annotations

from exercises.generators.closeness import copied_share, longest_copied_run, too_close

SENTENCE = "أقر مجلس النواب، في جلسة مطولة عقدها مساء يوم الأحد، مشروع قانون الموازنة العامة."


def test_a_copy_with_an_attribution_in_front_is_still_a_copy():
    statement = "بحسب المجلس، فإن مجلس النواب أقر في جلسة مطولة عقدها مساء يوم الأحد مشروع قانون"
    assert longest_copied_run(statement, SENTENCE) == 9
    assert too_close(
        "مجلس النواب أقر، في جلسة مطولة عقدها مساء يوم الأحد، مشروع قانون الموازنة العامة.",
        SENTENCE,
    )


def test_a_reworded_statement_is_not():
    statement = "يوم الأحد، صادق البرلمان على مشروع قانون الموازنة العامة."
    assert copied_share(statement, SENTENCE) <= 0.6
    assert not too_close(statement, SENTENCE)


def test_vowels_and_punctuation_do_not_count():
    assert longest_copied_run("أَقَرَّ مجلسُ النوابِ", SENTENCE) == 3
