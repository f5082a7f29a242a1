"""Prompts are never cut or mangled (blind review 4): no dateline or agency tag left in, no date
question with the lead of its date left open where the date was taken out."""

from __future__ import annotations

import pytest

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from exercises.generators.true_false import true_false_items
from exercises.generators.written import clean_statement, statement_start
from tests.generators.conftest import analysed_article, analysed_text

OPENINGS = [
    "دبي - (وام): أعلنت وزارة الصحة عن حملة جديدة للتطعيم في المدارس.",
    "الدوحة (قنا): أعلنت وزارة الصحة عن حملة جديدة للتطعيم في المدارس.",
    "الجزائر - أعلنت وزارة الصحة (واج) عن حملة جديدة للتطعيم في المدارس.",
    "الجزائر- (واج)- أعلنت وزارة الصحة عن حملة جديدة للتطعيم في المدارس.",
    "برلين - (د ب أ) - أعلنت وزارة الصحة عن حملة جديدة للتطعيم في المدارس.",
    "القاهرة - (رويترز) - أعلنت وزارة الصحة عن حملة جديدة للتطعيم في المدارس.",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_the_statement_starts_at_the_news_verb(opening):
    text = f"حملة للتطعيم\n\n{opening}\n\nوقال الوزير إن الحملة ستستمر أسبوعين في جميع المحافظات.\n"
    article = analysed_text(text)
    start = statement_start(article.analysed, 1)
    assert text[start:].startswith("أعلنت وزارة الصحة"), text[start : start + 30]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("أعلنت وزارة الصحة (واج) عن حملة جديدة", "أعلنت وزارة الصحة عن حملة جديدة."),
        ("قال الوزير (أ ف ب) - إن الحملة بدأت", "قال الوزير إن الحملة بدأت."),
        ("أعلنت الوزارة / وام / أن الحملة بدأت", "أعلنت الوزارة أن الحملة بدأت."),
        ("زار الوفد (الكويت) أمس", "زار الوفد (الكويت) أمس."),  # a place in brackets stays
    ],
)
def test_an_agency_tag_inside_a_sentence_never_reaches_a_prompt(written, shown):
    assert clean_statement(written) == shown


DATES = """مشروع جديد للطاقة

عمّان - أعلنت وزارة الطاقة خطة جديدة لتوسيع إنتاج الكهرباء من مصادر متجددة في المملكة.

وستكتمل أعمال المرحلة الأولى من المشروع بنهاية ديسمبر المقبل في محافظة معان.

وبدأت الأعمال الإنشائية في الموقع منذ أواخر مارس الماضي بمشاركة شركات محلية.

وتستمر الحملة في غضون أيام قليلة إلى غاية متم شهر ماي المقبل في جميع المناطق.
"""


def test_a_date_question_never_keeps_the_open_lead_of_the_date_taken_out():
    """«متى تستمر الحملة ... إلى غاية متم في جميع المناطق؟»: «متم» needs the month after it."""
    article = analysed_text(DATES)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    prompts = [item.prompt for item in items if item.subtype == "dates"]
    assert prompts, [item.prompt for item in items]
    assert not any("متم" in prompt or "بنهاية" in prompt.split() for prompt in prompts), prompts


EVENTS = """البرلمان يقر الموازنة

عمان - أقر مجلس النواب، في جلسة مطولة عقدها مساء يوم الأحد برئاسة رئيس المجلس خالد العدوان، مشروع قانون الموازنة العامة للسنة المالية المقبلة بعد نقاش طويل.

وكانت اللجنة المالية النيابية قد أوصت، في تقريرها الذي تلاه مقررها النائب عمر أبو حسان، بإقرار الموازنة مع إدخال تعديلات على بعض بنود النفقات الرأسمالية.

وتتتبع الرواية، الصادرة عن «دار أيار للنشر والتوزيع» في رام الله، حكاية ثلاث نساء من عائلة واحدة عبر سبعة عقود من التاريخ الحديث.

وتروي هالة، وهي موظفة إدخال بيانات في عمان طلبت الاكتفاء باسمها الأول، كيف فقدت عملها بعد أن اعتمدت شركتها نظاما آليا جديدا.

ويتجاوز البشير السبعين، لكن يده لا تزال ثابتة كما كانت قبل خمسين عاما في مرسمه.

وتبلغ النفقات العامة المقدرة في الموازنة نحو 12.5 مليار دينار للعام المقبل.

وعارض 31 نائبا مشروع القانون بسبب ارتفاع العجز المتوقع في الموازنة العامة.
"""


def test_an_event_is_never_cut_where_an_aside_leaves_its_verb_without_object():
    """«أقر مجلس النواب، في جلسة مطولة ... خالد العدوان.»: what it passed comes after the aside;
    so does what the novel traces, what the committee recommended, what هالة tells."""
    article = analysed_text(EVENTS)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    events = [event for item in items if item.subtype == "sequence" for event in item.sequence]
    assert events, [item.subtype for item in items]
    needs = {"أقر مجلس": "مشروع", "كانت اللجنة": "بإقرار", "تتتبع الرواية": "حكاية", "تروي": "كيف"}
    for event in events:
        for opening, rest in needs.items():
            if event.startswith(opening):
                assert rest in event, event


def test_a_statement_said_with_another_verb_drops_the_conjunction_too():
    """«وارتفع سعر الدولار ...» said as «وشهد سعر الدولار ارتفاعا ...» kept the و that tied the
    sentence to the one before it (true, or false with انخفاضا)."""
    article = analysed_article("economy_egypt_rates")
    items = [
        item
        for seed in range(4)
        for item in true_false_items(article.context, seed)
        if "شهد سعر الدولار" in item.prompt
    ]
    assert items
    assert not any(item.prompt.startswith("و") for item in items), [i.prompt for i in items]
