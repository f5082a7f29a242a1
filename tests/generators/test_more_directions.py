"""More opposites for false statements (``directions.txt``): a trend (تتزايد -> تتناقص), an
outcome (نجحت -> فشلت), a judgement (إيجابي -> سلبي), a bound (أكثر -> أقل), a side of a
country (الشمالي -> الجنوبي)."""

from __future__ import annotations

import pytest

from exercises.generators.directions import direction_swap
from tests.generators.conftest import analysed_text

CASES = [
    ("وقال المدير إن أعداد الزوار تتزايد كل عام في المدينة القديمة.", "تتزايد", "تتناقص"),
    ("وأعلنت الوزارة أن الحملة نجحت في الوصول إلى القرى البعيدة.", "نجحت", "فشلت"),
    ("وقال الخبير إن للقرار أثرا إيجابيا على أسواق المنطقة كلها.", "إيجابيا", "سلبيا"),
    ("وأوضح المدير أن المعرض استقبل أكثر من 600 زائر في يومه الأول.", "أكثر", "أقل"),
    ("وقالت الهيئة إن الأمطار ستهطل على الساحل الشمالي في نهاية الأسبوع.", "الشمالي", "الجنوبي"),
]


@pytest.mark.parametrize(("sentence", "was", "now"), CASES)
def test_the_opposite_is_put_in(sentence, was, now):
    article = analysed_text(f"عنوان الخبر\n\n{sentence}\n").context
    index = article.body_sentences[0]
    start, end = article.statement(index)
    edit = direction_swap(article, index, start, end)
    assert edit is not None
    assert (article.text[edit.start : edit.end], edit.replacement) == (was, now)


def test_no_direction_is_turned_where_a_second_one_agrees_with_it():
    # «انخفضت أسعار النفط إلى أعلى مستوى لها»: one word turned, the statement contradicts
    # itself and is found false without the article (the eighth blind review)
    sentence = "وارتفعت أسعار الذهب يوم الاثنين إلى أعلى مستوى لها في ثلاثة أشهر."
    article = analysed_text(f"عنوان الخبر\n\n{sentence}\n").context
    index = article.body_sentences[0]
    start, end = article.statement(index)
    assert direction_swap(article, index, start, end) is None


def test_a_side_or_a_bound_beside_a_move_still_lets_it_turn():
    # only a level (أعلى، مرتفع) agrees with a move; الشمالي or أكثر beside it does not
    # (a code review: the rule first blocked every adjective)
    sentence = "وارتفعت درجات الحرارة في الجزء الشمالي من البلاد خلال الأسبوع الماضي."
    article = analysed_text(f"عنوان الخبر\n\n{sentence}\n").context
    index = article.body_sentences[0]
    start, end = article.statement(index)
    edit = direction_swap(article, index, start, end)
    assert edit is not None and edit.replacement.endswith("انخفضت"), edit
