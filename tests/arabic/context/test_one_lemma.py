"""One lemma per word in an article: the same word with other proclitics keeps its lemma."""

import dataclasses

from exercises.arabic.context.one_lemma import one_lemma_per_word
from exercises.arabic.morphology.analyzer import default_analyzer


def reading(written, lemma_vocalized):
    return next(
        a for a in default_analyzer().analyze(written) if a.lemma_vocalized == lemma_vocalized
    )


def as_noun(analysis):
    return dataclasses.replace(analysis, pos="NOUN")


def words_of(*written):
    return [(word, default_analyzer().analyze(word)) for word in written]


def test_a_word_read_as_two_nouns_takes_the_most_frequent():
    words = words_of("المؤسسة", "للمؤسسة", "مؤسسة")
    chosen = [
        reading("المؤسسة", "مُؤَسَّسَة"),
        reading("للمؤسسة", "مُؤَسَّسَة"),
        as_noun(reading("مؤسسة", "مُؤَسِّس")),  # founder (f.), a noun here
    ]
    result = one_lemma_per_word(words, chosen)
    assert [a.lemma_vocalized for a in result] == ["مُؤَسَّسَة"] * 3
    assert result[2].prefixes == () and result[2].suffixes == ("ap/NSUFF_FEM_SG",)


def test_a_word_read_as_a_noun_and_as_an_adjective_stays_apart():
    words = words_of("المؤسسة", "مؤسسة")
    chosen = [reading("المؤسسة", "مُؤَسَّسَة"), reading("مؤسسة", "مُؤَسِّس")]
    assert one_lemma_per_word(words, chosen) == chosen


def test_a_verb_and_a_noun_of_one_spelling_stay_apart():
    words = words_of("التراجع", "تراجع")
    chosen = [reading("التراجع", "تَراجُع"), reading("تراجع", "تَراجَع")]
    assert one_lemma_per_word(words, chosen) == chosen
