"""«ما الفكرة الرئيسة للنص؟»: the lead's gist against headlines of other stories."""

from __future__ import annotations

from exercises.arabic.wordlists import lines
from exercises.generators.article_context import ArticleContext
from exercises.generators.main_idea import PROMPT, main_idea_items
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

WITH_TITLE = """المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون

عمّان - افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.

وتضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية.

وبلغت كلفة المشروع نحو 2 مليون دينار خلال ثلاث سنوات.

وستفتح المكتبة أبوابها يوميا من الساعة 9 صباحا حتى الساعة 6 مساء.

وقال رئيس البلدية سامي خالد إن "القراءة تبدأ في البيت".
"""

NO_TITLE = """افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.
وتضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية.
وبلغت كلفة المشروع نحو 2 مليون دينار خلال ثلاث سنوات.
وستفتح المكتبة أبوابها يوميا من الساعة 9 صباحا حتى الساعة 6 مساء.
"""

FEW_DETAILS = """المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون

افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.

وتضم المكتبة أكثر من 4000 كتاب باللغة العربية والإنجليزية.
"""


def items_of(text: str):
    article = analysed_text(text)
    items = main_idea_items(article.context, 0)
    check_items(article.analysed, tuple(items))
    return items


def test_the_lead_is_the_main_idea_against_headlines_of_other_stories():
    (item,) = items_of(WITH_TITLE)
    assert item.prompt == PROMPT
    assert item.answer == "افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون"
    wrong = set(item.options) - {item.answer}
    assert len(wrong) == 3 and wrong <= set(lines("headline_pool"))
    # never the headline, never a detail of the article, never a headline true of it
    assert "المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون" not in item.options
    assert "افتتاح أكبر مكتبة عامة للأطفال في المدينة" not in item.options
    assert not any("4000" in option or "دينار" in option for option in item.options)


def test_the_teachers_other_titles_come_first():
    article = analysed_text(WITH_TITLE)
    context = ArticleContext(
        article.analysed, article.vocabulary, other_titles=("الأمطار تغرق الشوارع", "فوز الفريق")
    )
    (item,) = main_idea_items(context, 0)
    assert {"الأمطار تغرق الشوارع", "فوز الفريق"} <= set(item.options)


def test_a_lead_that_repeats_the_headline_gives_no_item():
    title = "افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون"
    assert items_of(f"{title}\n\n{NO_TITLE}") == []


SPLICED_LEAD = """البرلمان يقر الموازنة العامة لعام 2025 بالأغلبية

عمان - أقر مجلس النواب، في جلسة مطولة عقدها مساء يوم الأحد، مشروع قانون الموازنة العامة للسنة المالية المقبلة، بعد أن صوت لصالحه 78 نائبا من أصل 112 حضروا الجلسة، فيما عارضه 31 نائبا وامتنع ثلاثة عن التصويت.

وتبلغ النفقات العامة المقدرة في الموازنة نحو 12.5 مليار دينار.

وقال وزير المالية إن الحكومة حرصت على عدم فرض أي ضرائب جديدة على المواطنين.
"""


def test_the_gist_never_splices_a_clause_of_the_lead_onto_its_main_clause():
    """Taking out «، بعد أن صوت لصالحه 78 نائبا ...،» as if it were an aside glued «فيما عارضه 31
    نائبا» to the main clause: the option said the vote passed while 31 opposed it."""
    article = analysed_text(SPLICED_LEAD)
    items = main_idea_items(ArticleContext(article.analysed, article.vocabulary), seed=0)
    assert [item.answer for item in items] == [
        "أقر مجلس النواب مشروع قانون الموازنة العامة للسنة المالية المقبلة"
    ]
