"""The words around people: titles, heads of bodies, speech verbs and their participles."""

from __future__ import annotations

from exercises.generators.people.cues import is_speech_word, is_title_word, speech_verb
from tests.generators.conftest import analysed_text


def word(text: str):
    return next(
        item for item in analysed_text(f"{text}.\n").analysed.tokens if item.token.text == text
    )


def test_a_title_is_found_with_its_article_and_conjunction():
    assert is_title_word("الرئيس")
    assert is_title_word("والوزيرة")
    assert not is_title_word("الحكومة")


def test_a_speech_verb_reads_as_its_masculine_base():
    assert speech_verb(word("وقالت")) == "قال"
    assert speech_verb(word("أضافت")) == "أضاف"
    assert speech_verb(word("الحكومة")) == ""


def test_participles_and_saying_are_speech_words():
    assert is_speech_word(word("مضيفًا"))
    assert is_speech_word(word("قائلًا"))
    assert not is_speech_word(word("الحكومة"))
