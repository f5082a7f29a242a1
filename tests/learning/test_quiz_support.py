"""Matching feedback: one sentence per pair, never the paragraphs the item was drawn from."""

from learning.quiz_support import pair_sentences

TEXT = (
    "زار الرئيس بكين أمس. وكانت الزيارة قصيرة.\n"
    "الرياضة\n"
    "تستضيف بكين دورة الألعاب الأولمبية الشتوية. ويشارك فيها آلاف الرياضيين من العالم."
)


def test_each_pair_gets_the_sentence_holding_its_word():
    rows = pair_sentences([["الرئيس", "رءس"], ["الألعاب", "لعب"]], [TEXT])
    assert rows == [
        ("الرئيس", "رءس", "زار الرئيس بكين أمس."),
        ("الألعاب", "لعب", "تستضيف بكين دورة الألعاب الأولمبية الشتوية."),
    ]


def test_a_paragraph_opening_cut_with_an_ellipsis_finds_its_sentence_not_the_heading():
    rows = pair_sentences([["الرياضة", "تستضيف بكين دورة الألعاب …"]], [TEXT])
    assert rows == [
        ("الرياضة", "تستضيف بكين دورة الألعاب …", "تستضيف بكين دورة الألعاب الأولمبية الشتوية.")
    ]


def test_no_sentence_when_none_holds_the_pair_or_it_was_shown_already():
    rows = pair_sentences([["سفر", "سفر"], ["بكين", "x"], ["بكين", "y"]], [TEXT])
    assert rows[0][2] == "" and rows[1][2] == "زار الرئيس بكين أمس." and rows[2][2] == ""
