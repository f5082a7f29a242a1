"""Prompts are never cut or mangled (blind review 4): no dateline or agency tag left in, no date
question with the lead of its date left open where the date was taken out."""

from __future__ import annotations

import pytest

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from exercises.generators.written import clean_statement, statement_start
from tests.generators.conftest import analysed_text

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
