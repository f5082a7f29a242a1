"""Leads a main idea is taken from although their form first refused one: a name in straight
quotes, a month named in two calendars of two words, an opening verb the context read as a noun,
and a claim after «أن» that ends in a time adjunct (mechanisms found in the holdout folders)."""

from __future__ import annotations

from exercises.generators.main_idea import lead_gist
from exercises.generators.months import one_month_name
from tests.generators.conftest import analysed_text

_REST = """
وقال رئيس اللجنة إن العمل سيتواصل خلال الأشهر المقبلة في جميع المناطق.

وأضاف أن الميزانية المخصصة للمشروع تبلغ نحو عشرين مليون دينار.

ويأمل السكان أن تتحسن الخدمات قبل فصل الصيف المقبل.
"""


def _gist(title: str, lead: str) -> str | None:
    found = lead_gist(analysed_text(f"{title}\n\n{lead}\n{_REST}").context)
    return None if found is None else found[1]


def test_a_name_in_straight_quotes_is_written_in_guillemets():
    gist = _gist(
        "البرلمان يقر قانون المياه",
        'الرباط - صادق مجلس النواب بالأغلبية على مشروع قانون يحدث "الصندوق الوطني للمياه" في المملكة.',
    )
    assert gist is not None
    assert "«الصندوق الوطني للمياه»" in gist and '"' not in gist


def test_a_month_of_two_words_after_a_slash_is_dropped():
    gist = _gist(
        "بدء موسم قطف التمور",
        "الرياض - انطلق موسم قطف التمور في منطقة القصيم خلال الأسبوع الأول من أكتوبر/تشرين الأول.",
    )
    assert gist is not None
    assert "/" not in gist and "تشرين" not in gist and "أكتوبر" in gist


def test_an_opening_verb_read_as_a_noun_still_opens_the_gist():
    # «قلب» is a verb here (turned round) though context reads it as the noun «heart»
    gist = _gist(
        "الوداد يفوز على الرجاء",
        "الدار البيضاء - قلب فريق الوداد تأخره بهدف إلى فوز ثمين بهدفين لهدف على ضيفه الرجاء.",
    )
    assert gist is not None and gist.startswith("قلب فريق الوداد تأخره"), gist


def test_a_claim_that_ends_in_a_time_adjunct_is_cut_before_it():
    gist = _gist(
        "ارتفاع صادرات الأسماك",
        "مسقط - أعلنت وزارة الثروة الزراعية والسمكية العمانية أن صادرات السلطنة من الأسماك الطازجة"
        " إلى الأسواق الخليجية ارتفعت بنسبة 14 في المئة خلال الأشهر التسعة الأولى من العام الجاري"
        " مقارنة بالفترة نفسها من العام الماضي.",
    )
    assert gist is not None
    assert gist.endswith("ارتفعت بنسبة 14 في المئة"), gist


def test_a_finding_after_a_day_set_off_by_commas_is_the_gist():
    gist = _gist(
        "نمو الصادرات الصناعية",
        "عمان - أظهرت بيانات أولية صادرة عن دائرة الإحصاءات العامة، اليوم الأحد، أن قيمة"
        " الصادرات الصناعية الأردنية ارتفعت بنسبة 9 في المئة خلال النصف الأول من العام الجاري،"
        " لتبلغ نحو 4 مليارات دينار.",
    )
    assert gist is not None and gist.startswith("قيمة الصادرات الصناعية الأردنية ارتفعت"), gist


def test_a_month_pair_before_a_comma_keeps_the_comma():
    assert one_month_name("من نوفمبر/تشرين الثاني، وسط") == "من نوفمبر، وسط"
    assert one_month_name("حتى أبريل/نيسان.") == "حتى أبريل."
    assert one_month_name("الفئة أ/ب") == "الفئة أ/ب"


def test_a_lead_is_not_cut_between_the_ends_of_a_period():
    gist = _gist(
        "صادرات الإبل إلى الخليج",
        "الخرطوم - أعلنت وزارة الثروة الحيوانية أن صادرات البلاد من الإبل إلى الأسواق الخليجية"
        " بلغت نحو 300 ألف رأس خلال الفترة الممتدة من الأول من يناير حتى 30 أبريل الماضي، بزيادة"
        " قدرها 10 في المئة.",
    )
    assert gist is None or not gist.endswith("من يناير"), gist


def test_a_clause_tail_after_an_aside_goes_with_it():
    # the sixteenth review: a gist ended «... بلغت 62 في المئة وذلك», the aside before it gone
    gist = _gist(
        "تقدم أشغال قطار طنطا",
        "طنطا - أعلنت وزارة النقل المصرية أن نسبة تنفيذ المرحلة الأولى من مشروع قطار طنطا السريع"
        " بلغت 58 في المئة، مرجحة بدء التشغيل التجريبي أواخر العام المقبل، وذلك بعد تأخر دام عامين.",
    )
    assert gist is not None and "وذلك" not in gist, gist
    assert gist.endswith("بلغت 58 في المئة"), gist
