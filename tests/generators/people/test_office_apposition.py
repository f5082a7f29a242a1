"""A person named after their office, set off by commas («وقال رئيس النقابة في المحافظة، سالم
الحديثي، إن ...»), is a person the article names: a speaker of «مَن قال». The office is not
also offered as another speaker, and «المتحدث باسم الوزارة» names nobody called Basim
(fifteenth review's folder: a named speaker missed, an office offered beside its holder)."""

from __future__ import annotations

from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from exercises.generators.role_speakers import role_speeches
from exercises.generators.who_said import full_names
from tests.generators.conftest import analysed_text

LAW = """البرلمان يناقش قانون التقاعد

بغداد - ناقش مجلس النواب العراقي مشروع قانون التقاعد للعمال في القطاع الخاص.

وقال رئيس لجنة العمل النيابية ماجد الحسني إن القانون يحمي حقوق مئات الآلاف من العمال.

وقالت النائبة سعاد الكعبي إن المشروع يحتاج إلى تعديلات تخص المهن الشاقة.

وقال المتحدث باسم وزارة العمل إن الوزارة ستطلق حملة تفتيش على الشركات غير الملتزمة.

وقال رئيس النقابة في المحافظة، سالم الحديثي، إن العمال ينتظرون القانون منذ سنوات طويلة.
"""


def _labels(article, persons) -> set[str]:
    return {article.context.people.persons[index].label for index in persons}


def test_a_name_set_off_after_an_office_is_a_person_named_in_full():
    article = analysed_text(LAW)
    assert "سالم الحديثي" in _labels(article, full_names(article.context))


def test_a_spokesman_on_behalf_of_a_ministry_names_nobody():
    article = analysed_text(LAW)
    labels = {person.label for person in article.context.people.persons}
    assert not any("باسم" in label for label in labels), labels


def test_the_office_of_a_named_speaker_is_no_office_speaker():
    roles = [speech.role for speech in role_speeches(analysed_text(LAW).context)]
    assert not any(role.startswith("رئيس النقابة") for role in roles), roles


def test_the_named_speaker_after_an_office_is_asked_about():
    article = analysed_text(LAW)
    options = GenerationOptions(kinds=("comprehension",), seed=0, count=100)
    asked = [
        item
        for item in generate(article.analysed, article.vocabulary, options)
        if item.subtype == "who_said"
    ]
    assert any(item.answer == "سالم الحديثي" for item in asked), [i.answer for i in asked]


STUDY = """دراسة عن النوم

الرياض - كشفت دراسة حديثة أن طلاب المدارس ينامون أقل من سبع ساعات في الليلة.

وقالت الباحثة الرئيسية في الدراسة الدكتورة نورة الشهري إن أغلب الطلاب يستخدمون الهواتف قبل النوم.

وقال المهندس خالد العتيبي إن المدارس بدأت برامج توعية للأسر.
"""


def test_a_given_name_read_as_a_noun_after_a_title_makes_a_full_name():
    # «الدكتورة نورة الشهري»: نورة read as the noun "light", الشهري as "monthly"
    article = analysed_text(STUDY)
    assert "نورة الشهري" in _labels(article, full_names(article.context))
