"""Meaning in context never asks a family name (رشيد الكتاني read as "linen") nor a word of
scripture (﴿... الْمُطْمَئِنَّةُ﴾): neither is vocabulary a teacher would test."""

from __future__ import annotations

from pathlib import Path

import pytest

from exercises.generators.meaning import meaning_items
from tests.generators.conftest import analysed_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("name", "never"),
    [
        ("26_weather_morocco_cold_wave_alert", "الكتاني"),
        ("24_obituary_iraqi_poet_saadi", "الْمُطْمَئِنَّةُ"),
    ],
)
def test_no_family_name_and_no_word_of_scripture_is_asked(name, never):
    article = analysed_text((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    items = meaning_items(article.context, 0)
    assert items
    assert not any(item.extra["word"] == never or "﴿" in item.prompt for item in items)


NAMES_AND_OPENERS = """\
الكويت: أعلن البنك المركزي المصري أمس رفع أسعار الفائدة على الودائع بنسبة كبيرة لمواجهة التضخم المتزايد في الأسواق.
وقالت الأمم المتحدة إن المساعدات الغذائية وصلت إلى المخيمات الواقعة في شمال البلاد بعد أسابيع من الانتظار الطويل.
في المقابل، انتقد الخبراء الاقتصاديون القرار المفاجئ بسبب آثاره السلبية على الاستثمار والنمو في القطاع الخاص.
وأكد المسؤولون أن الحكومة ستواصل دعم المزارعين الصغار الذين تضرروا من موجة الجفاف الشديدة هذا العام.
"""


def test_no_word_of_a_bodys_name_and_no_word_the_prompt_leaves_out_is_asked():
    # الائتمان in بنك الائتمان الكويتي was asked as "trust"; المقابل of a leading «في المقابل»
    # was asked while the prompt's sentence began after it.
    article = analysed_text(NAMES_AND_OPENERS)
    items = meaning_items(article.context, 0)
    assert items
    asked = {item.extra["word"] for item in items}
    assert not asked & {"المركزي", "المصري", "الأمم", "المتحدة", "المقابل", "البنك"}, asked
    for item in items:
        sentence = item.prompt.split(" في الجملة: ", 1)[1]
        token = article.analysed.tokens[int(item.key.rsplit(":", 1)[1])].token.text
        assert token in sentence, (token, sentence)


TERMS = """\
أطلقت وكالة الفضاء الإماراتية أمس القمر الصناعي الجديد لرصد التغيرات البيئية في المنطقة.
وأكد المسؤولون أن حقوق الإنسان تبقى أولوية في خطط الحكومة الجديدة للسنوات المقبلة.
وقررت اللجنة رفع أسعار الفائدة بعد ارتفاع معدل التضخم خلال الأشهر الأخيرة في البلاد.
وأشار الخبراء إلى أن الطلب على الكهرباء يرتفع بشدة في فصل الصيف الحار كل عام.
"""


def test_no_word_of_a_multiword_term_is_asked_alone():
    # الصناعي in القمر الصناعي was asked as "industrial": inside a term a word has the term's
    # sense (a satellite), which the word's own gloss does not give.
    article = analysed_text(TERMS)
    terms = article.analysed.terms
    inside = {
        article.analysed.tokens[index].token.text
        for term in terms
        for index in range(term.first_token, term.last_token + 1)
    }
    assert {"القمر", "الصناعي", "حقوق", "الإنسان"} <= inside, inside
    items = meaning_items(article.context, 0)
    assert items
    asked = {item.extra["word"] for item in items}
    assert not asked & inside, asked


CLAUSES = """\
وافتتحت الوزيرة المدرسة الجديدة في حي الزهور صباح الأحد، وأكدت أن المبنى يضم مختبرا حديثا للعلوم والحاسوب.
"""


def test_a_sentence_showing_a_cloze_answer_is_cut_to_the_clause_of_the_word_asked():
    # the dev review: a meaning question quoted the sentence of a cloze item whole, so its
    # prompt showed that item's answer; the clause of the word asked is shown instead
    article = analysed_text(CLAUSES).context
    article.hidden = ("المدرسة الجديدة",)
    items = meaning_items(article, 0)
    assert items
    for item in items:
        assert "المدرسة الجديدة" not in item.prompt, item.prompt
        assert item.extra["word"] in item.prompt, item.prompt


def test_no_dual_and_no_ordinal_inside_a_compound_number_is_asked():
    # «أسبوعين» keyed "week", «الخامسة» of «الخامسة والعشرين» keyed "fifth" (seventh review)
    from exercises.generators.meaning import _eligible

    text = (
        "واستمرت مفاوضات المزارعين مع الوزارة أسبوعين قبل توقيع الاتفاق.\n"
        "وتقام الدورة الخامسة والعشرون للمعرض الزراعي في العاصمة بمشاركة واسعة.\n"
    )
    asked = {item.token.text for item in _eligible(analysed_text(text).context)}
    assert {"الاتفاق", "العاصمة"} <= asked, asked
    assert not asked & {"أسبوعين", "الخامسة"}, asked


def test_hard_currency_is_one_term():
    # «العملة الصعبة» keyed "difficult; arduous" (seventh review): a term of the list now
    from exercises.generators.meaning import _eligible

    text = "تعاني البلاد من نقص حاد في العملة الصعبة بسبب تراجع الصادرات والسياحة.\n"
    asked = {item.token.text for item in _eligible(analysed_text(text).context)}
    assert "الصادرات" in asked and not asked & {"العملة", "الصعبة"}, asked


def test_a_clause_cut_from_a_quotation_keeps_its_quotes_paired():
    # «إن "المنخفض الحالي هو الأقوى منذ كانون الثاني الماضي …»: the quote left open
    from exercises.generators.meaning import _quotes_closed

    assert (
        _quotes_closed('إن "المنخفض الحالي هو الأقوى منذ شهر')
        == 'إن "المنخفض الحالي هو الأقوى منذ شهر"'
    )
    assert _quotes_closed('هو الأقوى منذ شهر"، وأضاف أن') == '"هو الأقوى منذ شهر"، وأضاف أن'
    assert _quotes_closed("قال إن «الوضع صعب جدا") == "قال إن «الوضع صعب جدا»"
    assert _quotes_closed("الوضع صعب جدا» وأضاف") == "«الوضع صعب جدا» وأضاف"
