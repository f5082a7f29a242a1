"""A word's plural, verb form, present tense and masdar, from the Buckwalter lexicon: checked on
the seed article's own vocabulary, against what an Arabic grammar book gives."""

from __future__ import annotations

import pytest

from exercises.arabic.morphology.word_grammar import WordGrammar, word_grammar
from exercises.arabic.vocabulary import Vocabulary


def seed_entry(vocabulary: Vocabulary, vocalized: str, pos: str):
    found = [w for w in vocabulary.words if w.lemma_vocalized == vocalized and w.pos == pos]
    assert found, f"{vocalized} {pos} is not in the seed's vocabulary"
    return found[0]


@pytest.mark.parametrize(
    ("word", "pos", "expected"),
    [
        # Broken plurals, a stem of their own in the lexicon.
        ("رَئِيس", "NOUN", WordGrammar(plural="رُؤَساء")),
        ("يَوْم", "NOUN", WordGrammar(plural="أَيّام")),
        ("مَشْرُوع", "NOUN", WordGrammar(plural="مَشارِيع")),
        ("أَرْض", "NOUN", WordGrammar(plural="أَراضِي")),
        ("ضَوْء", "NOUN", WordGrammar(plural="أَضْواء")),  # not a case ending's hamza seat
        # Sound plurals are endings, not stems: nothing is given.
        ("مَجال", "NOUN", WordGrammar()),
        ("سَنَة", "NOUN", WordGrammar()),
        # A nisba adjective filed under the same lemma is no plural.
        ("اِفْتِتاح", "NOUN", WordGrammar()),
        # Form I: the present's vowel from the lemma's id; no masdar (not predictable).
        ("ذَكَر", "VERB", WordGrammar(form=1, present="يَذْكُرُ", present_vowel="u")),
        ("وَعَد", "VERB", WordGrammar(form=1, present="يَعِدُ", present_vowel="i")),
        ("شَهِد", "VERB", WordGrammar(form=1, present="يَشْهَدُ", present_vowel="a")),
        ("قَامَ", "VERB", WordGrammar(form=1, present="يَقُومُ", present_vowel="u")),
        ("وَفَى", "VERB", WordGrammar(form=1, present="يَفِي", present_vowel="i")),
        # Derived forms: the regular masdar when the lexicon has it.
        ("عَزَّز", "VERB", WordGrammar(form=2, present="يُعَزِّزُ", masdar="تَعْزِيز")),
        ("أَدَّى", "VERB", WordGrammar(form=2, present="يُؤَدِّي")),  # تَأْدِيَة: irregular
        ("أَقام", "VERB", WordGrammar(form=4, present="يُقِيمُ")),
        ("تَعَهَّد", "VERB", WordGrammar(form=5, present="يَتَعَهَّدُ", masdar="تَعَهُّد")),
        ("تَبادَل", "VERB", WordGrammar(form=6, present="يَتَبادَلُ", masdar="تَبادُل")),
        ("اِعْتَبَر", "VERB", WordGrammar(form=8, present="يَعْتَبِرُ", masdar="اِعْتِبار")),
        ("اِتَّفَق", "VERB", WordGrammar(form=8, present="يَتَّفِقُ", masdar="اِتِّفاق")),
        ("اِسْتَضاف", "VERB", WordGrammar(form=10, present="يَسْتَضِيفُ")),
    ],
)
def test_seed_words(seed_vocabulary: Vocabulary, word: str, pos: str, expected: WordGrammar):
    entry = seed_entry(seed_vocabulary, word, pos)

    assert word_grammar(entry.lemma_vocalized, entry.pos, entry.root) == expected


def test_a_display_vocalization_finds_the_same_lemma():
    # The wasla alef's kasra and the verb's final fatha are the display's, not the lexicon's.
    plain = word_grammar("اسْتَقْبَل", "VERB", "قبل")

    assert plain == word_grammar("اِسْتَقْبَلَ", "VERB", "قبل")
    assert plain == WordGrammar(form=10, present="يَسْتَقْبِلُ", masdar="اِسْتِقْبال")


def test_unknown_words_and_other_parts_of_speech_give_nothing():
    assert word_grammar("بُوتِين", "PROPN", "") == WordGrammar()
    assert word_grammar("كَلِمَةٌ غَرِيبَة", "NOUN", "") == WordGrammar()
    assert not WordGrammar()
