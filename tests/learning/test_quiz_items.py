"""A typed item judges with what its prompt shows around the gap and with its own lemma."""

import pytest

from learning.quiz_items import quiz_item, shown_clitics


def typed(prompt: str, answer: str, lemma: str = ""):
    content = {"type": "typed", "kind": "cloze", "prompt": prompt, "answer": answer}
    return quiz_item(1, content | {"lemma": lemma})


@pytest.mark.parametrize(
    ("prompt", "shown"),
    [
        ("ذهب الأولاد بالـ＿＿＿＿ إلى البحر.", ("بال", "")),
        ("زار ＿＿＿＿ـه في المستشفى.", ("", "ه")),
        ("قرأت و＿＿＿＿ـها أمس.", ("و", "ها")),
        ("شاهدنا فيلم «＿＿＿＿» مساء الخميس.", ("", "")),
        ("وصل ＿＿＿＿، ثم غادر.", ("", "")),
        ("لا فراغ في هذه الجملة.", ("", "")),
    ],
)
def test_the_letters_shown_joined_to_the_gap(prompt, shown):
    assert shown_clitics(prompt) == shown


def test_a_shown_prefix_typed_again_is_right():
    item = typed("ذهب الأولاد بالـ＿＿＿＿ إلى البحر.", "سيارة")
    assert item.judge("بالسيارة").verdict == "correct"
    assert item.judge("سيارة").verdict == "correct"
    assert item.judge("بالسياره").verdict == "spelling", "after ال the ه can only be a slip"


def test_a_shown_ending_typed_again_is_right():
    item = typed("زار ＿＿＿＿ـه في المستشفى.", "صديق")
    assert item.judge("صديقه").verdict == "correct"
    assert item.judge("صديقها").verdict == "wrong"


def test_the_items_lemma_says_which_word_a_bare_alef_was():
    item = typed("تحدث وزير ＿＿＿＿ عن الخطة.", "الاعلام", lemma="إعلام")
    assert item.judge("الإعلام").verdict == "spelling"
    assert item.judge("الأعلام").verdict == "wrong"
