"""A weekday after «اليوم» or «أمس» is the day something happened (أعلنت الوزارة، اليوم
الأربعاء، ...; وصل الوفد أمس الثلاثاء): «متى» asks of it as of «يوم الأربعاء» (issue #12)."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

PARKS = """الوزارة تفتتح حديقتين عامتين جديدتين

أعلنت وزارة البيئة، اليوم الأربعاء، عن افتتاح حديقتين عامتين جديدتين في العاصمة.

ووصل وفد من خبراء التشجير أمس الثلاثاء إلى المدينة لمتابعة أعمال الزراعة في الحديقتين.

وقال مدير الحدائق في الوزارة إن الحديقتين تضمان ممرات للمشاة وملاعب للأطفال ومساحات خضراء واسعة.

وأكد أن الوزارة ستواصل زيادة المساحات الخضراء في الأحياء المكتظة بالسكان خلال السنوات المقبلة.
"""


def test_a_weekday_after_today_or_yesterday_is_asked_with_mata():
    article = analysed_text(PARKS)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    dates = {item.answer: item.prompt for item in items if item.subtype == "dates"}
    # the question ends where its clause is whole (before a place or a purpose added to it)
    assert dates.get("الأربعاء") == "متى أعلنت وزارة البيئة عن افتتاح حديقتين عامتين جديدتين؟"
    assert dates.get("الثلاثاء") == "متى وصل وفد من خبراء التشجير؟", dates


def test_a_verb_of_saying_without_what_it_announces_is_not_asked():
    article = analysed_text(
        PARKS.replace(
            "أعلنت وزارة البيئة، اليوم الأربعاء، عن افتتاح",
            "وقال وزير البيئة، اليوم الأربعاء، إن افتتاح",
        )
    )
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    assert "الأربعاء" not in [item.answer for item in items if item.subtype == "dates"]


SUMMIT = """اجتماع وزاري عربي أوروبي في عمّان

عقد مجلس وزراء الخارجية العرب ونظيره في الاتحاد الأوروبي، اليوم الأحد في عمّان، الاجتماع الوزاري المشترك الخامس، لبحث ملفات الطاقة والهجرة.

وقال وزير الخارجية الأردني إن الاجتماع ناقش سبل تعزيز التعاون الاقتصادي بين الجانبين في السنوات المقبلة.

وأكد الوزراء في بيان مشترك أهمية العمل على توسيع التبادل التجاري وتسهيل حركة الطلاب والباحثين.
"""


def test_a_verb_is_never_asked_without_its_object_after_a_date_set_off_with_a_place():
    # «عقد الوزراء، اليوم الأحد في عمّان، الاجتماع ...»: «متى عقد الوزراء؟» lacks what they held
    article = analysed_text(SUMMIT)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    for item in items:
        if item.subtype == "dates":
            assert "الاجتماع" in item.prompt, item.prompt


def test_a_place_after_a_dash_is_part_of_an_institution_named_as_subject():
    # «دائرة الصحة - أبوظبي» is one name: the clause goes on after it with what was announced
    text = PARKS.replace("أعلنت وزارة البيئة", "أعلنت دائرة الصحة - أبوظبي")
    dates = _dates_of(text)
    assert dates.get("الأربعاء") == (
        "متى أعلنت دائرة الصحة - أبوظبي عن افتتاح حديقتين عامتين جديدتين؟"
    ), dates


def test_a_long_object_after_a_date_set_off_by_commas_is_cut_after_its_noun_phrase():
    # «أحبطت المنطقة العسكرية الشمالية، فجر اليوم الثلاثاء، محاولة تهريب ... قادمة من ...»:
    # the object ran past eight words and the article had no «متى» at all; the question keeps
    # the object's noun phrase and leaves what is added to it (a source, a destination)
    text = PARKS.replace(
        "أعلنت وزارة البيئة، اليوم الأربعاء، عن افتتاح حديقتين عامتين جديدتين في العاصمة.",
        "أحبطت قوات حرس الحدود، فجر اليوم الأربعاء، محاولة تهريب كميات كبيرة من المواد"
        " المخدرة قادمة من الأراضي السورية إلى الأراضي الأردنية.",
    )
    dates = _dates_of(text)
    assert dates.get("الأربعاء") == "متى أحبطت قوات حرس الحدود محاولة تهريب كميات كبيرة؟", dates


def test_a_date_inside_what_was_reported_is_asked_of_the_report_with_its_source():
    # «وتوقعت المديرية أن يعرف الطقس تحسنا تدريجيا ابتداء من يوم الجمعة»: the date belongs to
    # يعرف, not to توقعت; the weather article had no «متى» at all
    text = PARKS.replace(
        "وأكد أن الوزارة ستواصل",
        "وتوقعت الوزارة أن تكتمل أعمال الزراعة في الحديقتين ابتداء من يوم الجمعة.\n\nوأكد أن"
        " الوزارة ستواصل",
    )
    dates = _dates_of(text)
    assert dates.get("الجمعة") == "متى تكتمل أعمال الزراعة في الحديقتين، بحسب الوزارة؟", dates


def _dates_of(text: str) -> dict[str, str]:
    """The article's date questions by answer."""
    article = analysed_text(text)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return {item.answer: item.prompt for item in items if item.subtype == "dates"}
