"""An amount in two parts (4 مليارات و105 ملايين ريال) is asked whole or not at all: «كم بلغ الفائض؟» keyed «4 مليارات» cuts the figure short and drops its unit (the thirteenth
review's #48)."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text

TRADE = """الفائض التجاري العماني يتراجع

أظهرت بيانات رسمية صادرة اليوم الأحد أن الصادرات العمانية غير النفطية ارتفعت خلال النصف الأول من العام الجاري.

وبحسب البيانات نفسها، بلغ الفائض في الميزان التجاري السلعي 4 مليارات و105 ملايين ريال، بانخفاض نسبته 9.7 في المئة على أساس سنوي.

وسجلت الواردات من الآلات ومعدات النقل ارتفاعا بنسبة 14 في المئة، فيما بلغت قيمة الصادرات إلى الهند 650 مليون ريال.

واستغرقت رحلة الشحنة الأولى إلى ميناء مومباي 3 أيام و12 ساعة بحسب الشركة المشغلة.
"""


def _figure_items() -> list:
    article = analysed_text(TRADE)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    return [item for item in items if item.subtype in ("numbers", "dates")]


def test_no_question_asks_one_part_of_a_two_part_figure():
    items = _figure_items()
    parts = ("4 مليارات", "105 ملايين", "105")
    asked = [(item.prompt, item.answer) for item in items if item.answer.startswith(parts)]
    assert asked == []


def test_a_single_figure_of_the_same_article_is_still_asked():
    answers = [item.answer for item in _figure_items()]
    assert any(answer.startswith(("650", "14", "9.7", "3 أيام")) for answer in answers), answers
