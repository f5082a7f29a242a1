"""«ما الفكرة الرئيسة للنص؟»: the headline against detail sentences of the same article."""

from __future__ import annotations

from exercises.generators.main_idea import PROMPT, main_idea_items
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

WITH_TITLE = """المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون

عمّان - افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.

وتضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية.

وبلغت كلفة المشروع نحو 2 مليون دينار خلال ثلاث سنوات.

وستفتح المكتبة أبوابها يوميا من الساعة 9 صباحا حتى الساعة 6 مساء.

وقال رئيس البلدية سامي خالد إن "القراءة تبدأ في البيت".
"""

NO_TITLE = """افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.
وتضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية.
وبلغت كلفة المشروع نحو 2 مليون دينار خلال ثلاث سنوات.
وستفتح المكتبة أبوابها يوميا من الساعة 9 صباحا حتى الساعة 6 مساء.
"""

FEW_DETAILS = """المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون

افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.

وتضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية.
"""


def items_of(text: str):
    article = analysed_text(text)
    items = main_idea_items(article.context, 0)
    check_items(article.analysed, tuple(items))
    return items


def test_the_headline_is_the_main_idea_and_details_are_the_wrong_options():
    (item,) = items_of(WITH_TITLE)
    assert item.prompt == PROMPT
    assert item.answer == "المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون"
    assert set(item.options) - {item.answer} == {
        "تضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية",
        "بلغت كلفة المشروع نحو 2 مليون دينار خلال ثلاث سنوات",
        "ستفتح المكتبة أبوابها يوميا من الساعة 9 صباحا حتى الساعة 6 مساء",
    }


def test_the_lead_and_quotes_are_never_wrong_options():
    (item,) = items_of(WITH_TITLE)
    assert not any("افتتحت" in option or '"' in option for option in item.options)


def test_no_headline_no_item():
    assert items_of(NO_TITLE) == []


def test_fewer_than_two_details_no_item():
    assert items_of(FEW_DETAILS) == []


LEANING = """المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون

افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.

وتضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية.

إذ بلغت كلفة المشروع نحو 2 مليون دينار خلال ثلاث سنوات.

وأضاف أن المكتبة ستفتح أبوابها يوميا من الساعة 9 صباحا.

وتستقبل القاعة الكبرى 120 طفلا في وقت واحد، مقابل 40 طفلا في القاعة الصغيرة.
"""


def test_a_sentence_leaning_on_the_one_before_is_not_an_option_and_a_tail_is_cut():
    (item,) = items_of(LEANING)
    assert set(item.options) - {item.answer} == {
        "تضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية",
        "تستقبل القاعة الكبرى 120 طفلا في وقت واحد",
    }


def test_the_set_has_the_main_idea_among_its_types():
    from exercises.generators.comprehension import generate_comprehension
    from exercises.generators.items import GenerationOptions

    items = generate_comprehension(analysed_text(WITH_TITLE).context, GenerationOptions(count=20))
    assert [item.answer for item in items if item.subtype == "main_idea"] == [
        "المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون"
    ]
