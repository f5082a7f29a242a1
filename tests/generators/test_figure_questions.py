"""Number and date questions name what they ask about (fifth review, #71 «كم سجّل مع الفريق؟»,
#77 «متى انضم إلى الزمالك قادماً من غزل المحلة؟»): the clause's subject, resolved from the
sentence or the paragraph when the verb does not name it, and the counted noun; the clause is
shortened, not copied whole; no question when the subject cannot be found; «كم» on an
approximation says so (تقريبا), and a figure given as a bound (أكثر من) is not asked."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

PLAYER = """الوحدة يتعاقد مع المهاجم سامر خليل لثلاثة مواسم

أعلن نادي الوحدة تعاقده مع المهاجم سامر خليل لمدة ثلاثة مواسم مقبلة.

ولعب المهاجم سامر خليل خمسة مواسم مع نادي الشعلة، وسجل مع الفريق 47 هدفا في جميع المسابقات. وانضم إلى الشعلة في شهر آب 2019 قادما من نادي الرمثا.

وتبلغ قيمة الصفقة نحو 2.5 مليون دينار بحسب مصادر مقربة من النادي.

وشارك في معسكر الفريق الأخير أكثر من 300 لاعب من الفئات العمرية المختلفة.

وانتقل إلى الدوري السعودي في عام 2016 بعد موسمين ناجحين في الدوري المحلي.
"""


def figure_items(text: str) -> list:
    article = analysed_text(text)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    check_items(article.analysed, items)
    return [item for item in items if item.subtype in ("numbers", "dates")]


def _about(items: list, value: str) -> list:
    return [item for item in items if value in item.answer]


def test_a_count_question_names_the_subject_and_the_counted_noun():
    goals = _about(figure_items(PLAYER), "47")
    assert goals, [item.prompt for item in figure_items(PLAYER)]
    for item in goals:
        assert "خليل" in item.prompt and "هدف" in item.prompt, item.prompt


def test_a_date_question_names_the_subject_from_the_sentence_before_and_is_shortened():
    joined = _about(figure_items(PLAYER), "آب")
    assert joined, [item.prompt for item in figure_items(PLAYER)]
    for item in joined:
        assert "خليل" in item.prompt, item.prompt
        assert "قادما" not in item.prompt and "الرمثا" not in item.prompt, item.prompt


def test_no_question_when_the_subject_is_named_nowhere_in_the_paragraph():
    assert _about(figure_items(PLAYER), "2016") == []


def test_an_approximate_figure_is_asked_as_approximate():
    price = _about(figure_items(PLAYER), "2.5")
    for item in price:
        assert "تقريبا" in item.prompt, item.prompt


def test_a_bound_is_not_asked_as_an_exact_figure():
    assert _about(figure_items(PLAYER), "300") == []


def test_no_question_lacks_a_subject_after_its_verb():
    """Every «كم/متى/إلى كم/بأي نسبة + verb» question has a named word after the verb: the
    subject, never a preposition straight away (كم سجل مع ...)."""
    for item in figure_items(PLAYER):
        words = item.prompt.rstrip("؟").split()
        after = words[2:] if words[0] in ("كم", "متى") else words[3:]
        assert after and after[0] not in ("مع", "إلى", "في", "من", "على"), item.prompt


def test_an_adjective_of_the_object_is_kept_with_it():
    """«عرضا أوليا»: an indefinite accusative after the object is its adjective, not a
    circumstantial that ends the complement (قادما من ...)."""
    text = """النادي يرفض الطلب

وتلقت إدارة نادي الوحدة عرضا جديدا من نادي الشعلة في مطلع شباط الماضي.
"""
    asked = _about(figure_items(text), "شباط")
    assert [item.prompt for item in asked] == ["متى تلقت إدارة نادي الوحدة عرضا جديدا؟"]


PRIZE = """رواية لبنانية تفوز بجائزة الرواية العربية

فازت الروائية اللبنانية سلمى حداد بجائزة الرواية العربية عن روايتها «بيت على التلة».

وتبلغ قيمة الجائزة 25 ألف دولار، إضافة إلى ترجمة الرواية الفائزة إلى اللغة الإنجليزية.

ونشرت الصحيفة الخبر على صفحتها الأولى صباح الأحد.

وتدور أحداث الرواية في قرية جبلية خلال الحرب الأهلية.

وتسلمت الكاتبة الجائزة في حفل أقيم في بيروت بحضور عدد من الأدباء.

وبلغ عدد الروايات المشاركة 120 رواية من 14 بلدا عربيا.

وبلغت كلفة الحفل 40 ألف دولار بحسب المنظمين.

ووصل حجم مبيعات الرواية 9 آلاف نسخة خلال شهرين.
"""


def test_what_a_sum_measures_is_asked_only_against_other_measures():
    # «ما الذي يبلغ 25 ألف دولار؟» against الصحيفة، أحداث الرواية (dev review): only one
    # option can be an amount of money, so a learner needs no reading
    article = analysed_text(PRIZE)
    items = generate_comprehension(article.context, GenerationOptions(count=100))
    asked = [i for i in items if i.subtype == "numbers" and i.prompt.startswith("ما الذي")]
    assert "قيمة الجائزة" in [item.answer for item in asked], [i.prompt for i in items]
    for item in asked:
        wrong = [option for option in item.options if option != item.answer]
        assert all(option.split()[0] in MEASURES for option in wrong), item.options


MEASURES = {"قيمة", "عدد", "نسبة", "حجم", "كلفة", "تكلفة", "سعر", "أسعار", "مساحة", "معدل"}


SEASON = """مهرجان الخريف يستقبل زواره

افتتحت وزارة السياحة مهرجان الخريف في مدينة صلالة يوم الأحد الماضي بحضور عدد من المسؤولين.

وتتواصل فعاليات المهرجان حتى نهاية أغسطس، وتشمل عروضا فنية وتراثية وأسواقا للمنتجات المحلية.

ويستمر العمل في الطريق الجبلي منذ مطلع يوليو لتسهيل وصول الزوار إلى المواقع الطبيعية.
"""


def test_no_when_question_on_a_date_that_bounds_or_parts_a_period():
    # «متى تتواصل فعاليات المهرجان؟» answered «أغسطس» for «حتى نهاية أغسطس» (a development
    # review): «متى» asks a point in time, and the answer lost «حتى نهاية»
    items = [item for item in figure_items(SEASON) if item.subtype == "dates"]
    assert any("افتتحت" in item.prompt for item in items), [i.prompt for i in items]
    assert not any(word in item.prompt for item in items for word in ("تتواصل", "يستمر"))


PORT = """توسعة ميناء المدينة

أعلنت هيئة الموانئ أمس بدء أعمال توسعة ميناء المدينة التجاري بكلفة تقارب 90 مليون دولار.

ويشمل المشروع بناء رصيف جديد للسفن بطول 450 مترا وعرض 35 مترا، إضافة إلى ساحة للحاويات.

وقال مدير الهيئة إن الأعمال ستنتهي خلال عامين، وإن الميناء سيستقبل سفنا أكبر حجما.
"""


def test_a_figure_that_completes_a_noun_is_not_asked_after_the_noun():
    """«بطول 450 مترا وعرض 35 مترا»: 35 is the width's, «كم مترا يتضمن المشروع ... وعرض؟» is
    no question (seventeenth review #41)."""
    items = figure_items(PORT)
    for item in items:
        last = item.prompt.rstrip("؟").split()[-1]
        assert last not in ("وعرض", "بطول", "عرض", "طول"), item.prompt
