"""A direction said with another verb (ارتفعت الأسعار -> شهدت الأسعار ارتفاعا) is turned in the
words put in (شهدت الأسعار انخفاضا), never in the verb the rewording took out: «انخفضت
الأسعار ارتفاعا» says both."""

from __future__ import annotations

from exercises.generators.true_false import FALSE, true_false_items
from tests.generators.conftest import analysed_text

TEXT = """أسعار القمح

ارتفعت أسعار القمح إلى مستوى قياسي جديد في الأسواق العالمية يوم الاثنين.

وقال وزير الزراعة إن الحكومة ستشتري كميات إضافية من القمح من المزارعين المحليين هذا العام.
"""


def test_the_direction_is_turned_in_the_new_words():
    article = analysed_text(TEXT).context
    false = [
        item.prompt
        for seed in range(4)
        for item in true_false_items(article, seed)
        if item.answer == FALSE and "القمح إلى" not in item.prompt
    ]
    assert false
    for prompt in false:
        assert "ارتفاع" not in prompt, prompt
        assert "شهدت أسعار القمح انخفاضا إلى مستوى قياسي جديد" in prompt, prompt
