"""A false statement that changes who said something never swaps a body for its own spokesman:
«بحسب خالد عبد الرحمن» for what «وزارة النقل» announced can be defended as true when he speaks
for that ministry (sixteenth review)."""

from __future__ import annotations

from exercises.generators.true_false import FALSE, true_false_items
from tests.generators.conftest import analysed_text

METRO = """تقدم أشغال قطار طنطا السريع

طنطا - أعلنت وزارة النقل المصرية أن نسبة تنفيذ المرحلة الأولى من مشروع قطار طنطا السريع بلغت 58 في المئة.

وقال المتحدث باسم وزارة النقل خالد عبد الرحمن إن القطار سيخدم نحو 60 ألف راكب في الساعة في كل اتجاه.

وأكد المهندس سامي يوسف أن الأعمال المدنية في المحطات الرئيسية تسير وفق الجدول الزمني المحدد.

وأوضحت الدكتورة منى فؤاد أن المشروع سيخفف الزحام على الطرق بين المدينتين بنسبة كبيرة.
"""


def test_a_ministry_and_its_own_spokesman_are_never_swapped():
    context = analysed_text(METRO).context
    swapped = [
        (item.extra["was"], item.extra["now"])
        for seed in range(6)
        for item in true_false_items(context, seed=seed)
        if item.answer == FALSE and item.extra.get("was")
    ]
    assert swapped  # the other sources are swapped
    pairs = [{was, now} for was, now in swapped]
    assert not any(
        any("وزارة النقل" in side for side in pair) and "خالد عبد الرحمن" in pair for pair in pairs
    ), swapped
