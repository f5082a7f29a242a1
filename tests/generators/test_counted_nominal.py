"""«كم» asked of a count in a clause whose subject comes first (issue #12): after «أن/إن» a
reported clause often puts its subject before a verb of counting (المركز استقبل ... زائر,
عملية البناء استغرقت ... شهرا); the question puts the verb first and names what is counted,
with a time adjunct after the verb kept (منذ مطلع العام الجاري)."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

LIBRARY = """افتتاح المكتبة العامة الجديدة في المدينة

افتتحت البلدية، يوم السبت، المكتبة العامة الجديدة في وسط المدينة بعد سنوات من الانتظار.

وقال مدير المشروع في مؤتمر صحافي إن عملية البناء استغرقت نحو 18 شهرا بسبب صعوبات التمويل.

وأوضح أن المركز الثقافي استقبل منذ مطلع العام الجاري 3500 زائر من طلاب المدارس والجامعات.

وأضاف أن فريقه سجل 40 طلبا للتطوع في الأسبوع الأول.

وأوضح المدير أن عدد المشتركين في المكتبة بلغ 900 تقريبا حتى الآن.

وأشار المدير إلى أن أعمال الترميم استغرقت قرابة 75 يوما قبل الافتتاح.

وأكد المدير أن البلدية ستواصل دعم المكتبات العامة في الأحياء الشعبية.
"""


def _numbers() -> list:
    article = analysed_text(LIBRARY)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return [item for item in items if item.subtype == "numbers"]


def _prompts(value: str) -> list[str]:
    return [item.prompt for item in _numbers() if value in item.answer]


def test_a_duration_after_a_subject_first_clause_is_asked_with_the_verb_first():
    assert _prompts("18") == ["كم شهرا استغرقت عملية البناء تقريبا؟"], [
        item.prompt for item in _numbers()
    ]


def test_a_time_adjunct_after_the_verb_stays_in_the_question():
    assert _prompts("3500") == ["كم زائرا استقبل المركز الثقافي منذ مطلع العام الجاري؟"], [
        item.prompt for item in _numbers()
    ]


def test_a_subject_with_a_pronoun_is_not_asked():
    assert _prompts("40") == []


def test_a_time_noun_after_the_figure_is_counted_whatever_reading_the_context_chose():
    # «يوما» after a figure is the counted noun, even where the context read it «one day»
    assert _prompts("75") == ["كم يوما استغرقت أعمال الترميم تقريبا؟"], [
        item.prompt for item in _numbers()
    ]


def test_an_adverb_after_the_figure_is_no_unit_of_it():
    members = [item for item in _numbers() if "900" in item.answer]
    assert [item.answer for item in members] == ["900"], [item.prompt for item in members]
