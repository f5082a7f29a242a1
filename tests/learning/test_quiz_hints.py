"""What differs in a wrong typed answer, said in words: the article, a joined letter, a hamza
seat, one other letter; nothing when the answer is too far off."""

from learning.quiz_hints import wrong_notes
from learning.spelling import LetterDifference as D


def kinds(given: str, expected: str, shown: str = "") -> list[tuple[str, str, str]]:
    return [(d.kind, d.given, d.expected) for d in wrong_notes(given, expected, shown)]


def test_the_article_left_out_or_added():
    assert kinds("اجتماع", "الاجتماع") == [("article", "", "ال")]
    assert kinds("الاجتماع", "اجتماع") == [("article", "ال", "")]


def test_a_joined_letter_left_out_or_added():
    assert kinds("كتاب", "بكتاب") == [("clitic", "", "ب")]
    assert kinds("فقال", "قال") == [("clitic", "ف", "")]


def test_a_joined_letter_and_the_article_both_left_out():
    assert kinds("كتاب", "بالكتاب") == [("clitic", "", "ب"), ("article", "", "ال")]


def test_the_article_and_a_hamza_seat():
    # الإعلان written without its article and with a bare alef.
    assert kinds("اعلان", "الإعلان") == [("article", "", "ال"), ("hamza", "ا", "إ")]


def test_one_letter_left_out_added_or_changed_with_its_place_in_the_right_answer():
    assert wrong_notes("الاجتمع", "الاجتماع") == (D(6, "", "ا", "letter"),)
    assert kinds("الاجتماعع", "الاجتماع") == [("letter", "ع", "")]
    assert kinds("الاجتمال", "الاجتماع") == [("letter", "ل", "ع")]


def test_vowel_marks_and_spaces_do_not_hide_the_difference():
    assert kinds(" اجتماعٌ ", "الاجتماع") == [("article", "", "ال")]


def test_other_wrong_answers_get_no_note():
    assert wrong_notes("مدرسة", "الاجتماع") == ()
    assert wrong_notes("", "الاجتماع") == ()
    assert wrong_notes("الاجتماع", "الاجتماع") == ()
    assert wrong_notes("اجتمع", "الاجتماع") != ()  # article and one letter: two notes
    assert wrong_notes("جتمع", "الاجتماع") == (), "four differences are too many to list"


def test_letters_shown_before_the_gap_and_typed_again_are_not_a_difference():
    # The prompt shows بـ＿＿＿＿; the learner typed it again and left out ة.
    assert kinds("بزيار", "زيارة", shown="ب") == [("letter", "", "ة")]
    assert kinds("بزيار", "زيارة")[0] == ("clitic", "ب", "")
