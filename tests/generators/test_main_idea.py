"""«ما الفكرة الرئيسة للنص؟»: the lead's gist against later points of the article and headlines."""

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
    pool = set(lines("headline_pool"))
    assert len(wrong) == 3 and all(option in pool or option in WITH_TITLE for option in wrong)
    # never the headline, never the sentence after the lead (it restates the lead), never a
    # headline true of it; a later paragraph's point may be one (test_wrong_options_are_...)
    assert "المدينة تفتتح مكتبة عامة جديدة للأطفال في حي الزيتون" not in item.options
    assert "افتتاح أكبر مكتبة عامة للأطفال في المدينة" not in item.options
    assert "افتتحت البلدية أكبر مكتبة عامة للأطفال في المدينة" not in item.options
    assert not any("4000" in option for option in item.options)


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


CAMPAIGN = """وزارة الصحة تطلق حملة للتطعيم

بغداد - أطلقت وزارة الصحة العراقية حملة وطنية للتطعيم ضد الحصبة في جميع المحافظات.

وتستهدف الحملة أكثر من خمسة ملايين طفل دون سن الخامسة.

وشاركت الفرق الطبية في تدريب خاص على استخدام اللقاحات الجديدة الأسبوع الماضي.

وخصصت المنظمة الدولية مبلغا كبيرا لدعم شراء اللقاحات ونقلها إلى القرى البعيدة.

ووزعت البلديات ملصقات توعية في الأسواق والمدارس والمساجد طوال الشهر.

وقال مدير دائرة الصحة العامة في تصريح منفصل.
"""


def test_wrong_options_are_the_articles_own_narrower_points():
    """Unrelated headlines let a learner spot the one option about the article: two wrong
    options are points of later paragraphs (true, but not what the article is about), never the
    sentence right after the lead (it often restates it) nor a speech verb cut from its words;
    the third is a headline of the article's domain sharing no content word with the lead."""
    (item,) = items_of(CAMPAIGN)
    assert (
        item.answer == "أطلقت وزارة الصحة العراقية حملة وطنية للتطعيم ضد الحصبة في جميع المحافظات"
    )
    wrong = [option for option in item.options if option != item.answer]
    later = [option for option in wrong if option in CAMPAIGN]
    assert len(later) == 2, wrong
    assert not any("خمسة ملايين" in option or "تصريح منفصل" in option for option in wrong)
    (headline,) = set(wrong) - set(later)
    assert headline in lines("headline_pool")
    assert not {"حملة", "وطنية", "الصحة"} & set(headline.split()), headline


def test_a_number_in_brackets_stays_in_the_gist():
    # «القانون رقم (47) لسنة 1993» became «القانون رقم لسنة 1993»: an aside in brackets goes,
    # a number in brackets is part of the sentence.
    text = WITH_TITLE.replace(
        "افتتحت بلدية المدينة صباح اليوم مكتبة عامة جديدة للأطفال في حي الزيتون.",
        "أقر مجلس البلدية (بالإجماع) تعديل القرار رقم (47) لسنة 2019 بشأن المكتبات العامة للأطفال.",
    )
    (item,) = items_of(text)
    assert "رقم 47 لسنة 2019" in item.answer, item.answer
    assert "بالإجماع" not in item.answer


TWO_ASIDES = """اتحاد المزارعين يمدد دعم الأسمدة

دمشق - اتفق اتحاد المزارعين العرب، الذي يضم نقابات زراعية من اثنتي عشرة دولة عربية، خلال اجتماع عقده في العاصمة يوم الأحد، على تمديد دعم الأسمدة حتى نهاية العام المقبل.

وتستفيد من الدعم آلاف المزارع الصغيرة في المناطق الريفية والجبلية.

وقال رئيس الاتحاد كمال حداد إن الأسعار العالمية للأسمدة ما زالت مرتفعة جدا.

وطالبت النقابات بتوسيع الدعم ليشمل البذور المحسنة ومعدات الري الحديثة.
"""


def test_two_asides_in_a_row_are_both_left_out_of_the_gist():
    """«اتفق الاتحاد، الذي يضم ...، خلال اجتماع ...، على تمديد ...»: the first aside taken out
    took the second one's comma with it, and the gist was cut before what was agreed."""
    items = items_of(TWO_ASIDES)
    assert [item.answer for item in items] == [
        "اتفق اتحاد المزارعين العرب على تمديد دعم الأسمدة حتى نهاية العام المقبل"
    ]


def test_a_month_written_in_two_calendars_does_not_block_the_gist():
    """«حزيران/يونيو»: the slash kept every such lead out of the options; one name is enough."""
    text = TWO_ASIDES.replace("حتى نهاية العام المقبل", "حتى نهاية حزيران/يونيو المقبل")
    assert [item.answer for item in items_of(text)] == [
        "اتفق اتحاد المزارعين العرب على تمديد دعم الأسمدة حتى نهاية حزيران المقبل"
    ]


def test_no_gist_glues_what_an_aside_held_onto_the_main_clause():
    # «... في عدد من المحافظات، بعد تسجيل 6412 حالة، بينها 23 حالة وفاة» lost the aside and
    # kept «بينها 23 حالة وفاة» (sixth review); «يزن القمر 210 كيلوغرامات، ويحمل كاميرا ...،
    # إضافة إلى مستشعر» lost a coordinated clause, not an aside.
    from exercises.generators.main_idea import _without_asides

    lead = (
        "حذرت وزارة الصحة من اتساع تفشي الحمى في عدد من المحافظات، بعد تسجيل 6412 حالة اشتباه، "
        "بينها 23 حالة وفاة، في وقت تعاني فيه المستشفيات من نقص الأدوية"
    )
    assert "بينها" not in _without_asides(lead)
    carried = (
        "يزن القمر نحو 210 كيلوغرامات، ويحمل كاميرا عالية الدقة، إضافة إلى مستشعر حراري لرصد "
        "درجات الحرارة"
    )
    assert "ويحمل كاميرا" in _without_asides(carried, verbs=frozenset({"ويحمل"}))


def test_no_option_ends_inside_a_clause_of_contrast():
    # «يأتي إطلاق القمر في إطار الاستراتيجية الوطنية فيما تجاوزت الاستثمارات الإماراتية» was
    # cut before the second clause's object: the gist stops before «فيما».
    from exercises.generators.main_idea import _before_contrast

    text = "يأتي إطلاق القمر في إطار الاستراتيجية الوطنية للفضاء فيما تجاوزت الاستثمارات الإماراتية"
    assert _before_contrast(text) == "يأتي إطلاق القمر في إطار الاستراتيجية الوطنية للفضاء"
    assert _before_contrast("ارتفعت الأسعار في حين تراجع الطلب") == "ارتفعت الأسعار"
    assert _before_contrast("ارتفعت الأسعار بنسبة كبيرة") == "ارتفعت الأسعار بنسبة كبيرة"


def test_a_relative_clause_never_follows_the_wrong_noun_once_asides_are_out():
    # «من 95 دولة، صباح الأحد، في النسخة الـ22 من الماراثون، الذي انطلق ...» became «من 95
    # دولة الذي انطلق» (sixth review): the relative went with the adjunct taken out.
    from exercises.generators.main_idea import _without_asides

    lead = (
        "شارك أكثر من أربعين ألف عداء من 95 دولة، صباح اليوم الأحد، في النسخة الثانية من "
        "الماراثون الدولي، الذي انطلق من الواجهة البحرية للعاصمة"
    )
    kept = _without_asides(lead)
    assert "دولة الذي" not in kept, kept
    assert kept.startswith("شارك أكثر من أربعين ألف عداء من 95 دولة"), kept


def test_no_option_ends_on_a_speaker_whose_words_were_cut():
    # «رحبت جمعية البنوك بالقرار، وقال مديرها العام، الدكتور وليد القضاة» (sixth review).
    from exercises.generators.main_idea import _claim_cut

    assert _claim_cut("رحبت جمعية البنوك بالقرار، وقال مديرها العام، الدكتور وليد القضاة")
    assert _claim_cut("قال مدير الدائرة في تصريح منفصل")
    assert not _claim_cut("رحبت الجمعية بالقرار وقال مديرها إن الخفض سيدعم النمو")


SECOND_CLAUSE = """جامعة تطلق منصة للتعليم عن بعد

عمّان - أطلقت الجامعة الأردنية، يوم الأحد، منصتها الجديدة للتعليم عن بعد «دروب» (Duroob)، التي تضم 400 مساق مجاني، وتعد وفق القائمين عليها من أكبر منصات التعليم المفتوح في المنطقة العربية وأكثرها استخداما بين الطلاب.

وتضم المنصة أكثر من 300 مساق في العلوم والآداب والهندسة.

وقال رئيس الجامعة إن المنصة ستتوسع خلال العام المقبل لتشمل جامعات أخرى.

ويبلغ عدد الطلاب المسجلين في المنصة نحو 12 ألف طالب حتى الآن.
"""

TRAILING_DAY = """أسواق

ارتفعت أسعار القمح في الأسواق العالمية إلى أعلى مستوى لها منذ عامين يوم الثلاثاء، مدعومة بمخاوف من تراجع الإنتاج في الدول المصدرة بعد موجة جفاف طويلة ضربت مناطق الزراعة الرئيسية.

وتضم البورصة أكثر من 300 شركة مدرجة في قطاعات مختلفة.

وقال محلل في السوق إن الأسعار قد تواصل الارتفاع خلال الأسابيع المقبلة.

ويبلغ حجم التداول اليومي نحو 2 مليار دولار في المتوسط.
"""


def test_a_long_lead_is_cut_before_its_second_clause_with_wa():
    (item,) = items_of(SECOND_CLAUSE)
    assert item.answer == ("أطلقت الجامعة الأردنية منصتها الجديدة للتعليم عن بعد «دروب»"), (
        item.answer
    )


def test_a_lead_ending_on_its_day_loses_the_day_not_the_item():
    (item,) = items_of(TRAILING_DAY)
    assert item.answer == ("ارتفعت أسعار القمح في الأسواق العالمية إلى أعلى مستوى لها منذ عامين"), (
        item.answer
    )


RATE = """المصرف المركزي يخفض الفائدة للمرة الثالثة

قرر مجلس المصرف المركزي، خلال اجتماعه الفصلي الذي انعقد يوم الثلاثاء بالعاصمة، خفض سعر الفائدة الرئيسي بـ50 نقطة أساس إلى 3.75 في المائة، في ثاني خفض من نوعه منذ مطلع السنة الماضية، وذلك بهدف دعم النشاط الاقتصادي وتيسير شروط التمويل أمام الشركات والأسر.

وقال محافظ المصرف إن التضخم تراجع خلال الأشهر الأخيرة إلى مستوى مريح.
"""


def test_a_lead_is_never_cut_between_a_figure_and_its_unit():
    # «... إلى 2.25» without «في المائة» (a development review): the cut went before «في»
    from exercises.generators.main_idea import lead_gist

    gist = lead_gist(analysed_text(RATE).context)  # too long to cut elsewhere: no item
    assert gist is None or not gist[1].endswith("3.75"), gist


TRANSFER = """الوحدة يضم المهاجم سامر خليل

أعلن نادي الوحدة الإماراتي، مساء الأحد، تعاقده رسميا مع المهاجم الأردني سامر خليل قادما من نادي الفيصلي، في صفقة تبلغ قيمتها نحو 4 ملايين دولار، لتصبح الأغلى في تاريخ النادي.

ويستعد الفريق لخوض معسكر إعدادي في إسبانيا يبدأ في العاشر من يوليو المقبل.
"""


def test_a_purpose_clause_goes_with_the_aside_it_completes():
    # «... البورسعيدي لتصبح الأعلى»: the deal the clause completes was cut (seventh review)
    from exercises.generators.main_idea import lead_gist

    gist = lead_gist(analysed_text(TRANSFER).context)
    assert gist is None or "لتصبح" not in gist[1], gist


STUDY = """باحثون: نصف الأطفال في المدن لا يمارسون الرياضة

عمّان - كشفت دراسة ميدانية واسعة أجراها فريق من الباحثين في كلية الطب بالجامعة الأردنية بالتعاون مع وزارة الصحة أن نصف الأطفال في المدن الكبرى لا يمارسون أي نشاط بدني منتظم خلال الأسبوع، في نتيجة وصفها الباحثون بأنها «مقلقة».

وشملت الدراسة أكثر من 3000 طفل في خمس محافظات.

وتوصي الدراسة المدارس بزيادة حصص التربية البدنية إلى ثلاث حصص أسبوعيا.

وتعمل الوزارة على إطلاق حملة توعية في المدارس مع بداية العام الدراسي المقبل.
"""

STUDY_OF_OFFICIALS = STUDY.replace("أن نصف الأطفال", "أن المسؤولين عن الأطفال").replace(
    "لا يمارسون أي نشاط", "لا يشجعون أي نشاط"
)


def test_a_lead_reporting_a_finding_gives_the_finding_as_its_gist():
    # «كشفت دراسة ... أجراها ... أن ...»: the frame alone fills the gist's length, and what was
    # found is the news (13 of the corpus's 40 articles had no main idea, several for this)
    from exercises.generators.main_idea import lead_gist

    gist = lead_gist(analysed_text(STUDY).context)
    assert gist is not None
    assert gist[1].startswith("نصف الأطفال في المدن الكبرى لا يمارسون أي نشاط بدني"), gist
    assert "أجراها" not in gist[1] and "مقلقة" not in gist[1], gist
    assert len(items_of(STUDY)) == 1


def test_a_finding_whose_subject_changes_case_without_its_that_is_not_given():
    # أن المسؤولين -> المسؤولون: dropping «أن» would leave a noun in the wrong case
    from exercises.generators.main_idea import lead_gist

    gist = lead_gist(analysed_text(STUDY_OF_OFFICIALS).context)
    assert gist is None or not gist[1].startswith("المسؤولين"), gist


def test_a_finding_cut_at_its_comma_is_a_whole_clause():
    # «نسبة المصابين بمرض السكري من البالغين في الكويت» (cut before «، وهي ...، بلغت»): a noun
    # phrase with no predicate was offered as the main idea (a code review)
    from exercises.generators.main_idea import lead_gist

    text = STUDY.replace(
        "أن نصف الأطفال في المدن الكبرى لا يمارسون أي نشاط بدني منتظم خلال الأسبوع،",
        "أن نسبة الأطفال الذين لا يمارسون الرياضة في المدن الكبرى، وهي من الأعلى في المنطقة، بلغت 50 في المئة،",
    )
    gist = lead_gist(analysed_text(text).context)
    assert gist is None or "بلغت" in gist[1], gist


def test_a_finding_whose_adjective_or_pronoun_needs_the_frame_is_not_given():
    # «الطلاب المتفوقين ...» keeps the case «أن» gave; «مشتركيها» points into the cut frame
    from exercises.generators.main_idea import lead_gist

    for finding in (
        "أن الطلاب المتفوقين في المدارس الحكومية حصلوا على منح دراسية كاملة في الجامعات",
        "أن عدد مشتركيها ارتفع إلى مليون مشترك في المدن الكبرى خلال العام الماضي",
    ):
        text = STUDY.replace(
            "أن نصف الأطفال في المدن الكبرى لا يمارسون أي نشاط بدني منتظم خلال الأسبوع", finding
        )
        gist = lead_gist(analysed_text(text).context)
        assert gist is None or not gist[1].startswith(finding.split()[1]), gist
