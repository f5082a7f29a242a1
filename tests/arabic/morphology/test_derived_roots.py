"""Roots shown by a lemma's own shape where neither dictionary gives one (سنة، بداية), weekdays
in the word list with their roots, and borrowed words and names still without one."""

from __future__ import annotations

from typing import NamedTuple

from exercises.arabic.morphology.derived_roots import derived_roots_for
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import build_vocabulary


def _roots_of(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for item in analyze_text(text).tokens:
        if item.analysis is not None:
            found.setdefault(item.token.text, set()).add(item.analysis.root)
    return found


def _word_roots(text: str) -> dict[str, str]:
    vocabulary = build_vocabulary(analyze_text(text))
    return {form: entry.root for entry in vocabulary.words for form in entry.forms}


def test_a_noun_that_lost_its_third_letter_takes_it_from_its_plural():
    roots = _roots_of("مرت خمس سنوات على افتتاح المصنع، وفي السنة الماضية تضاعف إنتاجه.")
    assert roots["سنوات"] == {"سنو"}
    assert roots["السنة"] == {"سنو"}


def test_a_fiaala_noun_of_a_final_hamza_root():
    roots = _roots_of("تنطلق المرحلة الثانية من المشروع في بداية الصيف المقبل.")
    assert roots["بداية"] == {"بدء"}  # begin, not بدو (appear)


def test_weekdays_in_the_word_list_have_roots_and_months_none():
    roots = _word_roots(
        "اجتمع المجلس يوم الجمعة، وسيعود إلى الانعقاد يوم الخميس المقبل في يناير أو أغسطس."
    )
    assert roots["الجمعة"] == "جمع"
    assert roots["الخميس"] == "خمس"
    assert roots["يناير"] == ""
    assert roots["أغسطس"] == ""


def test_borrowed_words_and_names_stay_without_a_root():
    roots = _roots_of(
        "أعلن برنامج التكنولوجيا الجديد في لندن عن خطة إستراتيجية لتطوير البرمجيات "
        "بالتعاون مع شركة سامسونغ ومعهد الهيدروجين."
    )
    for word in ("برنامج", "التكنولوجيا", "لندن", "إستراتيجية", "سامسونغ", "الهيدروجين"):
        assert roots[word] == {""}, word


class _Entry(NamedTuple):
    written: str
    lemma: str
    lemma_vocalized: str
    lemma_id: str
    upos: str
    gloss: str
    root: str


def _stems(*entries: _Entry) -> dict[str, list[_Entry]]:
    found: dict[str, list[_Entry]] = {}
    for entry in entries:
        found.setdefault(entry.written, []).append(entry)
    return found


def _fits(root: str, lemma: str) -> bool:
    return all(letter in lemma for letter in root if letter not in "اويء")


def test_a_derived_root_needs_a_family_whose_meaning_agrees():
    stems = _stems(
        _Entry("رعا", "رعى", "رَعَى", "raEaY_1", "VERB", "tend; care for; sponsor", "رعي"),
        _Entry("رعو", "رعو", "رَعْو", "raEow_1", "NOUN", "stupidity", "رعو"),
        _Entry("رعاي", "رعاية", "رِعايَة", "riEAyap_1", "NOUN", "care; sponsorship", ""),
        _Entry("دعا", "دعا", "دَعا", "daEA_1", "VERB", "call; invite; pray", "دعو"),
        _Entry("دعي", "دعي", "دَعِيّ", "daEiy~_1", "ADJ", "pretender; impostor", "دعي"),
        # دعاية is of دعو, but its gloss shares no word with either family: no root
        _Entry("دعاي", "دعاية", "دِعايَة", "diEAyap_1", "NOUN", "propaganda", ""),
    )
    result = derived_roots_for(stems, frozenset({"NOUN", "VERB", "ADJ"}), _fits)
    assert result["رعاي"][0].root == "رعي"
    assert result["دعاي"][0].root == ""


def test_a_noun_in_ta_marbuta_takes_the_root_of_its_base_only_when_the_meanings_agree():
    stems = _stems(
        _Entry("قار", "قار", "قار", "qAr_1", "NOUN", "tar; pitch", "قور"),
        _Entry("دار", "دار", "دار", "dAr-u_1", "VERB", "turn; revolve; circle", "دور"),
        # قارة is of ق ر ر; Arramooz files قار "tar" under ق و ر: no family "continent"
        _Entry("قار", "قارة", "قارَّة", "qAr~ap_1", "NOUN", "continent", ""),
        # دارة "circle; villa": دار "turn; circle" agrees
        _Entry("دار", "دارة", "دارَة", "dArap_1", "NOUN", "circle; halo; villa", ""),
    )
    result = derived_roots_for(stems, frozenset({"NOUN", "VERB"}), _fits)
    assert [stem.root for stem in result["قار"]] == ["قور", ""]
    assert [stem.root for stem in result["دار"]] == ["دور", "دور"]


def test_a_root_is_never_made_up():
    stems = _stems(
        # no word of the lexicon is filed under ح ك و or ح ك ي here: no root
        _Entry("حكاي", "حكاية", "حِكايَة", "HikAyap_1", "NOUN", "story; tale", ""),
        _Entry("شتا", "شتاء", "شِتاء", "$itA'_1", "NOUN", "winter", ""),
    )
    result = derived_roots_for(stems, frozenset({"NOUN"}), _fits)
    assert result["حكاي"][0].root == ""
    assert result["شتا"][0].root == ""


def test_a_listed_loanword_gets_no_derived_root(monkeypatch):
    from exercises.arabic.morphology import derived_roots

    stems = _stems(
        _Entry("رعا", "رعى", "رَعَى", "raEaY_1", "VERB", "tend; care for; sponsor", "رعي"),
        _Entry("رعاي", "رعاية", "رِعايَة", "riEAyap_1", "NOUN", "care; sponsorship", ""),
    )
    # shape and family agree, as in the test above, but the word is listed as borrowed
    monkeypatch.setattr(derived_roots, "word_list", lambda name: frozenset({"رعايه"}))
    result = derived_roots_for(stems, frozenset({"NOUN", "VERB"}), _fits)
    assert result["رعاي"][0].root == ""
