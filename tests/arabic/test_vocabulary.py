"""The seed article's vocabulary, checked against what a reader of the article knows."""

from collections import Counter

from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel

NAMES = ("بكين", "الصين", "روسيا", "بوتين", "شي")


def test_it_lists_at_least_80_content_lemmas_with_pos_and_vowels(seed_vocabulary):
    words = seed_vocabulary.words
    assert len(words) >= 80
    analyze = default_analyzer().analyze
    for entry in words:
        assert entry.pos in {"NOUN", "VERB", "ADJ", "ADV"}
        if entry.lemma_vocalized == strip_tashkeel(entry.lemma_vocalized):
            # Only where the lexicon itself writes no short vowel: عام، قام، جاء (long ā).
            assert any(
                reading.lemma_vocalized == entry.lemma_vocalized
                for form in entry.forms
                for reading in analyze(form)
            ), entry.lemma


def test_nearly_every_word_has_a_gloss(seed_vocabulary):
    words = seed_vocabulary.words
    assert sum(1 for entry in words if entry.gloss) >= 0.95 * len(words)


def test_the_names_are_names_not_words(seed_vocabulary):
    name_forms = {normalize_key(f) for entry in seed_vocabulary.names for f in entry.forms}
    word_forms = {normalize_key(f) for entry in seed_vocabulary.words for f in entry.forms}
    for name in NAMES:
        assert normalize_key(name) in name_forms, name
        assert normalize_key(name) not in word_forms, name
    assert all(entry.pos == "PROPN" for entry in seed_vocabulary.names)


def test_no_lemma_twice_and_no_written_form_under_two_lemmas(seed_vocabulary):
    entries = seed_vocabulary.words + seed_vocabulary.names
    lemmas = Counter(entry.lemma_vocalized for entry in entries)
    assert [lemma for lemma, count in lemmas.items() if count > 1] == []
    forms = Counter(normalize_key(form) for entry in entries for form in entry.forms)
    assert [form for form, count in forms.items() if count > 1] == []


def lemma_of(vocabulary, form):
    for entry in vocabulary.words + vocabulary.names:
        if form in entry.forms:
            return entry
    raise AssertionError(f"{form} is in no entry")


def test_the_seed_readings_a_reader_expects(seed_vocabulary):
    assert lemma_of(seed_vocabulary, "للصين").lemma == "صين"  # li + al-Sin, China
    assert lemma_of(seed_vocabulary, "صرح").lemma_vocalized == "صَرَّح"  # to declare
    assert lemma_of(seed_vocabulary, "سنوات").lemma_vocalized == "سَنَة"  # year
    assert lemma_of(seed_vocabulary, "والغاز").lemma_vocalized == "غَاز"  # gas
    assert lemma_of(seed_vocabulary, "الحفاظ").lemma_vocalized == "حِفاظ"  # preservation
    assert lemma_of(seed_vocabulary, "الرئيسان").lemma_vocalized == "رَئِيس"
    assert lemma_of(seed_vocabulary, "تعاون").root == "عون"


def test_wa_qad_and_xi_in_the_seed(seed_analysed, reading_of):
    waqad = reading_of(seed_analysed, "وقد").analysis
    assert (waqad.lemma_vocalized, waqad.prefix_text) == ("قَد", "و")
    assert all(
        item.analysis.pos == "PROPN" for item in seed_analysed.tokens if item.token.text == "شي"
    )


def test_entries_carry_an_example_sentence_from_the_text(seed_vocabulary, seed_text):
    for entry in seed_vocabulary.words:
        assert seed_text[entry.example.start : entry.example.end] == entry.example_text
        assert any(form in entry.example_text for form in entry.forms)


def test_common_nouns_inside_multiword_names_stay_words_to_learn(seed_vocabulary):
    # منظمة شانغهاي للتعاون and دورة الألعاب الأولمبية: the names' common nouns are vocabulary.
    words = {entry.lemma: entry for entry in seed_vocabulary.words}
    names = {entry.lemma for entry in seed_vocabulary.names}
    assert "منظمة" in words and "organization" in words["منظمة"].gloss
    assert "منظمة" not in names
    assert "شانغهاي" in names


def test_lemmas_are_printed_as_learners_dictionaries_print_them(seed_vocabulary):
    lemmas = [entry.lemma_vocalized for entry in seed_vocabulary.words]
    assert not any("ٱ" in lemma for lemma in lemmas), "alef wasla is printed as a plain alef"
    assert "اِحْتَفَل" in lemmas
