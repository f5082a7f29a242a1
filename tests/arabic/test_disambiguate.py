"""Choice in context, one rule per case, on short sentences."""

from exercises.arabic.disambiguate import Context, choose, score
from exercises.arabic.morphology import default_analyzer


def test_after_a_preposition_no_verb(analyse, reading_of):
    # حدث: the verb "happened" or the noun "event"; after في only the noun.
    assert reading_of(analyse("وقع في حدث كبير."), "حدث").analysis.pos == "NOUN"


def test_after_qad_lan_lam_sawfa_a_verb(analyse, reading_of):
    assert reading_of(analyse("قد حدث ذلك أمس."), "حدث").analysis.pos == "VERB"
    assert reading_of(analyse("لم يكتب الرسالة."), "يكتب").analysis.pos == "VERB"
    assert reading_of(analyse("لن تقول شيئا."), "تقول").analysis.lemma_vocalized == "قال"


def test_with_the_future_prefix_a_verb(analyse, reading_of):
    reading = reading_of(analyse("سيعقد الاجتماع غدا."), "سيعقد").analysis
    assert reading.pos == "VERB" and reading.prefix_text == "سي"


def test_with_the_article_a_noun(analyse, reading_of):
    assert reading_of(analyse("كان الحدث كبيرا."), "الحدث").analysis.pos == "NOUN"


def test_waqad_before_a_verb_is_wa_plus_qad(analyse, reading_of):
    reading = reading_of(analyse("وقد تعهد الرئيسان بالتعاون."), "وقد").analysis
    assert (reading.lemma_vocalized, reading.prefix_text) == ("قَد", "و")


def test_an_adjective_agrees_with_the_noun_before_it(analyse, reading_of):
    document = analyse("زار الرئيس الروسي البلد الكبير.")
    assert reading_of(document, "الروسي").analysis.pos == "ADJ"
    assert reading_of(document, "الكبير").analysis.pos == "ADJ"


def test_a_participle_is_an_adjective_after_a_noun_and_a_noun_after_a_preposition(
    analyse, reading_of
):
    assert reading_of(analyse("هذا أمر مألوف."), "مألوف").analysis.pos == "ADJ"
    assert reading_of(analyse("تحدث إلى المسؤول."), "المسؤول").analysis.pos == "NOUN"


def test_a_definite_noun_after_an_indefinite_one_is_a_construct_not_an_adjective(
    analyse, reading_of
):
    assert reading_of(analyse("وصل رئيس الوزراء."), "الوزراء").analysis.pos == "NOUN"


def test_a_name_follows_a_title(analyse, reading_of):
    document = analyse("صرح الرئيس شي بأن التعاون مهم.")
    reading = reading_of(document, "شي").analysis
    assert reading.pos == "PROPN" and reading.lemma == "شي"


def test_a_name_follows_a_title_and_its_adjective(analyse, reading_of):
    document = analyse("التقى الرئيس الصيني شي جين بينغ.")
    assert [reading_of(document, w).analysis.pos for w in ("شي", "جين", "بينغ")] == [
        "PROPN",
        "PROPN",
        "PROPN",
    ]


def test_one_lemma_per_written_form_within_an_article(analyse):
    document = analyse("قضى عاما كاملا في المدينة. كان عاما صعبا.")
    lemmas = {t.analysis.lemma_id for t in document.tokens if t.token.text == "عاما"}
    assert len(lemmas) == 1


def test_a_common_lemma_beats_a_rare_one(analyse, reading_of):
    assert reading_of(analyse("مرت سنوات."), "سنوات").analysis.lemma_vocalized == "سَنَة"
    assert reading_of(analyse("تقول الشرطة."), "تقول").analysis.lemma_vocalized == "قال"


def test_fewer_clitics_win(analyse, reading_of):
    # للصين: li + al-Sin (China), not li + liSS (thief) + dual ending.
    china = reading_of(analyse("زيارة للصين."), "للصين").analysis
    assert (china.lemma, china.pos) == ("صين", "PROPN")
    gas = reading_of(analyse("النفط والغاز."), "والغاز").analysis
    assert (gas.lemma_vocalized, gas.prefix_text) == ("غاز", "وال")


def test_a_word_written_with_tanween_is_not_a_verb(analyse, reading_of):
    assert reading_of(analyse("قال أيضاً إنه مستعد."), "أيضاً").analysis.pos == "ADV"


def test_that_is_an_before_a_verb_and_anna_before_a_noun(analyse, reading_of):
    assert reading_of(analyse("يريد أن يعمل."), "أن").analysis.lemma_vocalized == "أَن"
    assert reading_of(analyse("علم أن الرئيس وصل."), "أن").analysis.lemma_vocalized == "أَنَّ"


def test_a_time_noun_before_a_date_or_weekday_is_an_adverb(analyse, reading_of):
    assert reading_of(analyse("وصل يوم الجمعة."), "يوم").analysis.pos == "ADV"


def test_the_score_prefers_a_verb_after_qad_and_a_noun_after_fi():
    readings = default_analyzer().analyze("حدث")
    verb = next(a for a in readings if a.pos == "VERB")
    noun = next(a for a in readings if a.pos == "NOUN")
    after_qad, after_fi = Context(previous_word="قد"), Context(previous_word="في")
    assert score(verb, 0, after_qad) > score(noun, 1, after_qad)
    assert score(noun, 1, after_fi) > score(verb, 0, after_fi)
    assert choose(readings, after_fi).pos == "NOUN"
    assert choose((), after_fi) is None
