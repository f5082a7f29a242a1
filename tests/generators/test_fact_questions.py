"""Numbers and dates are real questions, never a sentence copied with a figure blanked.

A figure is asked as «what does it count» (the nouns the article's other figures count as
options), a date as «متى ...؟» built from the clause it dates. Figures of the headline, the
dateline, list lines and catalogue codes are never asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import BLANK, GenerationOptions
from exercises.generators.registry import generate
from tests.generators import prompt_checks
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

REPORT = """الجنايات تقضي بحبس مسؤول سابق 7 سنوات في قضية «العقود الوهمية»

الرباط - (ومع) - امتلأت مدرجات الملعب بنحو 50 ألف مشجع خلال المباراة النهائية للبطولة.
وسجل الفريق الفائز 3 أهداف في الشوط الثاني من اللقاء.
وأعلنت الوزارة توزيع 15 ألف طرد على الأسر المحتاجة في المحافظات.
ويضم النموذج اللغوي الجديد 70 مليار معامل وفق القائمين عليه.
ويلتقي الأهلي مع الاتحاد السكندري يوم الثلاثاء في الجولة المقبلة، بينما يستقبل الزمالك فريق إنبي يوم الأربعاء.
ومنح المذنب التسمية المؤقتة C/2025 R4 بعد اكتشافه.

نتائج الجولة:
- الجيش الملكي 1 - 0 نهضة بركان
- الوداد الرياضي 4 - 2 حسنية أكادير
"""

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PATHS = sorted(CORPUS.glob("*.txt"))  # the top folder only: unseen/ and holdout/ stay unread


def fact_items(text: str):
    article = analysed_text(text)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return [item for item in items if item.subtype in ("numbers", "dates")]


def test_no_figure_is_asked_as_what_it_counts():
    # «إلامَ يشير الرقم «50 ألف»؟» was answered by copying the word after the figure
    items = fact_items(REPORT)
    assert items
    assert not any("50 ألف" in item.prompt and item.answer == "مشجع" for item in items)


def test_a_date_is_asked_with_when():
    items = [item for item in fact_items(REPORT) if item.subtype == "dates"]
    by_answer = {item.answer: item for item in items}
    assert {"الثلاثاء", "الأربعاء"} <= set(by_answer), [item.prompt for item in items]
    tuesday = by_answer["الثلاثاء"]
    assert tuesday.prompt.startswith("متى ") and tuesday.prompt.endswith("؟")
    assert "الأهلي" in tuesday.prompt and "الثلاثاء" not in tuesday.prompt
    assert "الأربعاء" in tuesday.options  # the sentence's other day: the tempting wrong one
    assert "الزمالك" in by_answer["الأربعاء"].prompt


def test_no_figure_from_the_headline_a_list_a_code_or_the_dateline():
    asked = " ".join(item.prompt + " " + " ".join(item.options) for item in fact_items(REPORT))
    for figure in ("7 ", "2025", "ومع", "4 - 2", "1 - 0"):
        assert figure not in asked


def test_nothing_when_no_real_question_can_be_made():
    text = "وقال المسؤول إن الأمر يتطلب وقتا أطول من المتوقع في 2024.\n"
    assert fact_items(text) == []


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_no_fact_item_of_the_corpus_blanks_a_copied_sentence(path):
    article = analysed_text(path.read_text(encoding="utf-8"))
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    context = article.context
    prose = {context.span(index) for index in context.prose_sentences}
    for item in items:
        if item.subtype not in ("numbers", "dates"):
            continue
        assert BLANK not in item.prompt, item.prompt
        assert item.answer not in item.prompt, item.prompt
        assert all(span in prose for span in item.support), item.prompt


HOW_MUCH = """ارتفعت أسعار الذهب خلال تعاملات اليوم في الأسواق العالمية.
وارتفع خام برنت بنسبة 1.2% عقب الإعلان عن القرار في فيينا.
ورفع الفريق الأول رصيد النقاط إلى 61 نقطة بعد الفوز الكبير على منافسه.
وبلغ عدد الزوار 40 ألف زائر خلال الأسبوع الأول من المعرض.
ووصلت الخسائر إلى 52 نقطة في الموسم الماضي، وسجل الفريق 44 نقطة في الموسم الذي سبقه.
"""


def test_how_much_is_asked_from_the_clause_the_figure_completes():
    items = {item.prompt: item for item in fact_items(HOW_MUCH) if item.subtype == "numbers"}
    assert items["بأي نسبة ارتفع خام برنت؟"].answer == "1.2%"
    rise = items["إلى كم رفع الفريق الأول رصيد النقاط؟"]
    assert rise.answer == "61 نقطة" and all(o.endswith(" نقطة") for o in rise.options)
    visitors = items["كم بلغ عدد الزوار؟"]
    assert visitors.answer == "40 ألف زائر" and len(visitors.options) == 4
    # «رصيده» points to the subject the question names (الفريق الأول), of the verb's gender:
    # it is asked; «رصيدها» would point outside the question: no clause
    text = HOW_MUCH.replace("رصيد النقاط", "رصيده")
    prompts = [item.prompt for item in fact_items(text)]
    assert "إلى كم رفع الفريق الأول رصيده؟" in prompts, prompts
    text = HOW_MUCH.replace("رصيد النقاط", "رصيدها")
    assert not any("رصيدها" in item.prompt for item in fact_items(text))


WHAT = """ارتفعت الفضة 1.3 بالمئة إلى 31 دولارا للأوقية في المعاملات الفورية.
وزاد البلاتين 0.6 بالمئة في التعاملات الصباحية في لندن.
ونزل البلاديوم 0.2 بالمئة في ختام الجلسة المسائية.
وتراجعت أسعار النحاس في الأسواق الآسيوية مع ضعف الطلب الصيني.
"""


def test_what_a_figure_describes_is_asked_with_ma_alladhi():
    items = {item.prompt: item for item in fact_items(WHAT) if item.subtype == "numbers"}
    silver = items["ما الذي ارتفع 1.3 بالمئة؟"]  # the verb in the masculine after «ما الذي»
    assert silver.answer == "الفضة"
    assert set(silver.options) == {"الفضة", "البلاتين", "البلاديوم", "أسعار النحاس"}


def test_a_when_question_never_ends_with_the_word_that_led_into_the_date():
    """«بنهاية مارس»: the lead with its preposition belongs to the date, so «متى ... بنهاية؟»
    is never asked; a clause that would still end on a governing word gives no question."""
    text = (
        "الإنتاج الصناعي يرتفع\n\n"
        "ارتفع الإنتاج الصناعي في البلاد بنسبة 4 في المائة خلال العام الماضي.\n\n"
        "وأوضح الديوان أن قطاع المحروقات سجل نموا ملحوظا، فيما تراجع إنتاج مواد البناء بشكل"
        " طفيف بنهاية مارس الماضي.\n\n"
        "ويتوقع خبراء أن يستمر النمو، ويبدأ تحسن الصادرات تدريجيا اعتبارا من يوم الخميس.\n"
    )
    article = analysed_text(text)
    items = generate(
        article.analysed,
        article.vocabulary,
        GenerationOptions(kinds=("comprehension",), seed=0, count=50),
    )
    dates = [item for item in items if item.subtype == "dates"]
    assert dates, [item.prompt for item in items]
    for item in items:
        assert not prompt_checks.problems(item), item.prompt


PLAN = """وكالة الفضاء تطلق قمرا صناعيا جديدا

الرياض - أطلقت وكالة الفضاء السعودية يوم الثلاثاء قمرا صناعيا جديدا لرصد الأرض من قاعدة في الصين.

وتسعى المملكة إلى توطين صناعة الفضاء ضمن مستهدفات رؤية 2030، إذ أنشأت الحكومة هيئة للفضاء أواخر عام 2018.

وتعمل الوكالة على تدريب مئات المهندسين الشباب في مراكز البحث الوطنية منذ عام 2019.
"""


def test_a_year_that_names_a_plan_or_an_event_is_not_asked_with_when():
    # «متى تسعى المملكة إلى توطين صناعة الفضاء؟» - 2030 (the eighth blind review): the year
    # is part of the name «رؤية 2030», not when the clause happens
    items = [item for item in fact_items(PLAN) if item.subtype == "dates"]
    assert not any("2030" in item.answer for item in items), [item.prompt for item in items]
    assert not any("رؤية" in option for item in items for option in item.options)


COMPANY = """شركة اتصالات توسع شبكتها

المنامة - أعلنت شركة «نور للاتصالات» يوم الاثنين توسيع شبكة الجيل الخامس في المملكة.

تأسست «نور للاتصالات» عام 2011، وتقدم خدمات الهاتف المحمول والإنترنت للأفراد والشركات.
"""


def test_a_quoted_name_inside_the_clause_does_not_end_it():
    # «تأسست «سحاب للاتصالات» عام 2009»: the clause was cut at the closing quote, and no
    # «متى» question was made of the year
    items = [item for item in fact_items(COMPANY) if item.subtype == "dates"]
    by_answer = {item.answer: item.prompt for item in items}
    assert by_answer.get("2011") == "متى تأسست «نور للاتصالات»؟", by_answer


def test_a_year_after_a_season_is_still_a_date():
    # «صيف 2023» (a code review): a season is a time word, not a name the year completes
    from exercises.generators.facts import find_facts

    text = PLAN.replace("منذ عام 2019", "منذ صيف 2019")
    article = analysed_text(text).context
    assert "2019" in [fact.text for fact in find_facts(article) if fact.kind == "year"]
