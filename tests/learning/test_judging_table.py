"""Typed answers, case by case: each row is accepted or rejected for the reason in its id.

Columns: the item's answer, what the learner typed, the letters the prompt shows joined to the
gap (prefix, suffix), and the verdict: "correct", "spelling" (right, with a note on the letters)
or "wrong". The words are this file's own; the first block is what a tester met in issue #12.
"""

import pytest

from learning.judging import judge_typed

ZWNJ, ZWJ, RLM = "\u200c", "\u200d", "\u200f"


def case(answer, typed, verdict, reason, prefix="", suffix=""):
    return pytest.param(answer, typed, prefix, suffix, verdict, id=reason)


CASES = [
    # What the tester met: right answers once rejected ...
    case("مسؤولي", "مسوولي", "spelling", "hamza on waw dropped to its seat"),
    case("رئيس", "رايس", "spelling", "hamza on ya dropped to a bare alef, though رايس is a name"),
    case("الوزراء", "الوزرا", "spelling", "final hamza after alef left out"),
    case("انتهاء", "انتها", "spelling", "final hamza left out though انتها has other readings"),
    case("شيء", "شئ", "spelling", "shay written with hamza on ya and no ya"),
    case("يقرؤون", "يقرأون", "spelling", "hamza on alef for hamza on waw in one verb"),
    case("مسؤولية", "مسؤو" + ZWNJ + "لية", "correct", "zero-width non-joiner inside a pasted word"),
    case("وقال", "قال", "correct", "the conjunction wa left out"),
    case("مدرسة", "بالمدرسة", "correct", "the shown prefix typed again", prefix="بال"),
    # ... and wrong answers once accepted as spelling slips.
    case("زميله", "زميلة", "wrong", "ta marbuta for the pronoun ha: a female colleague, not his"),
    case("كتابه", "كتابة", "wrong", "ta marbuta for the pronoun ha: writing, not his book"),
    case("إعلام", "أعلام", "wrong", "another hamza on alef makes flags, not media"),
    case("زميلة", "زميله", "wrong", "ha for ta marbuta reads his colleague"),
    case("كتابة", "كتابه", "wrong", "ha for ta marbuta reads his book"),
    case("أعلام", "إعلام", "wrong", "another hamza on alef makes media, not flags"),
    case("مدرسة", "مدرسه", "wrong", "ha for ta marbuta reads his teacher"),
    case("على", "علي", "wrong", "ya for alef maqsura makes on me or the name Ali"),
    case("سال", "سأل", "wrong", "an added hamza makes asked, not flowed"),
    # Hamza seats and alef forms.
    case("إعلام", "اعلام", "spelling", "bare alef for hamza below reads the same word"),
    case("أكد", "اكد", "spelling", "hamza on a first alef dropped"),
    case("آمن", "امن", "spelling", "alef madda typed as a bare alef"),
    case("مسؤول", "مسئول", "spelling", "hamza on ya for hamza on waw in one word"),
    case("رئيس", "رؤيس", "spelling", "another hamza seat that makes no other word"),
    case("شؤون", "شؤن", "spelling", "the optional second waw after hamza on waw left out"),
    case("الألعاب", "العاب", "wrong", "the alef itself left out, not a hamza on its seat"),
    case("بئر", "بير", "spelling", "hamza on ya dropped to its own seat"),
    case("بئر", "بار", "wrong", "a bare alef for hamza on ya spells another noun"),
    # Ta marbuta and alef maqsura where the typed form is no rival word.
    case("المدرسة", "المدرسه", "spelling", "ha for ta marbuta after al: no pronoun ending fits"),
    case("مدرسة", "مدرسه", "spelling", "the shown al rules out a pronoun ending", prefix="ال"),
    case("وزارة", "وزاره", "spelling", "ha ending a construct noun whose only reading is a verb"),
    case("مدرستها", "مدرسةها", "spelling", "ta marbuta kept closed before a pronoun ending"),
    case("مدرست", "مدرسة", "spelling", "ta marbuta typed before the shown ending", suffix="ها"),
    case("مستشفى", "مستشفي", "spelling", "ya for alef maqsura where mustashfi is no other word"),
    case("في", "فى", "spelling", "alef maqsura for ya in a spelling the lexicon knows"),
    # Characters that are not letters.
    case("الألعاب", "الألـــعاب", "correct", "tatweel typed inside the word"),
    case("كتاب", "كِتَابٌ", "correct", "vowel marks typed"),
    case("كِتَابٌ", "كتاب", "correct", "vowel marks left out"),
    case("الأطفال", "  الأطفال   ", "correct", "extra spaces around the word"),
    case("الأطفال", "الأطفال?!", "correct", "Latin punctuation after the word"),
    case("الأطفال", "«الأطفال»،", "correct", "Arabic quotes and comma around the word"),
    case("الأطفال", "الأط" + RLM + "فال", "correct", "right-to-left mark inside the word"),
    case("الأطفال", "الأطف" + ZWJ + "ال", "correct", "zero-width joiner inside the word"),
    case("الكتاب", "الکتاب", "spelling", "Persian keheh for kaf"),
    case("مدينة", "مدینة", "spelling", "Persian yeh for ya inside the word"),
    case("على", "علی", "spelling", "Persian yeh at the end, shaped like alef maqsura"),
    # Clitics shown around the gap.
    case("مدرسة", "المدرسة", "correct", "part of the shown prefix typed again", prefix="وال"),
    case("مدرسة", "الكتاب", "wrong", "the shown prefix with another word", prefix="ال"),
    case("أكد", "واكد", "spelling", "shown prefix typed again with a hamza dropped", prefix="و"),
    case("مدرست", "مدرستها", "correct", "the shown ending typed again", suffix="ها"),
    case("كتاب", "كتابها", "wrong", "another ending than the one shown", suffix="ه"),
    # Other letters.
    case("وزارة", "زارة", "wrong", "a root waw left out is not the conjunction"),
    case("المدرسة", "مدرسة", "wrong", "the article al left out changes definiteness"),
    case("الأطفال", "المدارس", "wrong", "a different word entirely"),
    case("الألعاب", "الألعان", "wrong", "one letter changed"),
    case("الألعاب", "الألعابب", "wrong", "one letter added"),
    case("الألعاب", "", "wrong", "nothing typed"),
    case("الألعاب", "alaab", "wrong", "Latin letters"),
]


@pytest.mark.parametrize(("answer", "typed", "prefix", "suffix", "verdict"), CASES)
def test_typed_answer(answer, typed, prefix, suffix, verdict):
    result = judge_typed(typed, answer, prefix=prefix, suffix=suffix)
    assert result.verdict == verdict
    assert result.correct == (verdict != "wrong")
    if verdict == "spelling":
        assert result.differences, "a spelling note names the letters"


def test_the_table_has_forty_cases_of_its_own():
    assert len(CASES) >= 40
    assert len({param.id for param in CASES}) == len(CASES)


def test_a_final_hamza_left_out_is_named():
    (difference,) = judge_typed("الوزرا", "الوزراء").differences
    assert (difference.given, difference.expected, difference.kind) == ("", "ء", "hamza")


def test_a_conjunction_left_out_is_a_note_on_a_correct_answer():
    result = judge_typed("قال", "وقال")
    assert [(d.given, d.expected, d.kind) for d in result.differences] == [("", "و", "conjunction")]


def test_the_item_lemma_decides_between_readings_of_a_bare_alef():
    # An article may print اعلام without hamza; the item says which word it was.
    assert judge_typed("إعلام", "اعلام", lemma="إعلام").verdict == "spelling"
    assert judge_typed("أعلام", "اعلام", lemma="إعلام").verdict == "wrong"
