"""A false statement needs the sentence understood, not its digits matched (fifth review, #17:
the sentence copied with 2022 changed to 2021).

No false statement changes only a number or a date; the fact changed is a direction (ارتفعت ->
انخفضت), a person, a place or a source, and a sentence that offers only a figure to change
gives no false statement.
"""

from __future__ import annotations

import re

from exercises.generators.true_false import FALSE, true_false_items
from tests.generators.conftest import analysed_text

SEEDS = range(4)
_FIGURE = re.compile(r"^[\d٠-٩.,٫٬%٪\s]+$")

ONLY_FIGURES = """مصنع جديد للإسمنت في الشمال

وقال مدير المصنع خالد منصور إن الإنتاج بدأ في شهر آذار من عام 2023 بطاقة محدودة.

وأوضح مدير المصنع خالد منصور أن المصنع يشغل 450 عاملا من أبناء المحافظة حاليا.

وذكر مدير المصنع خالد منصور أن الشركة أنفقت 80 مليون دينار على المعدات الحديثة.
"""

DIRECTIONS = """توقعات الأسواق

وقال وزير التجارة سامي فارس إن أسعار الأرز سترتفع مجددا في الصيف المقبل بسبب الجفاف.

وذكرت مديرة الاتحاد ليلى حداد أن مبيعات السيارات ستنخفض مجددا في الشتاء المقبل بسبب الأمطار.
"""


def false_items(text: str) -> list:
    article = analysed_text(text).context
    return [
        item for seed in SEEDS for item in true_false_items(article, seed) if item.answer == FALSE
    ]


def test_no_false_statement_changes_only_a_figure_or_a_date():
    months = {"آذار", "نيسان", "شباط", "أيار", "مارس", "أبريل"}
    for text in (ONLY_FIGURES, DIRECTIONS):
        for item in false_items(text):
            was, now = item.extra["was"], item.extra["now"]
            assert not _FIGURE.match(was) and was not in months, (was, now, item.prompt)
            # the statement without its digits is not the article's sentence without its digits
            digitless = re.sub(r"[\d٠-٩]+", "", item.prompt)
            assert digitless not in re.sub(r"[\d٠-٩]+", "", text), item.prompt


def test_a_sentence_with_only_a_figure_to_change_gives_no_false_statement():
    assert false_items(ONLY_FIGURES) == []


def test_a_direction_is_turned_into_its_opposite():
    changes = {(item.extra["was"], item.extra["now"]) for item in false_items(DIRECTIONS)}
    assert changes <= {("سترتفع", "ستنخفض"), ("ستنخفض", "سترتفع")}, changes
    assert len(changes) == 2, changes  # each sentence's direction turned, by one seed or another
    for item in false_items(DIRECTIONS):
        assert item.extra["now"] in item.prompt and item.extra["was"] not in item.prompt


def test_a_month_or_a_weekday_is_no_place_to_swap():
    text = """أشغال الطريق الساحلي

وقال المدير سمير حداد إن العمل سيستمر حتى شهر ديسمبر من العام المقبل في كل المقاطع.

وقالت المهندسة هالة نصار إن الأشغال بدأت في شهر مايو من العام الماضي بعد تأخير طويل.
"""
    for item in false_items(text):
        assert {item.extra["was"], item.extra["now"]} & {"ديسمبر", "مايو"} == set(), item.extra
