"""The seed article's vocabulary, checked against what a reader of the article knows."""

from collections import Counter

from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.arabic.vocabulary import build_vocabulary

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


_CALENDAR_TEXT = (
    "قال المدرب جمعة الحسيني يوم الجمعة إن الفريق سيلعب يوم السبت المقبل، وإن الموسم ينتهي في "
    "مارس أو في حزيران. وقال أحد اللاعبين إن والده أب لخمسة أبناء. وعاد الوفد يوم الاثنين 3 مايو."
)


def test_months_and_weekdays_are_words_to_learn_not_names(analyse):
    vocabulary = build_vocabulary(analyse(_CALENDAR_TEXT))
    names = {normalize_key(entry.lemma): entry.gloss for entry in vocabulary.names}
    words = {normalize_key(entry.lemma): entry.gloss for entry in vocabulary.words}
    for month_or_day in ("سبت", "مارس", "حزيران", "اثنين", "مايو"):
        assert month_or_day not in names, names
    assert "March" in words[normalize_key("مارس")]
    assert "June" in words[normalize_key("حزيران")]
    assert "Saturday" in words[normalize_key("سبت")]


def test_juma_in_a_persons_name_is_a_name_not_friday(analyse):
    vocabulary = build_vocabulary(analyse(_CALENDAR_TEXT))
    names = {normalize_key(entry.lemma): entry.gloss for entry in vocabulary.names}
    assert normalize_key("جمعة") in names
    assert "Friday" not in names[normalize_key("جمعة")]


def test_one_and_father_are_not_names(analyse):
    """أحد "one of" and أب "father" share their letters with الأحد (Sunday) and آب (August)."""
    vocabulary = build_vocabulary(analyse(_CALENDAR_TEXT))
    names = {normalize_key(entry.lemma) for entry in vocabulary.names}
    assert not names & {normalize_key("أحد"), normalize_key("أب")}


def test_no_month_or_weekday_among_the_names_of_the_corpus():
    from exercises.arabic.context.calendar_names import CALENDAR_NAMES, WEEKDAYS
    from tests.generators.cloze_corpus import corpus_articles

    found = [
        (article.name, entry.lemma)
        for article in corpus_articles()
        for entry in article.vocabulary.names
        if normalize_key(entry.lemma) in CALENDAR_NAMES
        # a weekday as a name has no gloss: جمعة in a man's name is not "Friday"
        or ("ال" + normalize_key(entry.lemma) in WEEKDAYS and entry.gloss)
    ]
    assert found == []


def test_at_most_four_seed_words_without_a_root(seed_vocabulary):
    # فبراير، إستراتيجي، تكنولوجي، تكنولوجيا are borrowed; multiword terms have no root
    rootless = [
        entry.lemma for entry in seed_vocabulary.words if not entry.root and " " not in entry.lemma
    ]
    assert len(rootless) <= 4, rootless
