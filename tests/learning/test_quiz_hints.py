"""What differs in a wrong typed answer, said in words: the article, a joined letter."""

from learning.quiz_hints import wrong_hint


def test_the_article_left_out_or_added():
    assert wrong_hint("اجتماع", "الاجتماع") == ("article_missing", "ال")
    assert wrong_hint("الاجتماع", "اجتماع") == ("article_added", "ال")


def test_a_joined_letter_left_out_or_added():
    assert wrong_hint("كتاب", "بكتاب") == ("clitic_missing", "ب")
    assert wrong_hint("فقال", "قال") == ("clitic_added", "ف")


def test_vowel_marks_and_spaces_do_not_hide_the_difference():
    assert wrong_hint(" اجتماعٌ ", "الاجتماع") == ("article_missing", "ال")


def test_other_wrong_answers_get_no_hint():
    assert wrong_hint("مدرسة", "الاجتماع") is None
    assert wrong_hint("", "الاجتماع") is None
