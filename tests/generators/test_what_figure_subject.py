"""«ما الذي ...؟» asks what a figure describes only when the noun after the verb is its subject:
in «وتابع المباراة نحو 17 ألف متفرج» the verb is masculine, المباراة its object and the
spectators its subject, so «ما الذي يتابع ...؟» (or a verb mangled into «يابع») is no question
(a blind review of held-out articles, issue #12)."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

MATCH = """الوحدات يفوز على الفيصلي في قمة الدوري

فاز فريق الوحدات على منافسه الفيصلي بهدفين مقابل هدف في قمة الدوري الأردني لكرة القدم.

وتابع المباراة نحو 17 ألف متفرج وسط إجراءات أمنية مشددة في الملعب.

وتبلغ قيمة جائزة البطولة 200 ألف دينار بحسب الاتحاد الأردني لكرة القدم.

وانطلقت المباراة في الساعة السابعة مساء على ملعب عمان الدولي.

وشهدت المدرجات حضورا جماهيريا كبيرا من الطرفين.

وحسمت الدقائق الأخيرة نتيجة اللقاء لصالح الوحدات.

وارتفع رصيد الوحدات إلى 40 نقطة في صدارة الترتيب.

وقال مدرب الوحدات إن فريقه قدم أداء جيدا في الشوط الثاني من المباراة.
"""


def _what() -> dict[str, str]:
    article = analysed_text(MATCH)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return {
        item.prompt: item.answer
        for item in items
        if item.key.startswith("comprehension:numbers:what")
    }


def test_a_masculine_verb_before_a_feminine_noun_has_no_subject_to_ask_for():
    assert not [prompt for prompt in _what() if "متفرج" in prompt], _what()
