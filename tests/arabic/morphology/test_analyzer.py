"""Known analyses from the full Buckwalter lexicon."""

import pytest

from exercises.arabic.morphology.analyzer import default_analyzer


@pytest.fixture(scope="module")
def analyze():
    return default_analyzer().analyze


def readings(analyze, word):
    return {(a.lemma_vocalized, a.pos) for a in analyze(word)}


def test_putin_is_a_name_glossed_putin(analyze):
    (putin,) = [a for a in analyze("بوتين") if a.pos == "PROPN"]
    assert putin.gloss == "Putin"


def test_beijing_is_a_name(analyze):
    assert any(a.pos == "PROPN" and "Beijing" in a.gloss for a in analyze("بكين"))


def test_the_dual_of_president_has_the_lemma_president(analyze):
    (the_two,) = [a for a in analyze("الرئيسان") if a.lemma_vocalized == "رَئِيس"]
    assert the_two.prefix_text == "ال"
    assert the_two.suffix_text == "ان"


def test_roots_come_from_the_lexicon_headings(analyze):
    cooperation = [a for a in analyze("تعاون") if a.lemma_vocalized == "تَعاوُن"]
    assert cooperation and cooperation[0].root == "عون"
    assert {a.root for a in analyze("كتاب") if a.lemma_vocalized == "كِتاب"} == {"كتب"}


def test_sound_feminine_plural_of_year_is_year(analyze):
    assert ("سَنَة", "NOUN") in readings(analyze, "سنوات")


def test_li_plus_the_china_is_among_the_readings_of_lilsin(analyze):
    china = [a for a in analyze("للصين") if a.pos == "PROPN"]
    assert china and china[0].lemma == "صين" and china[0].prefix_text == "لل"


def test_wa_plus_qad_is_a_reading_of_waqad(analyze):
    assert any(a.lemma_vocalized == "قَد" and a.prefix_text == "و" for a in analyze("وقد"))


def test_missing_hamza_and_final_ya_are_forgiven(analyze):
    assert ("إِلَى", "ADP") in readings(analyze, "الى")


def test_conventions_of_the_ud_treebanks(analyze):
    assert ("هٰذا", "PRON") in readings(analyze, "هذا")  # demonstratives are pronouns
    assert ("كَانَ", "AUX") in readings(analyze, "كان")  # the copula
    assert ("كُلّ", "DET") in readings(analyze, "كل")  # quantifiers
    assert any(pos == "NUM" for _, pos in readings(analyze, "ثلاثة"))  # cardinals


def test_feminine_elatives_are_filed_under_the_masculine(analyze):
    assert ("أَكْبَر", "ADJ") in readings(analyze, "الكبرى")
    assert ("آخَر", "ADJ") in readings(analyze, "أخرى")


def test_results_are_cached_per_written_form(analyze):
    assert analyze("الكتاب") is analyze("الكتاب")
