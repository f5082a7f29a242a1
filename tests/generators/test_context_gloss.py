"""The meaning shown for a word in its sentence: never a sense the lexicon leaves open.

One gate (``glosses.context_gloss``) serves the meaning items and the cloze hints.
"""

from __future__ import annotations

import pytest

from exercises.generators.glosses import context_gloss, sense_gloss
from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_text


@pytest.mark.parametrize(
    ("gloss", "shown"),
    [
        ("tour; patrol; round", ""),  # three senses: which one is this جولة?
        ("freight; cargo; charge", ""),
        # two senses: both, so that the one the sentence has is shown (the dev review's
        # «صاروخ» launching a satellite was offered as "missile" alone)
        ("result; consequence", "result; consequence"),
        ("missile; rocket", "missile; rocket"),
        ("calculations; statistics", "calculations; statistics"),
        ("trust; confidence; faith", ""),
        ("delegation", "delegation"),
    ],
)
def test_a_gloss_is_cut_to_one_sense_or_left_out(gloss, shown):
    assert sense_gloss(gloss) == shown


TEXT = """وتراجعت القدرة الشرائية للمواطنين في ظل ارتفاع الأسعار.
ونشر الجهاز تقرير الربع الثاني عن سوق العمل في المدن الكبرى.
وبدأت الجولة العشرين من الدوري بمباراة قوية بين الفريقين.
ونشرت الشركة مقاطع مصورة للمشروع على منصات التواصل الاجتماعي.
"""


def test_no_meaning_is_shown_for_a_word_the_lexicon_leaves_open():
    article = analysed_text(TEXT)
    open_words = {"القدرة", "تقرير", "الجولة", "مقاطع"}
    for item in article.analysed.tokens:
        if item.token.text in open_words:
            assert context_gloss(article.context.analyzer, item) == "", item.token.text
    options = GenerationOptions(kinds=("comprehension", "cloze"), count=100, cloze_hints=True)
    for item in generate(article.analysed, article.vocabulary, options):
        if item.subtype == "meaning":
            assert item.extra["word"] not in open_words, item.prompt
        assert "pot" not in item.hint and "boycott" not in item.hint, item.hint
        assert "patrol" not in item.hint and "decision" not in item.hint, item.hint


def test_no_meaning_item_asks_a_first_level_word():
    text = (
        "وقال رئيس المحكمة في حيثيات الحكم إن الأدلة الفنية أثبتت تحويل الأموال.\n"
        "وأعلنت وزارة الصحة نتائج الدراسة الوطنية الواسعة عن انتشار المرض.\n"
    )
    article = analysed_text(text)
    options = GenerationOptions(kinds=("comprehension",), count=100)
    asked = [
        item.extra["word"]
        for item in generate(article.analysed, article.vocabulary, options)
        if item.subtype == "meaning"
    ]
    assert asked and "رئيس" not in asked and "وزارة" not in asked, asked


def test_meaning_items_come_from_prose_only():
    text = (
        "وقالت ماريا فرنانديز إن الوقاية تتطلب تغطية واسعة باللقاح في المحافظات.\n"
        "وتضمنت التوصيات:\n"
        "- تأخير وجبة السحور قدر الإمكان؛\n"
        "- إتاحة نسخة مصغرة من التطبيق للهواتف.\n"
        "وتراجعت معدلات التلقيح الروتيني خلال الجائحة في بعض المناطق الريفية.\n"
        "وأطلقت الحكومة برنامجا لتدريب المعلمين على أساليب التعليم الحديثة في المدارس.\n"
        "وشهدت الأسواق إقبالا كبيرا على شراء المواد الغذائية قبل حلول الشهر الكريم.\n"
        "وناقش المجلس خطة لتوسيع الحدائق العامة وزراعة الأشجار على ضفاف النهر.\n"
    )
    article = analysed_text(text)
    options = GenerationOptions(kinds=("comprehension",), count=100)
    asked = [
        item.extra["word"]
        for item in generate(article.analysed, article.vocabulary, options)
        if item.subtype == "meaning"
    ]
    assert asked, asked
    assert not {"تأخير", "إتاحة", "التوصيات", "وجبة", "نسخة"} & set(asked), asked


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("continue", "extend; reach; spread"),  # يستمر / يمتد ثلاثة أسابيع (seventh review)
        ("distinction; differentiation", "classification; sorting"),  # دقة في التمييز / التصنيف
    ],
)
def test_words_that_fit_one_gap_share_a_meaning(one, other):
    from exercises.generators.glosses import glosses_overlap

    assert glosses_overlap(one, other)
