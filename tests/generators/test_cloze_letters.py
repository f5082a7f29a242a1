"""Cloze items a learner solves by letters, not by meaning: a gap whose root another word of the
sentence shows, an option that reads as a misspelt feminine."""

from __future__ import annotations

from exercises.arabic.morphology.analyzer import default_analyzer
from tests.generators.test_cloze import gap_words, items_over_seeds


def test_no_gap_on_a_word_whose_root_another_word_of_the_sentence_shows():
    # «درجات ＿ سطح البحر» after «مستشعرا حراريا», «توقيع ＿» before «130 إصدارا»: the only
    # option with the letters of a word nearby is the answer (dev review).
    from tests.generators.conftest import analysed_text

    text = (
        "ويحمل القمر مستشعرا حراريا لرصد درجات حرارة سطح البحر في فصل الصيف كل يوم. "
        "وستشهد منصة توقيع الإصدارات في المعرض توقيع أكثر من 130 إصدارا جديدا لمؤلفين شباب. "
        "وأكد الأطباء أن المستشفيات استقبلت عددا كبيرا من المرضى خلال الأسبوع الماضي."
    )
    article = analysed_text(text)
    for typed in (False, True):
        words = gap_words(article.context, typed=typed)
        assert words and not words & {"حرارة", "حراريا", "الإصدارات", "إصدارا"}, words


def test_no_option_reads_as_a_misspelt_feminine():
    # «بطريقه» among بسببه, بيده: a learner reads بطريقة with a slip, not "by his road" (dev
    # review); a possessed noun is offered only when its ة form is no word.

    analyzer = default_analyzer()
    text = (
        "وقال الوزير إن المرض يمكن الوقاية منه، ولا ينبغي أن يفقد أي طفل بصره بسببه هذا العام. "
        "وأكدت الطبيبة أن المريض استعاد صحته بعد علاجه في المستشفى خلال الشهر الماضي. "
        "وأوضح المدرب أن اللاعب سيعود إلى فريقه بعد شفائه من الإصابة في الأسبوع المقبل. "
        "وقالت الكاتبة إنها أنهت روايتها الجديدة في بيتها بالقرية بعد عامين من العمل. "
        "وذكر التقرير أن المزارع خسر محصوله بسبب الجفاف الذي ضرب المنطقة طوال الصيف."
    )
    offered = []
    for item in items_over_seeds(text, 8):
        for option in item.options:
            if option != item.answer and option.endswith("ه"):
                offered.append(option)
    assert offered, "no possessed noun was offered: the test shows nothing"
    misspelt = [o for o in offered if analyzer.analyze(o[:-1] + "ة")]
    assert not misspelt, misspelt


def test_no_defective_plural_written_with_its_ya_where_the_slot_is_indefinite():
    # «دفع ثمن ＿ دفاعية» offered أغاني (eighth blind review, whose article this is): indefinite,
    # outside a construct, it is written أغانٍ; مباني and نواحي likewise. A defective plural is
    # offered only in a definite or possessed slot, where its ي is written.
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "corpus/holdout7/05_football_match.txt"
    offered = {
        (item.answer, option)
        for item in items_over_seeds(path.read_text(encoding="utf-8"), 12)
        for option in item.options
        if option != item.answer and len(option) == 5 and option[2] == "ا"
    }
    assert not {pair for pair in offered if pair[1].endswith("ي")}, offered
