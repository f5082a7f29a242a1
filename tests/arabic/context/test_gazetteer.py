"""Multiword names from the gazetteer: nouns inside a name are PROPN, its adjectives ADJ."""

from __future__ import annotations

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.gazetteer import (
    build_gazetteer,
    default_gazetteer,
    first_word_variants,
    mark_gazetteer_names,
)
from exercises.arabic.text.normalize import normalize_key


def _reading(written: str, pos: str) -> Analysis:
    return Analysis(
        lemma=written, lemma_vocalized=written, vocalized=written, pos=pos, tag="", stem=written
    )


def test_it_indexes_names_by_their_first_word_longest_first():
    gazetteer = build_gazetteer(
        ["# comment", "", "الولايات المتحدة", "الولايات المتحدة الأمريكية", "مصر"]
    )
    assert list(gazetteer) == [normalize_key("الولايات")]
    rests = gazetteer[normalize_key("الولايات")]
    assert rests[0] == (normalize_key("المتحدة"), normalize_key("الأمريكية"))
    assert rests[1] == (normalize_key("المتحدة"),)


def test_it_ships_well_known_names():
    gazetteer = default_gazetteer()
    for name in ("الأمم المتحدة", "مجلس الأمن", "البحر الأحمر", "كوريا الشمالية"):
        first, *rest = (normalize_key(word) for word in name.split())
        assert tuple(rest) in gazetteer[first], name


def test_the_first_word_may_carry_proclitics():
    assert normalize_key("الولايات") in set(first_word_variants(normalize_key("للولايات")))
    assert normalize_key("جنوب") in set(first_word_variants(normalize_key("وجنوب")))
    assert normalize_key("الاتحاد") in set(first_word_variants(normalize_key("وبالاتحاد")))


def test_nouns_in_a_name_become_propn_and_adjectives_stay_adj():
    words = [("زار", "VERB"), ("البحر", "NOUN"), ("الأحمر", "ADJ"), ("أمس", "NOUN")]
    readings = [(written, (_reading(written, pos),)) for written, pos in words]
    chosen: list[Analysis | None] = [r[0] for _, r in readings]
    result = mark_gazetteer_names(readings, chosen, gazetteer=build_gazetteer(["البحر الأحمر"]))
    assert [a.pos for a in result if a] == ["VERB", "PROPN", "ADJ", "NOUN"]


def test_a_name_does_not_cross_a_sentence_boundary():
    words = [("البحر", "NOUN"), ("الأحمر", "ADJ")]
    readings = [(written, (_reading(written, pos),)) for written, pos in words]
    chosen: list[Analysis | None] = [r[0] for _, r in readings]
    result = mark_gazetteer_names(
        readings,
        chosen,
        sentence_starts=frozenset({0, 1}),
        gazetteer=build_gazetteer(["البحر الأحمر"]),
    )
    assert [a.pos for a in result if a] == ["NOUN", "ADJ"]


def test_it_tags_names_in_running_text(analyse, reading_of):
    document = analyse("قال الرئيس الخامس للولايات المتحدة إن الوفد زار البحر الأحمر.")
    assert reading_of(document, "للولايات").analysis.pos == "PROPN"
    assert reading_of(document, "المتحدة").analysis.pos == "ADJ"
    assert reading_of(document, "البحر").analysis.pos == "PROPN"
    assert reading_of(document, "الأحمر").analysis.pos == "ADJ"


def test_a_country_with_a_conjunction_on_its_first_word(analyse, reading_of):
    document = analyse("سافر إلى كوريا الشمالية وجنوب أفريقيا.")
    assert reading_of(document, "وجنوب").analysis.pos == "PROPN"
    assert reading_of(document, "الشمالية").analysis.pos == "ADJ"
