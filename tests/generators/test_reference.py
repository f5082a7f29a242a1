"""Reference: what an attached pronoun stands for, made only when the antecedent is certain."""

from __future__ import annotations

import pytest

from exercises.exports.gift import gift_question
from exercises.generators.article_context import ArticleContext
from exercises.generators.items import GenerationOptions
from exercises.generators.reference import reference_items
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items
from tests.generators.test_corpus_comprehension import PATHS, comprehension

ARTICLE = """وزارة الصحة تطلق حملة للتطعيم

بغداد - أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الحصبة في جميع المحافظات.

وعرض المخرج التونسي الفيلم في الافتتاح، الذي تبلغ مدته 104 دقائق، أمام جمهور كبير.

وقالت الدراسة، التي نشرت نتائجها الأولية في دورية علمية، إن المرض ينتشر بسرعة.

وفي معرض رده على أسئلة الصحافيين، شدد الوزير على أهمية التطعيم المبكر للأطفال.

يذكر أن البرنامج أطلق بتوجيهات من الرئيس، الذي أعلن عنه في خطاب رسمي العام الماضي.

وأكد الوزير أنه سيزور المحافظات الجنوبية الأسبوع المقبل لمتابعة سير الحملة الوطنية.
"""


def items_of(text: str):
    article = analysed_text(text)
    return article, reference_items(ArticleContext(article.analysed, article.vocabulary), seed=0)


def test_a_pronoun_in_a_relative_clause_stands_for_the_phrase_before_the_relative():
    _, items = items_of(ARTICLE)
    answers = {item.extra["word"]: item.answer for item in items}
    # «الافتتاح، الذي تبلغ مدته»: after «في الافتتاح» the relative may go with «الفيلم» too
    assert answers == {"نتائجها": "الدراسة"}, answers
    for item in items:
        assert len(item.options) == 4 and item.answer in item.options
        assert item.prompt.startswith("علامَ يعود الضمير في «")


def test_no_item_when_the_antecedent_is_not_certain():
    """Put before its verb (وفي معرض رده) the pronoun may stand for the subject after it; after
    «الذي أعلن» the relative is the subject and «عنه» something else; «أنه» is left alone."""
    _, items = items_of(ARTICLE)
    words = {item.extra["word"] for item in items}
    assert not words & {"رده", "عنه", "أنه"}, words


def test_reference_items_appear_in_sets_and_export_as_multiple_choice():
    article = analysed_text(ARTICLE)
    items = generate(
        article.analysed,
        article.vocabulary,
        GenerationOptions(kinds=("comprehension",), seed=0, count=30),
    )
    check_items(article.analysed, items)
    references = [item for item in items if item.subtype == "reference"]
    assert references
    assert references[0].type == "multiple_choice"
    exported = gift_question(references[0], "q1")
    assert "=" in exported and "~" in exported


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_every_reference_answer_is_a_phrase_of_its_support_and_agrees(path):
    article, items = comprehension(path, seed=3, count=100)
    for item in items:
        if item.subtype != "reference":
            continue
        support = " ".join(article.text[span.start : span.end] for span in item.support)
        head = item.answer.split()[0]
        assert head in support or head.removeprefix("ال") in support, item.answer
        assert item.extra["word"] in item.prompt
        words = [set(option.split()) for option in item.options]
        assert all(a.isdisjoint(b) for i, a in enumerate(words) for b in words[i + 1 :]), (
            item.options
        )


PLAYER = """فوز الفريق بالكأس في النهائي

وسجل المهاجم الشاب يوسف بنعلي هدف الفوز في الدقيقة الأخيرة من المباراة النهائية للبطولة العربية أمام الجماهير الغفيرة.

وصرح بنعلي للصحفيين بأنه أهدى الفوز إلى والده الذي حضر المباراة في الملعب لأول مرة.

واختير بنعلي أفضل لاعب في المباراة، وهو في الحادية والعشرين من عمره، وكان قد انضم إلى الفريق الأول قبل عامين.

وأعلنت الشركة أن فريقها الفني جهز الملعب خلال أسبوعين فقط.
"""


def test_no_item_when_a_verb_before_the_phrase_has_another_subject():
    """«وصرح بنعلي ... بأنه أهدى الفوز إلى والده»: his father (بنعلي's), not the win's; «اختير
    بنعلي أفضل لاعب ... من عمره»: بنعلي's age. The subject of the verb before the phrase (a name,
    or hidden) may be what the pronoun stands for, and it is not among the phrases."""
    _, items = items_of(PLAYER)
    answers = {item.extra["word"]: item.answer for item in items}
    assert "والده" not in answers and "عمره" not in answers, answers
    assert answers.get("فريقها") == "الشركة", answers  # the subject is the phrase itself


def test_a_person_answer_has_no_other_person_among_its_options():
    """With a person as the answer, «المهاجم» or «اللاعب» could be the same person: a second
    right answer. Wrong options are then things, not titles or names."""
    text = PLAYER.replace(
        "وأعلنت الشركة أن فريقها الفني جهز الملعب",
        "وقال المدرب الوطني، في كلمته أمام الصحافيين، إن اللاعب جاهز",
    )
    _, items = items_of(text)
    kalima = [item for item in items if item.extra["word"] == "كلمته"]
    assert kalima, [item.extra["word"] for item in items]
    assert kalima[0].answer == "المدرب الوطني"
    wrong = [option for option in kalima[0].options if option != kalima[0].answer]
    assert not {"المهاجم", "اللاعب", "لاعب"} & {w for option in wrong for w in option.split()}, (
        wrong
    )


def test_the_answer_is_not_the_only_option_in_the_sentence_shown():
    # «وأضاف أن الوزارة تواصل جهودها ...»: three options from elsewhere in the article and the
    # answer the only one in view (sixth review). Phrases of the sentence that do not agree
    # with the pronoun come first; they are wrong by gender or number, not by being absent.
    text = (
        "أعادت الحكومة العراقية افتتاح المتحف الوطني في الموصل بعد سنوات من الإغلاق.\n\n"
        "وقال مدير المتحف إن الشراكة مع مؤسسات دولية ساعدت في ترميم القاعات.\n\n"
        "وأضاف أن الوزارة تواصل جهودها لاسترداد الكنوز المهربة من البلد، إذ استعيد حتى الآن "
        "عدد كبير من التماثيل.\n"
    )
    _, items = items_of(text)
    item = next(item for item in items if item.extra["word"] == "جهودها")
    assert item.answer == "الوزارة"
    sentence = item.prompt.split(" في الجملة: ", 1)[1]
    in_view = [option for option in item.options if option in sentence]
    assert len(in_view) >= 2, item.options


PILGRIMS = """بدأ توافد الحجاج إلى مكة المكرمة

وصل آلاف الحجاج إلى مكة المكرمة أمس من مختلف أنحاء العالم.

وتتجلى في هذا المشهد المهيب معاني قوله تعالى: ﴿وَأَذِّن فِي النَّاسِ بِالْحَجِّ يَأْتُوكَ رِجَالًا﴾.

وأعلنت وزارة الحج خطتها الجديدة لتنظيم حركة الحافلات بين المشاعر المقدسة.
"""


def test_no_pronoun_is_asked_in_a_sentence_that_quotes_scripture():
    # «قوله تعالى»: the pronoun is God's; the nearest phrase (المشهد المهيب) was the key
    from exercises.generators.reference import reference_items

    article = analysed_text(PILGRIMS).context
    items = reference_items(article, 0)
    assert not any("تعالى" in item.prompt for item in items), [i.prompt for i in items]


def test_no_wrong_option_is_a_verb_read_as_a_noun():
    # «دارها تقدم حسومات» offered as what «دورته» stands for: تقدم is "offers" there, not
    # "progress" (fourteenth review); an indefinite phrase whose head reads as a verb is no option.
    text = """معرض بيروت للكتاب يفتح أبوابه

بيروت - افتتح معرض بيروت العربي الدولي للكتاب أبوابه أمس بمشاركة مئتي دار نشر.

وأكدت مديرة دار النشر أن دارها تقدم حسومات كبيرة على معظم إصداراتها طوال أيام المعرض.

ويخصص المعرض في دورته الحالية محورا للرواية العربية الجديدة يشارك فيه روائيون من لبنان.
"""
    article = analysed_text(text)
    context = ArticleContext(article.analysed, article.vocabulary)
    items = [item for seed in range(6) for item in reference_items(context, seed=seed)]
    assert any(item.extra["word"] == "دورته" for item in items), [i.prompt for i in items]
    for item in items:
        assert not any(option.startswith("تقدم") for option in item.options), item.options
