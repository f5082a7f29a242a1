"""Names of bodies (المكتب الوطني المغربي للسياحة) are found as one name."""

from __future__ import annotations

import pytest

from exercises.arabic.context.organisations import organisation_spans
from exercises.arabic.pipeline import analyze_text


def _names(text: str) -> list[str]:
    analysed = analyze_text(text)
    return [
        " ".join(item.token.text for item in analysed.tokens[first : last + 1])
        for first, last in organisation_spans(analysed.tokens)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وقال مدير المكتب الوطني المغربي للسياحة إن عدد السياح ارتفع هذا العام.",
            "المكتب الوطني المغربي للسياحة",
        ),
        (
            "وفي سوريا، أعلنت المديرية العامة للأرصاد الجوية أن الثلوج ستغطي المرتفعات.",
            "المديرية العامة للأرصاد الجوية",
        ),
        ("وتوقع أن يخفض البنك المركزي المصري أسعار الفائدة.", "البنك المركزي المصري"),
        ("وأعلنت وزارة الموارد المائية العراقية خطة جديدة.", "وزارة الموارد المائية العراقية"),
        (
            "في الأردن، توقعت إدارة الأرصاد الجوية تساقط الثلوج على المرتفعات.",
            "إدارة الأرصاد الجوية",
        ),
        ("وقرر الاتحاد الدولي لكرة القدم تأجيل المباراة.", "الاتحاد الدولي لكرة القدم"),
        (  # a noun in construct inside the chain
            "وأظهرت بيانات إدارة معلومات الطاقة الأمريكية تراجع المخزونات.",
            "إدارة معلومات الطاقة الأمريكية",
        ),
        ("وأعلنت هيئة تنظيم الاتصالات الأردنية قواعد جديدة.", "هيئة تنظيم الاتصالات الأردنية"),
    ],
)
def test_a_body_named_by_its_head_and_modifiers_is_one_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "وحل العداء في المركز الأول في السباق الطويل.",
        "وزار الوزير المركز الصحي في القرية أمس.",
        "وتعمل الشركة على توسيع مكتبها في المدينة.",
        "وأعلنت إدارة المهرجان أن الدورة المقبلة ستقام في الصيف.",
        "وقالت إدارة شؤون الطلاب إن التسجيل يبدأ الأسبوع المقبل.",
    ],
)
def test_a_head_with_a_describing_word_is_no_name(text):
    assert _names(text) == []


def test_a_second_body_after_and_starts_a_second_name():
    names = _names("واجتمع وزراء مجلس التعاون الخليجي والاتحاد الأوروبي في بروكسل.")
    assert "مجلس التعاون الخليجي" in names
    assert not any("والاتحاد" in name and "الخليجي" in name for name in names)


def test_a_definite_noun_after_the_names_adjectives_starts_another_phrase():
    names = _names("وترأس لجنة تحكيم المسابقة الرسمية الدكتور سعيد هذا العام.")
    assert names == ["لجنة تحكيم المسابقة الرسمية"], names
    names = _names("وقال رئيس الاتحاد العربي لألعاب القوى الدكتور ناصر إن البطولة نجحت.")
    assert names == ["الاتحاد العربي لألعاب القوى"], names
