"""Era abbreviations after a year are the words they stand for, not spelt-out names."""

from exercises.arabic.vocabulary import build_vocabulary


def test_era_letters_after_a_year_are_words(analyse, reading_of):
    document = analyse("بني القصر عام 480 ق. م تقريباً. وتوفي الشاعر سنة 1258 م في بغداد.")
    assert reading_of(document, "ق").analysis.pos == "ADP"
    assert reading_of(document, "م", 0).analysis.pos == "NOUN"
    assert reading_of(document, "م", 1).analysis.pos == "NOUN"
    assert "AD" in reading_of(document, "م", 1).analysis.gloss


def test_the_same_letters_outside_a_date_stay_names(analyse, reading_of):
    document = analyse("قال م. ق إن الاجتماع انتهى.")
    assert reading_of(document, "م").analysis.pos == "PROPN"
    assert reading_of(document, "ق").analysis.pos == "PROPN"


def test_era_letters_are_not_vocabulary(analyse):
    vocabulary = build_vocabulary(analyse("توفي الشاعر سنة 1258 م في مدينة بغداد."))
    listed = {entry.lemma for entry in vocabulary.words} | {
        entry.lemma for entry in vocabulary.names
    }
    assert "م" not in listed
    assert "مدينة" in listed
