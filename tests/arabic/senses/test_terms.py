"""Multiword terms: found across clitics and inflection, one vocabulary entry each, and the sense
(and lemma) they give their words."""

from __future__ import annotations

import json

from exercises.arabic.analysis_json import analysis_from_json, analysis_report, analysis_to_json
from exercises.arabic.context.terms import term_entries, vowels_agree
from exercises.arabic.vocabulary import build_vocabulary


def _terms(document) -> list[str]:
    return [term.lemma_vocalized for term in document.terms]


def test_the_list_is_long_and_every_word_of_it_is_read_as_written() -> None:
    entries = term_entries()
    assert len(entries) >= 300
    assert len({entry.vocalized for entry in entries}) == len(entries)
    assert all(len(entry.members) >= 2 and entry.gloss for entry in entries)
    unresolved = [e.vocalized for e in entries for m in e.members if not m.resolved]
    assert unresolved == []


def test_the_cached_terms_are_the_terms_resolved_afresh(tmp_path, monkeypatch) -> None:
    from exercises.arabic.context import terms
    from exercises.arabic.morphology.analyzer import default_analyzer

    monkeypatch.setenv("ARABIC_EXERCISES_CACHE", str(tmp_path))
    afresh = terms._resolved_entries(default_analyzer())
    terms.term_entries.cache_clear()
    try:
        assert terms.term_entries() == afresh  # resolved, then stored
        assert list(tmp_path.glob("multiword-terms*"))
        terms.term_entries.cache_clear()
        assert terms.term_entries() == afresh  # read back from the cache
    finally:
        terms.term_entries.cache_clear()


def test_vowels_agree_letter_by_letter_but_not_on_the_case_ending() -> None:
    assert vowels_agree("القُدْرَةِ", "القُدْرَة")
    assert not vowels_agree("القِدْرَة", "القُدْرَة")
    assert vowels_agree("الشِرائِيَّة", "الشِّرائِيَّة")  # a sun letter's shadda after ال
    assert not vowels_agree("عام", "عامّ")


def test_interest_rates_give_the_word_the_sense_the_lexicon_lacks(analyse, reading_of) -> None:
    document = analyse("ارتفعت أسعار الفائدة.")
    assert _terms(document) == ["أَسْعار الفائِدَة"]
    interest = reading_of(document, "الفائدة").analysis
    assert interest.gloss == "interest"
    assert interest.other_glosses == ("benefit; use",)


def test_a_term_sets_the_lemma_of_its_word(analyse, reading_of) -> None:
    power = reading_of(analyse("تراجعت القدرة الشرائية للمواطنين."), "القدرة").analysis
    assert power.lemma_vocalized == "قُدْرَة"  # not القِدْرَة, the pot
    clips = reading_of(analyse("انتشرت مقاطع الفيديو بسرعة."), "مقاطع").analysis
    assert clips.lemma_vocalized == "مَقْطَع" and "excerpts" in clips.gloss


def test_clitics_and_inflection(analyse) -> None:
    document = analyse(
        "عقد الوزير مؤتمرات صحفية. وقال في المؤتمر الصحفي إن الدعم لحقوق الإنسان "
        "وبمجلس الأمن مستمر."
    )
    assert _terms(document) == [
        "مُؤْتَمَر صُحُفِيّ",
        "مُؤْتَمَر صُحُفِيّ",
        "حُقُوق الإِنْسان",
        "مَجْلِس الأَمْن",
    ]


def test_the_longest_term_wins(analyse) -> None:
    document = analyse("أعلن صندوق النقد الدولي ومجلس الأمن الدولي.")
    assert _terms(document) == ["صُنْدُوق النَّقْد الدَّوْلِيّ", "مَجْلِس الأَمْن الدَّوْلِيّ"]


def test_no_term_across_punctuation_or_with_the_wrong_article(analyse) -> None:
    assert _terms(analyse("اجتمع المجلس، الأمن مستتب.")) == []
    assert _terms(analyse("هذا مجلس أمن جديد.")) == []  # indefinite: not the Security Council
    assert _terms(analyse("التقى رئيس للوزراء.")) == []  # a preposition inside the term


def test_crown_prince(analyse, reading_of) -> None:
    document = analyse("استقبل ولي العهد وزير الخارجية.")
    assert _terms(document) == ["وَلِيّ العَهْد", "وَزِير الخارِجِيَّة"]
    assert "prince" in reading_of(document, "العهد").analysis.gloss


def test_terms_are_vocabulary_entries_of_their_own(analyse) -> None:
    text = "ارتفعت أسعار الفائدة. وقال رئيس الوزراء إن أسعار الفائدة سترتفع."
    words = build_vocabulary(analyse(text)).words
    term = next(entry for entry in words if entry.lemma == "أسعار الفائدة")
    assert " " in term.lemma and term.gloss == "interest rates" and term.count == 2
    assert term.forms == ("أسعار الفائدة",) and term.root == ""
    assert any(entry.lemma == "رئيس الوزراء" for entry in words)
    word = next(entry for entry in words if entry.lemma == "فائدة")
    assert word.gloss == "interest"  # the words stay entries, in the term's sense


def test_terms_in_the_json_report_and_the_stored_analysis(analyse) -> None:
    analysed = analyse("قال رئيس الوزراء إن مجلس الأمن سيجتمع.")
    report = analysis_report(analysed)
    assert [(t["text"], t["gloss"]) for t in report["terms"]] == [
        ("رئيس الوزراء", "prime minister"),
        ("مجلس الأمن", "Security Council"),
    ]
    stored = json.loads(json.dumps(analysis_to_json(analysed)))
    assert analysis_from_json(stored) == analysed
    stored["format"] = 2  # the former shape: no terms
    del stored["terms"]
    assert analysis_from_json(stored).terms == ()


def test_parents_are_not_matters(analyse, reading_of) -> None:
    """أولياء الأمور: the plural of the term وليّ الأمر, "parents", not "guardians of matters"."""
    document = analyse("ودعت المدرسة أولياء الأمور إلى حضور الاجتماع السنوي.")
    assert "parent" in " ".join(term.gloss for term in document.terms)
    assert "parent" in reading_of(document, "الأمور").analysis.gloss


def test_intelligence_in_artificial_intelligence(analyse, reading_of) -> None:
    document = analyse("تستخدم الشركة تقنيات الذكاء الاصطناعي في خدماتها.")
    assert "intelligence" in reading_of(document, "الذكاء").analysis.gloss


def test_diseases_named_by_two_words_are_terms():
    # الضنك of حمى الضنك was asked as "poverty" (sixth review).
    from exercises.arabic.pipeline import analyze_text

    found = analyze_text("ارتفعت إصابات حمى الضنك وتراجعت حالات شلل الأطفال هذا العام.").terms
    assert [(term.lemma, term.gloss) for term in found] == [
        ("حمى الضنك", "dengue fever"),
        ("شلل الأطفال", "polio"),
    ]
