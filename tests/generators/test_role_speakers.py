"""«مَن قال ...؟» when speakers are named by office only (المتحدث باسم الوزارة): a health
article of the twelfth review's folder quoted three offices and no name, and had no «مَن قال»."""

from __future__ import annotations

from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

OFFICES = """حملة تلقيح ضد الحصبة

بغداد - أطلقت وزارة الصحة حملة وطنية للتلقيح ضد الحصبة في جميع المحافظات.

وقال المتحدث باسم الوزارة، في تصريح صحفي، إن الفرق الصحية ستزور المنازل في المناطق النائية والمخيمات.

وقال ممثل منظمة الصحة العالمية في العراق إن الحصبة من أكثر الأمراض المعدية انتشارا بين الأطفال.

وفي محافظة نينوى، قال مدير دائرة الصحة إن الفرق الجوالة ستركز على مناطق سنجار وتلعفر.

وقال الدكتور فراس العلي إن اللقاح آمن تماما ولا يشكل أي خطر على الأطفال الصغار.
"""


def _who_said(text: str):
    article = analysed_text(text)
    options = GenerationOptions(kinds=("comprehension",), seed=0, count=100)
    items = generate(article.analysed, article.vocabulary, options)
    check_items(article.analysed, items)
    return [item for item in items if item.subtype == "who_said"]


def test_offices_are_the_speakers_when_nobody_is_named():
    items = {item.answer: item for item in _who_said(OFFICES)}
    assert set(items) == {
        "المتحدث باسم الوزارة",
        "ممثل منظمة الصحة العالمية في العراق",
        "مدير دائرة الصحة",
    }, list(items)
    spokesman = items["المتحدث باسم الوزارة"]
    assert spokesman.prompt.startswith("مَن قال إن الفرق الصحية ستزور المنازل"), spokesman.prompt
    for item in items.values():  # a name the people finder missed is no office
        assert not any("فراس" in option for option in item.options), item.options
        assert len(item.options) == 3


def test_two_offices_give_no_item():
    text = OFFICES.replace("وقال ممثل منظمة الصحة العالمية في العراق إن", "وأكدت الوزارة أن")
    assert _who_said(text) == []


MIXED = """افتتاح مركز لغسيل الكلى

صفاقس - افتتحت وزارة الصحة التونسية مركزا جديدا لغسيل الكلى في مستشفى الهادي شاكر.

وقال مدير المستشفى رضا الجلاصي إن المركز يضم 30 جهازا حديثا ويستقبل المرضى من ثلاث ولايات.

وأوضحت الطبيبة نادية القرقني، المختصة في أمراض الكلى، أن المرضى كانوا يقطعون مسافات طويلة للعلاج.

وقال ممثل جمعية مرضى القصور الكلوي إن المرضى انتظروا هذا المركز أكثر من عشر سنوات.
"""


def test_two_people_named_and_an_office_make_three_speakers():
    # two named people and one office: before, two named gave no item and one office none either
    items = {item.answer: item for item in _who_said(MIXED)}
    assert set(items) == {"رضا الجلاصي", "نادية القرقني", "ممثل جمعية مرضى القصور الكلوي"}, list(
        items
    )
    assert all(len(item.options) == 3 for item in items.values())


def test_an_office_with_the_title_of_a_named_speaker_is_not_offered():
    # «وقال مدير المستشفى إن» may be رضا الجلاصي again: no office of a named person's title
    text = MIXED.replace("وقال ممثل جمعية مرضى القصور الكلوي إن", "وقال مدير المستشفى إن")
    assert all("مدير المستشفى" not in option for item in _who_said(text) for option in item.options)


def test_an_office_ends_before_the_preposition_of_its_verb():
    # «شدد رئيس الحكومة على أن»: the office offered was «رئيس الحكومة على»
    text = OFFICES.replace("قال مدير دائرة الصحة إن", "شدد رئيس الحكومة على أن")
    items = {item.answer: item for item in _who_said(text)}
    assert "رئيس الحكومة" in items and not any(a.endswith(" على") for a in items), list(items)
    assert items["رئيس الحكومة"].prompt.startswith("مَن شدد على أن"), items["رئيس الحكومة"].prompt


def test_an_office_written_after_a_named_person_is_not_another_speaker():
    # «السيد هاريو سوسيلو نائب وزير الاستثمار» and later «قال نائب وزير الاستثمار»: one person
    text = MIXED.replace(
        "وقال مدير المستشفى رضا الجلاصي إن",
        "وقال رضا الجلاصي مدير جمعية مرضى القصور الكلوي إن",
    ).replace("وقال ممثل جمعية", "وقال مدير جمعية")
    assert all("مدير جمعية" not in option for item in _who_said(text) for option in item.options)


def test_two_people_of_one_first_name_are_options_of_each_other():
    # only offices of one head word (مدير ...، مدير ...) keep apart; محمد الجلاصي and محمد
    # القرقني are two people a learner tells apart by their family names
    text = MIXED.replace("رضا الجلاصي", "محمد الجلاصي").replace("نادية القرقني", "محمد القرقني")
    text = text.replace("وأوضحت الطبيبة", "وأوضح الطبيب")
    items = {item.answer: item for item in _who_said(text)}
    assert "محمد القرقني" in items["محمد الجلاصي"].options, items["محمد الجلاصي"].options


def test_a_speaker_named_by_a_kunya_is_no_office():
    """«وتقول العضوة في الجمعية أم علي، وهي أرملة ...، إن»: علي read as «على» left the office
    «العضوة في الجمعية أم» (eighteenth review #2)."""
    text = OFFICES + (
        "\nوتقول العضوة في الجمعية أم علي، وهي أرملة تعيل أربعة أبناء، إن دخلها تضاعف كثيرا "
        "منذ انضمامها إلى الجمعية.\n"
    )
    for item in _who_said(text):
        assert not any(option.split()[-1] == "أم" for option in item.options), item.options
