"""A false statement is false by the text under every reading (issue #12, blind reviews 3-4).

Rejected before: a source swapped for the same person or body under another name (a surname, a
title, a description such as «المسؤول الأردني» that may be the minister named elsewhere), a figure
changed where the text gives only a bound («أكثر من 900 ألف» -> «أكثر من 675 ألف» is still
true) or an approximation changed by a few units, a new figure with the value of the old one
written another way, a place swapped for one the same paragraph ties to the fact.
"""

from __future__ import annotations

import random

from exercises.generators.facts import find_facts, wrong_values
from exercises.generators.swaps import PlaceSwaps
from exercises.generators.true_false import FALSE, true_false_items
from tests.generators.conftest import analysed_text

SEEDS = range(6)

SOURCES = """حملة وطنية للتطعيم ضد الحصبة

قال وزير الصحة نبيل العمري إن الحملة ستستمر ثلاثة أسابيع في جميع المحافظات.

وأوضحت مديرة البرنامج الوطني ريم حداد أن نسبة التغطية انخفضت كثيرا خلال السنوات الأخيرة في القرى.

وقال المسؤول الأردني إن الوزارة خصصت مبالغ كبيرة للمناطق النائية في الجنوب خلال الأسبوع الأول.

وقالت الطبيبة إن عدد الأطفال المستهدفين كبير جدا في مدن المملكة وقراها هذا العام.

وأعلنت وزارة الصحة أن اللقاح آمن تماما ومجاني لجميع الأطفال دون استثناء في المملكة.
"""


def false_items(text: str) -> list:
    article = analysed_text(text).context
    return [
        item for seed in SEEDS for item in true_false_items(article, seed) if item.answer == FALSE
    ]


def test_a_description_is_never_swapped_for_a_named_source():
    """«المسؤول الأردني» or «الطبيبة» may be the minister or the programme's director: a
    statement giving their words to a named source may be true. Nor is a named source's claim
    given to a description."""
    for item in false_items(SOURCES):
        was, now = item.extra["was"], item.extra["now"]
        assert not {was, now} & {"المسؤول الأردني", "الطبيبة"}, (was, now)


def test_a_body_is_never_swapped_for_its_own_head():
    """«بحسب وزير الصحة ...» for what «وزارة الصحة» announced: the minister speaks for it."""
    for item in false_items(SOURCES):
        was, now = item.extra["was"], item.extra["now"]
        assert not ("وزارة الصحة" in (was, now) and "وزير الصحة" in f"{was} {now}"), (was, now)


def test_named_sources_are_still_swapped():
    pairs = {(item.extra["was"], item.extra["now"]) for item in false_items(SOURCES)}
    # نبيل ("noble") is a name to the lexicon: the minister is named in full, without his title
    assert ("ريم حداد", "نبيل العمري") in pairs or ("نبيل العمري", "ريم حداد") in pairs, pairs


BOUNDS = """محطة شمسية جديدة في الصحراء

وقال المهندس سالم الحارثي إن المحطة تضم أكثر من 900 ألف لوح شمسي على مساحة واسعة.

وأوضح المهندس سالم الحارثي أن تكلفة المشروع لا تتجاوز 400 مليون دولار حتى الآن.

وأكد المهندس سالم الحارثي أن المحطة توفر نحو 120 وظيفة دائمة لأبناء المنطقة.

وأشار المهندس سالم الحارثي إلى أن المشروع يغطي حاجة 50 ألف منزل من الكهرباء.

وبين المهندس سالم الحارثي أن الشركة تستهدف إنتاج 300 ميغاواط في عام 2027.
"""


def test_a_figure_given_as_a_bound_is_never_changed():
    """«أكثر من 675 ألف» is true of «أكثر من 900 ألف», «أكثر من 1200 ألف» may be: no reading
    makes either false for sure; so is any figure after «لا تتجاوز»."""
    changed = {item.extra["was"] for item in false_items(BOUNDS)}
    assert not changed & {"900", "400"}, changed


def test_an_approximate_figure_changes_by_a_fifth_or_more():
    for item in false_items(BOUNDS):
        if item.extra["was"] == "120":
            assert abs(int(item.extra["now"]) - 120) >= 24, item.extra


def test_a_new_figure_never_has_the_old_value_written_another_way():
    text = (
        "وبلغ عدد الزوار 1٫5 مليون زائر خلال الدورة الحالية من المعرض.\n"
        "وكان عدد الزوار قد بلغ 1.5 مليون زائر في الدورة السابقة من المعرض.\n"
        "وتضم الساحة 12,400 مقعد للجمهور، مقابل 12400 مقعد في الموسم الماضي.\n"
        "وبيع 2.0 مليون تذكرة مقابل 2 مليون تذكرة في العام الماضي.\n"
    )
    article = analysed_text(text).context
    facts = find_facts(article)
    for fact in facts:
        for seed in range(8):
            values = wrong_values(article, fact, facts, random.Random(seed), wanted=3)
            assert not any(_value(value) == _value(fact.text) for value in values), (
                fact.text,
                values,
            )


def _value(text: str) -> float:
    digits = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789."))
    if "," in digits and len(digits.split(",")[-1]) == 3:
        digits = digits.replace(",", "")
    return float(digits.replace(",", "."))


PLACES = """انطلاق مهرجان جرش

وافتتح المهرجان دورته الجديدة في جرش مساء الخميس بحضور آلاف الزوار من داخل المملكة وخارجها. وتقام بعض العروض الموسيقية في عمان أيضا طوال أيام المهرجان.

وقدمت الفرق الشعبية عروضها في إربد يوم الجمعة أمام جمهور كبير من العائلات والأطفال.
"""


def test_a_place_named_in_the_same_paragraph_is_never_swapped_in():
    """«افتتح المهرجان دورته في عمان» is not false where the paragraph holds the festival's
    shows in عمان too; إربد, named in another paragraph only, may be swapped in."""
    article = analysed_text(PLACES).context
    swaps = PlaceSwaps(article)
    opening, amman = (
        next(i for i in article.body_sentences if word in article.document.sentence_text(i))
        for word in ("جرش", "عمان")
    )
    assert article.text[swaps.swap(opening).start : swaps.swap(opening).end] == "جرش"
    assert swaps.swap(opening).replacement == "إربد"
    assert swaps.swap(amman).replacement == "إربد"
