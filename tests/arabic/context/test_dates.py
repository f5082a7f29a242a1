"""Era abbreviations after a year are the words they stand for, not spelt-out names."""

from exercises.arabic.vocabulary import build_vocabulary


def test_era_letters_after_a_year_are_words(analyse, reading_of):
    document = analyse("بني القصر عام 480 ق. م تقريباً. وتوفي الشاعر سنة 1258 م في بغداد.")
    assert reading_of(document, "ق").analysis.pos == "ADP"
    assert reading_of(document, "م", 0).analysis.pos == "NOUN"
    assert reading_of(document, "م", 1).analysis.pos == "NOUN"
    assert "AD" in reading_of(document, "م", 1).analysis.gloss


def test_the_same_letters_outside_a_date_stay_names(analyse, reading_of):
    document = analyse("قال م. ق إن الاجتماع انتهى. قال ق. م إنه سيعود.")
    assert reading_of(document, "م", 0).analysis.pos == "PROPN"
    assert reading_of(document, "ق", 0).analysis.pos == "PROPN"
    assert reading_of(document, "م", 1).analysis.pos == "PROPN"  # ق. is no year's era here


def test_a_small_number_is_no_year(analyse, reading_of):
    # 5 م is five metres; after عام any number is a year.
    document = analyse("تبعد المدرسة 5 م عن البيت. ولد الشاعر عام 95 م.")
    assert reading_of(document, "م", 0).analysis.tag != "ERA_ABBREV"
    assert reading_of(document, "م", 1).analysis.tag == "ERA_ABBREV"


def test_an_era_letter_is_neither_a_name_nor_makes_its_neighbours_names(analyse, reading_of):
    document = analyse("ولد ماكرون عام 1977 م ماكرون في فرنسا. بني القصر عام 480 ق. م أوعز الملك.")
    assert reading_of(document, "م", 0).analysis.pos == "NOUN"
    assert reading_of(document, "أوعز").analysis.pos == "VERB"


def test_era_letters_are_not_vocabulary(analyse):
    vocabulary = build_vocabulary(analyse("توفي الشاعر سنة 1258 م في مدينة بغداد."))
    listed = {entry.lemma for entry in vocabulary.words} | {
        entry.lemma for entry in vocabulary.names
    }
    assert "م" not in listed
    assert "مدينة" in listed
