"""A figure written as a bound (أكثر من 40 ألف، أقل من 10%) is asked with the bound in every
option, and no wrong option is one the bound makes true: above a lower bound, below an upper
one (issue #12: bounds are common in news and gave no numbers item)."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.facts import figure_value
from exercises.generators.figure_words import count_form, same_form
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

FAIR = """معرض الكتاب يختتم دورته الحالية

اختتم معرض الكتاب الدولي دورته الحالية بعد عشرة أيام من الفعاليات الثقافية.

وبلغ عدد الزوار أكثر من 40 ألف زائر خلال الأسبوع الأول من المعرض.

وتراجعت نسبة الكتب المستوردة إلى أقل من 30% خلال العام الماضي.

وتجاوز عدد الناشرين المشاركين 300 ناشر من مختلف الدول العربية والأجنبية.
"""


def _numbers(text: str = FAIR) -> dict[str, object]:
    article = analysed_text(text)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return {item.prompt: item for item in items if item.subtype == "numbers"}


def _values(options: tuple[str, ...], bound: str) -> list[float]:
    assert all(option.startswith(bound) for option in options), options
    return [figure_value(option.removeprefix(bound).split()[0].rstrip("%")) for option in options]


def test_a_lower_bound_is_asked_with_higher_wrong_values():
    item = _numbers()["كم بلغ عدد الزوار؟"]
    assert item.answer == "أكثر من 40 ألف زائر"
    values = _values(item.options, "أكثر من ")
    assert sorted(values)[0] == 40 and all(v >= 48 for v in values if v != 40), item.options


def test_an_upper_bound_is_asked_with_lower_wrong_values():
    item = _numbers()["إلى كم تراجعت نسبة الكتب المستوردة؟"]
    assert item.answer == "أقل من 30%"
    values = _values(item.options, "أقل من ")
    assert sorted(values)[-1] == 30 and all(v <= 24 for v in values if v != 30), item.options


def test_a_bound_said_by_the_verb_is_not_asked():
    assert not any("الناشرين" in prompt for prompt in _numbers())


def test_the_counted_noun_after_a_hundred_and_more_follows_the_last_part_read():
    # مئة وثمانية وتسعون نائبا، ثلاثمئة نائب، مئة وثلاثة نواب: options keep the noun's form
    assert count_form("198") == count_form("45") == "accusative"
    assert count_form("300") == count_form("1200") == "genitive"
    assert count_form("103") == count_form("7") == "plural"


def test_a_figure_reached_through_another_ila_is_not_asked_with_ila_kam():
    # «إلى كم أدى نقص المياه إلى تراجع المساحات المزروعة؟» asks nothing a learner can read
    text = FAIR.replace(
        "وتراجعت نسبة الكتب المستوردة إلى أقل من 30% خلال العام الماضي.",
        "وأدى ارتفاع أسعار الورق إلى تراجع عدد العناوين الجديدة إلى أقل من 900 عنوان.",
    )
    assert not any(prompt.startswith("إلى كم أدى") for prompt in _numbers(text))


def test_wrong_values_after_a_multiplier_need_not_share_the_figures_form():
    # «600 ألف شخص»: the noun follows «ألف», so 450 ألف شخص is as good an option as 300 ألف
    text = FAIR.replace("أكثر من 40 ألف زائر", "نحو 600 ألف زائر")
    item = _numbers(text)["كم بلغ عدد الزوار تقريبا؟"]
    assert item.answer == "600 ألف زائر" and len(item.options) == 4


def test_a_multiplier_keeps_its_plural_and_a_figure_its_precision():
    assert not same_form("4", "14", " مليون دولار")  # 4 ملايين, not 4 مليون
    assert same_form("24", "14", " مليون دولار") and same_form("450", "600", " ألف شخص")
    assert not same_form("12", "17.8", "%")  # the one decimal among the options is the answer
    assert same_form("1800", "900", "") and not same_form("340", "300", " نائب")


CASES = """الحصبة تعود إلى البلاد

وبحسب بيانات دائرة الصحة العامة، سجلت البلاد منذ مطلع العام ما يزيد على 2800 إصابة مؤكدة بالحصبة.

وقال مدير الدائرة إن الفرق الصحية ستزور المنازل في المناطق النائية خلال الأسابيع المقبلة.
"""


def test_a_broken_plural_is_the_subject_of_a_feminine_verb():
    # البلاد ("country; countries") did not agree with سجلت, so the clause had no subject and
    # the figure no question (twelfth review's folder: a health article with meaning items only)
    numbers = _numbers(CASES)
    assert numbers.get("كم إصابة سجلت البلاد منذ مطلع العام؟"), numbers
