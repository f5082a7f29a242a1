"""A news lead sets its day off by commas and goes on with the verb's complement, often a long
one (وافق المجلس، مساء الثلاثاء، على مشروع قانون يقضي برفع ...). «متى» asks of the verb with
the complement's opening phrase, and a figure in the rest of the clause is no reason to ask
nothing (issue #12: most news leads gave no date item)."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

LEADS = """البرلمان يقر رفع سن التقاعد

وافق مجلس النواب، مساء الثلاثاء، على مشروع قانون يقضي برفع سن التقاعد تدريجيا في القطاع العام خلال السنوات الست المقبلة.

وقضت المحكمة الابتدائية في المدينة، يوم الأحد، بحبس مدير سابق في البلدية سبع سنوات بتهمة الاستيلاء على أموال عامة.

وافتتحت وزارة الصحة، صباح الخميس، مستشفى جديدا يضم 300 سرير في جنوب البلاد.

وقال رئيس الحكومة إن القانون الجديد ضروري لضمان استدامة صناديق التقاعد في السنوات المقبلة.
"""


def _dates(text: str = LEADS) -> dict[str, str]:
    article = analysed_text(text)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return {item.answer: item.prompt for item in items if item.subtype == "dates"}


def test_a_preposition_opening_the_rest_of_a_lead_is_kept_with_its_noun_phrase():
    dates = _dates()
    assert dates.get("الثلاثاء") == "متى وافق مجلس النواب على مشروع قانون؟", dates
    assert dates.get("الأحد") == "متى قضت المحكمة الابتدائية في المدينة بحبس مدير سابق؟", dates


def test_a_figure_after_the_object_does_not_stop_the_question():
    assert _dates().get("الخميس") == "متى افتتحت وزارة الصحة مستشفى؟"


def test_a_ministry_named_with_two_joined_nouns_is_one_subject():
    # «وزارة السياحة والآثار»: the question keeps what was announced after the whole name
    ministry = "وأعلنت وزارة السياحة والآثار، صباح الأربعاء، عن كشف أثري جديد في جنوب البلاد."
    dates = _dates(LEADS.replace("وافتتحت وزارة الصحة،", f"{ministry}\n\nوافتتحت وزارة الصحة،"))
    assert dates.get("الأربعاء") == "متى أعلنت وزارة السياحة والآثار عن كشف أثري جديد؟", dates


def test_a_bare_noun_before_a_possessive_is_the_object_not_the_subject():
    # «أعلن الطيران العماني أنه سيرفع عدد رحلاته ... اعتبارا من مطلع أكتوبر»: «عدد» was taken
    # for the subject and «متى سيرفع عدد رحلاته الأسبوعية؟» named nobody (twelfth review)
    text = LEADS.replace(
        "وقال رئيس الحكومة إن",
        "وأعلن الطيران الوطني أنه سيرفع عدد رحلاته الأسبوعية إلى آسيا اعتبارا من"
        " مطلع أكتوبر المقبل.\n\nوقال رئيس الحكومة إن",
    )
    assert not any(prompt.startswith("متى سيرفع عدد") for prompt in _dates(text).values())


CALLS = """المعلمون يصعدون تحركهم

دعت هيئة التنسيق النقابية إلى اعتصام أمام مقر وزارة التربية يوم الأربعاء المقبل.

وقررت الحكومة تأجيل الانتخابات البلدية إلى شهر سبتمبر المقبل بسبب الظروف الأمنية في البلاد.

ودعا رئيس الوزراء، يوم الأحد، إلى حوار وطني شامل بين جميع الأطراف السياسية في البلاد.

وقال رئيس الهيئة إن المعلمين لن يعودوا إلى الصفوف قبل تحقيق مطالبهم المشروعة كاملة.
"""


def test_a_date_after_the_event_a_verb_calls_for_dates_the_event():
    # «متى دعت هيئة التنسيق النقابية إلى اعتصام؟» was keyed «الأربعاء», the sit-in's day, not
    # the call's (twelfth review); a date right after the verb and its subject is the call's
    dates = _dates(CALLS)
    assert "الأربعاء" not in dates and "سبتمبر" not in dates, dates
    assert dates.get("الأحد", "").startswith("متى دعا رئيس الوزراء"), dates


def test_a_definite_object_after_the_day_is_kept():
    # «أطلقت أمانة منطقة حائل، يوم الأحد الماضي، المرحلة الأولى من شبكة ...»: three leads of
    # the fourteenth review's articles gave no date item, the object being definite
    article = analysed_text(
        "أمانة المدينة تطلق شبكة حافلات\n\n"
        "أطلقت أمانة المدينة، يوم الأحد الماضي، المرحلة الأولى من شبكة النقل العام بالحافلات "
        "في وسط المدينة وأحيائها الشمالية بالتعاون مع هيئة النقل.\n\n"
        "وقضت المحكمة الابتدائية، يوم الاثنين، بالسجن خمس سنوات على مدير سابق في البلدية "
        "بتهمة الاستيلاء على أموال عامة.\n"
    )
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    dates = {item.answer: item.prompt for item in items if item.subtype == "dates"}
    assert dates.get("الأحد") == "متى أطلقت أمانة المدينة المرحلة الأولى؟", dates
    assert dates.get("الاثنين") == "متى قضت المحكمة الابتدائية بالسجن؟", dates
