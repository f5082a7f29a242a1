"""Cloze options a teacher strikes out before reading the sentence (fourteenth review): a word
that works as a preposition or an adverb (وفق، أمس، لمجرد offered for نهاية in «عطلة نهاية
الأسبوع»), and a dialect word that the web's frequency counts make look common (باش offered
for استقل)."""

from __future__ import annotations

from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.option_words import never_offered
from tests.generators.test_cloze import items_over_seeds

# Words a grammar teaches as particles or adverbial nouns, and everyday dialect words: none may
# fill a noun's or a verb's place among the options.
FUNCTION_LIKE = ("وفق", "أمس", "لمجرد", "مجرد", "حسب", "إثر", "عقب", "جراء", "بعد", "عند")
DIALECT = ("باش", "واش", "هاد", "دابا", "بزاف", "كده", "عشان", "هيك")
CONTENT = ("نهاية", "استقل", "حقق", "الحافلة", "عطلة", "مشروع", "تراجع")


def test_function_like_and_dialect_words_are_never_offered_content_words_are():
    analyzer = default_analyzer()
    for word in FUNCTION_LIKE + DIALECT:
        assert never_offered(analyzer, word), word
    for word in CONTENT:
        assert not never_offered(analyzer, word), word


def test_cloze_options_hold_no_function_like_or_dialect_word():
    text = (
        "وتمدد إدارة المعرض ساعات العمل حتى العاشرة ليلا في عطلة نهاية الأسبوع المقبل. "
        "وقال المواطن عبدالله الحربي، وهو موظف حكومي استقل الحافلة من حي النقرة إلى وسط "
        "المدينة، إن الرحلة كانت مريحة. "
        "وأكدت الوزارة أن المشروع حقق نتائج جيدة خلال العام الماضي في عدد من المحافظات."
    )
    avoided = {normalize_key(word) for word in FUNCTION_LIKE + DIALECT}
    offered = {
        normalize_key(option)
        for item in items_over_seeds(text, 12)
        for option in item.options
        if option != item.answer
    }
    assert offered, "no cloze item made"
    assert not offered & avoided, offered & avoided


def test_no_option_reads_as_a_preposition_or_an_accusative_the_answer_lacks():
    # the seventeenth review: بشراء offered for خبراء in a subject's place (read ب + شراء),
    # جوا and للغاية for نهاية after «حتى»; the lexicon also lists each form whole
    from exercises.generators.option_words import another_construction

    analyzer = default_analyzer()
    (experts,) = analyzer.analyze("خبراء")
    end = next(r for r in analyzer.analyze("نهاية") if r.suffixes)
    assert another_construction("بشراء", analyzer.analyze("بشراء"), experts)
    assert another_construction("للغاية", analyzer.analyze("للغاية"), end)
    assert another_construction("جوا", analyzer.analyze("جوا"), end)
    assert not another_construction("سفراء", analyzer.analyze("سفراء"), experts)
    assert not another_construction("بداية", analyzer.analyze("بداية"), end)


def test_no_option_is_a_lemma_that_fits_the_same_slots_as_the_answer():
    # the seventeenth review: تتجاوز offered for تبلغ before «30 في المئة», مالك for مدير
    # before a place and a name: both read well in the sentence
    import random

    from exercises.generators.distractors import Target, find_distractors
    from tests.generators.conftest import analysed_text

    context = analysed_text(
        "وأوضح مدير المحطة المهندس كمال سعيد أن نسبة الفاقد في الشبكة تبلغ 30 في المئة. "
        "وأضاف أن الفريق عاد إلى المدينة بعد رحلة طويلة في الصحراء."
    ).context
    same = {
        "تبلغ": "تتجاوز تتخطى تناهز تقارب تفوق تصل تحقق تسجل",
        "مدير": "مالك رئيس صاحب",
        "عاد": "رجع",
    }
    for item in context.tokens:
        if item.token.text not in same:
            continue
        offered = {
            option.word
            for seed in range(40)
            for option in find_distractors(context, Target.of(item), random.Random(seed), 3)
        }
        assert offered, item.token.text
        assert not offered & set(same[item.token.text].split()), (item.token.text, offered)


def test_a_noun_is_never_offered_a_comparative():
    """الأقوى، الصغرى، السفلى "stronger, smaller, lower" share the shape of المستشفى and المبنى
    (the lexicon files them as nouns) but read as adjectives with no noun to describe."""
    import random

    from exercises.generators.distractors import Target, find_distractors
    from tests.generators.conftest import analysed_text

    context = analysed_text(
        "وقال مدير المستشفى إن عدد المرضى ارتفع كثيرا في الشهر الماضي بسبب موجة البرد."
    ).context
    (hospital,) = [item for item in context.tokens if item.token.text == "المستشفى"]
    offered = {
        option.word
        for seed in range(40)
        for option in find_distractors(context, Target.of(hospital), random.Random(seed), 3)
    }
    assert offered
    assert not offered & {"الأقوى", "الصغرى", "السفلى", "الكبرى", "الأدنى", "الأعلى"}, offered
