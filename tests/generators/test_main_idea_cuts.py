"""Main-idea options cut from long sentences: a point framed by a phrase before its verb is a
detail, a clause between commas is never left out as an aside, and a long lead is cut before a
verb describing its object (twelfth review and its folder)."""

from __future__ import annotations

from exercises.generators.main_idea import details, lead_gist
from tests.generators.conftest import analysed_text
from tests.generators.test_main_idea import items_of

FRAMED_POINTS = """تونس تتصدر البطولة العربية للسباحة

وهران - واصل المنتخب التونسي للسباحة تصدره لجدول الميداليات في البطولة العربية المقامة بوهران.

وقال المدرب عقب السباق إن الفريق استعد جيدا لهذه البطولة منذ أشهر.

من جانبه، أسعد المنتخب الجزائري جماهيره بانتزاع ذهبية التتابع للرجال في سباق مثير.

وفي منافسات السيدات، فازت السباحة المصرية سلمى عبد الرحمن بذهبية سباق الفراشة بعد منافسة قوية.
"""


def test_a_point_framed_by_a_phrase_before_its_verb_is_a_detail():
    # the twelfth review met a main idea whose three wrong options were other stories' headlines:
    # the later points open on «من جانبه،» or «وفي منافسات السيدات،» before their verb, and a
    # point was taken only when its statement opened on the verb
    (item,) = items_of(FRAMED_POINTS)
    later = [option for option in item.options if option != item.answer and option.split()[0]]
    points = [option for option in later if option.split()[0] in ("أسعد", "فازت")]
    assert len(points) == 2, item.options


RANKING = """تونس تتصدر البطولة العربية للسباحة

وهران - واصل المنتخب التونسي للسباحة تصدره لجدول الميداليات في البطولة العربية المقامة بوهران.

وقال المدرب عقب السباق إن الفريق استعد جيدا لهذه البطولة منذ أشهر.

وبعد يومين من المنافسات، تتصدر تونس الترتيب برصيد 9 ميداليات ذهبية، تليها مصر بسبع ذهبيات، ثم الجزائر بأربع.
"""


def test_a_clause_between_commas_is_not_left_out_as_an_aside():
    # «تتصدر تونس الترتيب برصيد 9 ميداليات ذهبية ثم الجزائر بأربع»: with «تليها مصر» taken out,
    # Algeria came second

    context = analysed_text(RANKING).context
    points = details(context, *lead_gist(context))
    assert not any("ذهبية ثم الجزائر" in point for point in points), points


CAMPAIGN_LEAD = """حملة تلقيح ضد الحصبة في العراق

بغداد - أطلقت وزارة الصحة، صباح السبت، حملة وطنية للتلقيح ضد الحصبة والحصبة الألمانية تستهدف أكثر من أربعة ملايين طفل تتراوح أعمارهم بين تسعة أشهر وخمس سنوات في جميع المحافظات.

وقال المتحدث باسم الوزارة إن الفرق الصحية ستزور المنازل في المناطق النائية والمخيمات.

وتنفذ الحملة بدعم من منظمة الصحة العالمية ومنظمة الأمم المتحدة للطفولة.
"""


def test_a_long_lead_is_cut_before_a_verb_describing_its_object():
    # 27 words with no comma and no adjunct to cut before: the lead gave no main idea, and a
    # health article with quotes and figures had meaning items alone (twelfth review's folder)
    (item,) = items_of(CAMPAIGN_LEAD)
    assert item.answer.startswith("أطلقت وزارة الصحة حملة وطنية للتلقيح ضد الحصبة"), item.answer
    assert len(item.answer.split()) <= 22 and not item.answer.endswith(("بين", "تتراوح"))


FRAUD = """السجن ثماني سنوات لمتهم رئيسي في قضية نصب عقاري

الدار البيضاء - أصدرت غرفة الجنايات لدى محكمة الاستئناف بالدار البيضاء أحكاما بالسجن النافذ في حق سبعة متهمين في قضية نصب واحتيال عقاري.

وقضت المحكمة بثماني سنوات في حق المتهم الرئيسي، وهو مسير الشركة العقارية.

وتعود تفاصيل القضية إلى ربيع عام 2021، حين شرعت الشركة في تسويق 186 شقة ضمن مشروع أطلقت عليه اسم "إقامة الياسمين"، مقابل تسبيقات تراوحت بين 80 ألفا و250 ألف درهم للشقة الواحدة.

وقال محامي الضحايا إن موكليه ينتظرون منذ ثلاث سنوات استرجاع أموالهم.
"""


def test_a_clause_opening_on_a_conjunction_of_time_is_not_left_out_as_an_aside():
    # «تعود تفاصيل القضية إلى ربيع عام 2021 مقابل تسبيقات»: with «حين شرعت الشركة ...» taken
    # out, the advances were glued onto the spring (thirteenth review, #90)
    context = analysed_text(FRAUD).context
    points = details(context, *lead_gist(context))
    assert not any("2021 مقابل" in point for point in points), points
    assert any(point.startswith("تعود تفاصيل القضية إلى ربيع عام 2021") for point in points)


PREMIERE = """عرض أول لمسرحية جديدة في عمّان

عمّان - شهد المسرح الوطني في عمّان مساء الجمعة العرض الأول لمسرحية «ظلال المدينة» بحضور جمهور كبير ملأ القاعة.

وتروي المسرحية حكاية عائلة تعود إلى حيها القديم بعد غياب طويل، في نص كتبه الكاتب الأردني سامر العلي.

وأدى دور البطولة الفنان نادر الحسن، إلى جانب الممثلة الشابة ريما سالم في أول ظهور لها على المسرح، وقد نالت تصفيقا طويلا في المشهد الأخير.

ويستمر عرض المسرحية حتى العاشر من الشهر المقبل بواقع عرض يومي باستثناء يوم السبت.
"""


def test_no_option_glues_the_clause_after_an_aside_or_drops_what_an_exception_needs():
    """Seventeenth review #15: «أدى دور البطولة الفنان ... وقد نالت تصفيقا» (her name went with
    the aside) and «... بواقع عرض يومي باستثناء» (the day it excepts went as a last day)."""
    (item,) = items_of(PREMIERE)
    for option in item.options:
        assert "نالت" not in option or "ريما" in option, option
        assert not option.endswith("باستثناء"), option


CONTEST = """طالبة من إربد تفوز بمسابقة القراءة الوطنية

عمّان – فازت الطالبة ليان محمود العمري من مدرسة إربد الثانوية للبنات بلقب الدورة الرابعة من مسابقة "أبطال القراءة" المدرسية، في الحفل الختامي الذي أقيم مساء الأحد في المكتبة الوطنية، بعد منافسة شارك فيها أكثر من 6 آلاف طالب وطالبة من 150 مدرسة في مختلف المحافظات.

وقرأت الفائزة خلال العام الدراسي أكثر من خمسين كتابا في الأدب والتاريخ والعلوم.

وتسلمت الطالبة جائزة مالية قدرها عشرة آلاف دينار إضافة إلى منحة دراسية كاملة.

وتهدف المسابقة إلى تشجيع الطلبة على القراءة وتنمية مهارات التفكير والحوار لديهم.
"""


def test_no_option_ends_on_a_verb_whose_subject_was_cut():
    """Eighteenth review #39: «... بعد منافسة شارك» (شارك فيها أكثر من 8 آلاف طالب)."""
    items = items_of(CONTEST)
    assert items
    for item in items:
        for option in item.options:
            assert option.split()[-1] != "شارك", option
