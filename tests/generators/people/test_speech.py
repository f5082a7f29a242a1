"""Reported speech: a speech verb, its speaker and what was said."""

from __future__ import annotations

from tests.generators.conftest import analysed_article, analysed_text


def people(analysed):
    return analysed.context.people


def test_it_follows_a_speaker_to_the_next_sentence():
    found = people(analysed_article("seed"))
    text = analysed_article("seed").text
    follow = [s for s in found.speeches if text[s.content_start :].startswith("قائلًا أن روسيا")]
    assert follow and len(follow[0].sentences) == 2
    assert found.persons[follow[0].person].label == "الرئيس بوتين"


def test_it_reads_a_participle_as_a_second_claim():
    found = people(
        analysed_text(
            "وقال الوزير أحمد سالم إن الخطة جاهزة تماما، مضيفًا أن التنفيذ سيبدأ في الشهر المقبل.\n"
        )
    )
    claims = [(s.verb, found.persons[s.person].label) for s in found.speeches]
    assert claims == [("قال", "أحمد سالم"), ("أضاف", "أحمد سالم")]


def test_a_definite_nisba_after_a_given_name_is_the_family_name():
    """ناصر الشهري (الشهري "monthly"), ريم القحطاني (an adjective to the lexicon): speakers."""
    found = people(
        analysed_text(
            "وقال ناصر الشهري، مدير الأبحاث في الشركة، إن الطلب على الهواتف ارتفع كثيرا.\n\n"
            "وقالت ريم القحطاني، وهي موظفة في أحد البنوك، إنها اشترت هاتفا جديدا.\n"
        )
    )
    claims = [(s.verb, found.persons[s.person].label) for s in found.speeches]
    assert claims == [("قال", "ناصر الشهري"), ("قال", "ريم القحطاني")]


def test_a_second_verb_speaks_for_the_person_named_in_its_sentence():
    """«أبدى المدرب خالد حمدان أسفه، وقال إن ...»: the speaker of وقال is the person this
    sentence names, not the speaker of the sentence before."""
    found = people(
        analysed_text(
            "وقال المدرب سامي الخطيب إن فريقه لعب بروح عالية رغم الإرهاق الشديد.\n\n"
            "في المقابل، أبدى المدرب المصري خالد حمدان أسفه، وقال إن فريقه أهدر فرصا سهلة "
            "في الشوط الثاني.\n"
        )
    )
    claims = [(s.verb, found.persons[s.person].label) for s in found.speeches]
    assert claims == [("قال", "سامي الخطيب"), ("قال", "خالد حمدان")]
