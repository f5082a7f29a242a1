from exercises.arabic.analysis_types import Token
from exercises.arabic.morphology.unknown_words import guess_unknown


def token(text: str) -> Token:
    return Token(0, text, 0, len(text), "word", 0, 0)


def test_a_bare_unknown_word_is_a_name():
    reading = guess_unknown(token("ليتشون"))
    assert (reading.lemma, reading.pos, reading.tag) == ("ليتشون", "PROPN", "UNKNOWN")


def test_the_article_makes_a_common_noun_and_nisba_an_adjective():
    assert guess_unknown(token("الموتوكروس")).pos == "NOUN"
    reading = guess_unknown(token("الأخمينية"))
    assert (reading.lemma, reading.pos, reading.prefix_text) == ("أخمينية", "ADJ", "ال")


def test_conjunctions_and_known_prepositions_are_split_off():
    reading = guess_unknown(token("وليتشون"))
    assert (reading.lemma, reading.prefix_text) == ("ليتشون", "و")
    # Trump is far more common than "with-Trump": ب is a clitic here.
    reading = guess_unknown(token("بترامب"))
    assert (reading.lemma, reading.prefixes) == ("ترامب", ("bi/PREP",))


def test_a_name_that_starts_like_a_preposition_stays_whole():
    assert guess_unknown(token("بريكس")).lemma == "بريكس"


def test_an_arabic_looking_unknown_word_is_an_adjective():
    # Tanween, a nisba ending or a participle's مت/مست mark an Arabic word, not a name.
    assert guess_unknown(token("جينية")).pos == "ADJ"
    assert guess_unknown(token("متطايرة")).pos == "ADJ"
    assert guess_unknown(token("أعزبٌ")).pos == "ADJ"
    assert guess_unknown(token("ليتشون")).pos == "PROPN"
