"""«كم/بكم/بأي نسبة» questions on figures beyond «verb + subject + figure» (issue #12): a
nominal clause after «أن/إن» (عدد المستفيدين بلغ ...), an estimate with بـ (تقدر بنحو ...), a
rise or fall by a percentage written straight after the clause; never a forecast."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

HARVEST = """موسم زراعي صعب في السهول الشمالية

أعلنت وزارة الزراعة، يوم الاثنين، نتائج الموسم الزراعي في السهول الشمالية بعد شهور من الجفاف.

وقال الوزير في مؤتمر صحافي إن عدد المزارعين المستفيدين من برنامج الدعم بلغ 45 ألف مزارع.

وتقدر خسائر القطاع الزراعي بنحو 80 مليون دينار بحسب تقديرات الوزارة.

وارتفع سعر القمح في الأسواق المحلية 3.5 بالمئة خلال الشهر الماضي.

وتوقع التقرير أن يبلغ نمو القطاع 2.4% في العام المقبل.

وأكد الوزير أن الحكومة ستواصل دعم المزارعين حتى نهاية الموسم المقبل.
"""


def number_items() -> list:
    article = analysed_text(HARVEST)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return [item for item in items if item.subtype == "numbers"]


def _asked(value: str) -> list:
    return [item for item in number_items() if value in item.answer]


def test_a_reported_nominal_clause_is_asked_with_its_verb_first():
    farmers = _asked("45")
    assert [item.prompt for item in farmers] == [
        "كم بلغ عدد المزارعين المستفيدين من برنامج الدعم؟"
    ], [item.prompt for item in number_items()]
    assert farmers[0].answer == "45 ألف مزارع"
    assert all(option.endswith("ألف مزارع") for option in farmers[0].options)


def test_an_estimate_with_ba_is_asked_with_bikam():
    losses = _asked("80")
    assert [item.prompt for item in losses] == ["بكم تقدر خسائر القطاع الزراعي تقريبا؟"], [
        item.prompt for item in number_items()
    ]


def test_a_rise_by_a_percentage_without_binisba_is_asked_with_bi_ayy_nisba():
    wheat = _asked("3.5")
    assert [item.prompt for item in wheat] == ["بأي نسبة ارتفع سعر القمح في الأسواق المحلية؟"], [
        item.prompt for item in number_items()
    ]
    assert wheat[0].answer == "3.5 بالمئة"


def test_a_forecast_is_not_asked_as_a_fact():
    assert _asked("2.4") == []


CLOSING = """مؤتمر الطاقة يختتم أعماله

عمّان - اختتم المؤتمر الدولي للطاقة المتجددة أعماله في العاصمة الأردنية، يوم الخميس، من دون اتفاق على آلية واضحة لتمويل مشروعات الطاقة النظيفة في الدول الفقيرة.

وشارك في المؤتمر وزراء وخبراء من دول عربية وأوروبية عديدة.
"""


def test_a_date_set_off_by_commas_before_a_long_adjunct_dates_the_clause_before_it():
    article = analysed_text(CLOSING)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    dates = [item for item in items if item.subtype == "dates"]
    assert [item.answer for item in dates] == ["الخميس"], [item.prompt for item in items]
    assert dates[0].prompt.startswith("متى اختتم المؤتمر الدولي للطاقة المتجددة"), dates[0].prompt
    assert "دون" not in dates[0].prompt


def test_an_approximate_figure_has_no_option_within_a_fifth_of_it():
    """«نحو 80 مليون»: 77 or 75 million is about 80 million too; only far values are wrong."""
    for item in number_items():
        if "تقريبا" not in item.prompt:
            continue
        answer = float(item.answer.split()[0])
        for option in item.options:
            value = float(option.split()[0])
            assert value == answer or abs(value - answer) >= 0.2 * answer, item.options


MARKET = """سوق السيارات تنمو

دبي - أظهر تقرير حديث صادر عن شركة أبحاث دولية أن مبيعات السيارات الكهربائية في الإمارات سجلت نموا بنسبة 12.5% خلال الربع الثالث من العام.

وتعد الإمارات من أسرع أسواق السيارات الكهربائية نموا في المنطقة.
"""


def test_a_reported_clause_with_its_object_of_change_is_asked_with_bi_ayy_nisba():
    # «... أن مبيعات السيارات ... سجلت نموا بنسبة 12.5%»: the verb's object says what changed
    article = analysed_text(MARKET)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    asked = [item.prompt for item in items if item.subtype == "numbers" and "12.5" in item.answer]
    assert asked == ["بأي نسبة سجلت مبيعات السيارات الكهربائية في الإمارات نموا؟"], [
        item.prompt for item in items
    ]


def test_a_figure_with_the_arabic_percent_sign_is_a_percentage():
    # ٨٫٧٪ (U+066A) was read as a bare decimal, so no «بأي نسبة» question was made of it
    article = analysed_text(MARKET.replace("12.5%", "١٢٫٥٪"))
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    asked = [item for item in items if item.subtype == "numbers" and "١٢٫٥" in item.answer]
    assert [item.prompt for item in asked] == [
        "بأي نسبة سجلت مبيعات السيارات الكهربائية في الإمارات نموا؟"
    ], [item.prompt for item in items]
    assert asked[0].answer == "١٢٫٥٪"
    assert all(option.endswith("٪") for option in asked[0].options)


CLIMATE = """محادثات المناخ تختتم

بون - اختتمت محادثات المناخ أعمالها يوم الخميس بعد أسبوعين من النقاش.

وتركزت المحادثات على تفاصيل «خطة العمل» الهادفة إلى رفع تمويل المناخ إلى 1.3 تريليون دولار سنويا.
"""


def test_to_how_much_keeps_the_word_the_figure_completes():
    # «إلى كم تركزت المحادثات على تفاصيل «خطة العمل» الهادفة؟»: the clause was cut before
    # «رفع تمويل المناخ», what rises to the figure
    article = analysed_text(CLIMATE)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    asked = [item.prompt for item in items if item.subtype == "numbers" and "1.3" in item.answer]
    assert not any("الهادفة؟" in prompt for prompt in asked), asked


def test_a_plural_verb_with_its_object_of_change_is_not_moved_in_front():
    # «بأي نسبة حققوا المصدرين السعوديين نموا؟»: the verb's number and the subject's case were
    # wrong once moved in front (a code review)
    text = MARKET.replace(
        "أن مبيعات السيارات الكهربائية في الإمارات سجلت نموا بنسبة 12.5%",
        "أن المصدرين السعوديين حققوا نموا بنسبة 12.5%",
    )
    article = analysed_text(text)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    asked = [item.prompt for item in items if item.subtype == "numbers" and "12.5" in item.answer]
    assert not any("حققوا" in prompt for prompt in asked), asked
