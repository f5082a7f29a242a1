"""Roots from Arramooz where the Buckwalter lexicon has none or files a family wrongly."""

from __future__ import annotations

import sqlite3

from exercises.arabic.morphology.adjectives import lemma_key
from exercises.arabic.morphology.analyzer import default_analyzer
from exercises.arabic.morphology.second_roots import build_from_arramooz, second_source_roots_for


def _roots_of(text: str) -> dict[str, set[str]]:
    from exercises.arabic.pipeline import analyze_text

    found: dict[str, set[str]] = {}
    for item in analyze_text(text).tokens:
        if item.analysis is not None:
            found.setdefault(item.token.text, set()).add(item.analysis.root)
    return found


def test_common_words_the_lexicon_files_under_no_root_get_one():
    roots = _roots_of(
        "نمت تجارة البلد هذا العام، وأكد الوزير أهمية التنمية في المناطق الريفية "
        "وحيوية القطاع الرياضي، وطالب بحماية الأرض الزراعية."
    )
    assert roots["تجارة"] == {"تجر"}
    assert roots["البلد"] == {"بلد"}
    assert roots["أهمية"] == {"همم"}
    assert roots["التنمية"] <= {"نمو", "نمي"} and roots["التنمية"]
    assert roots["وحيوية"] == {"حيي"}  # the abstract noun of حيوي
    assert roots["الرياضي"] == {"روض"}
    assert roots["الأرض"] == {"ءرض"}


def test_a_family_filed_under_a_heading_that_is_no_root_moves_to_its_root():
    lexicon = default_analyzer().lexicon
    roots = {s.lemma_vocalized: s.root for entries in lexicon.stems.values() for s in entries}
    assert roots["تَقْوَى"] == "وقي"  # not ت ق ي
    assert roots["تَقِيّ"] == "وقي"
    assert roots["وِقايَة"] == "وقي"  # which the lexicon left without a root


def test_borrowings_stay_without_a_root():
    roots = _roots_of("تطور قطاع التكنولوجيا في فبراير الماضي مع خطة إستراتيجية جديدة.")
    assert roots["التكنولوجيا"] == {""}
    assert roots["فبراير"] == {""}


def test_a_root_is_taken_only_where_the_lemma_can_carry_it():
    from typing import NamedTuple

    class Entry(NamedTuple):
        lemma: str
        lemma_vocalized: str
        lemma_id: str
        upos: str
        root: str

    stems = {
        "تجارة": [Entry("تجارة", "تِجارَة", "tijArap_1", "NOUN", "")],
        "فيلم": [Entry("فيلم", "فِيلْم", "fiylom_1", "NOUN", "")],
        "بكين": [Entry("بكين", "بِكِين", "bikiyn_1", "PROPN", "")],
    }
    result = second_source_roots_for(stems, frozenset({"NOUN"}), lambda root, lemma: False)
    assert result["تجارة"][0].root == ""  # the check refused it
    result = second_source_roots_for(stems, frozenset({"NOUN"}), lambda root, lemma: True)
    assert result["تجارة"][0].root == "تجر"
    assert result["بكين"][0].root == ""  # a name has no root


def test_the_list_keeps_one_real_root_per_lemma(tmp_path):
    database = tmp_path / "dictionary.sqlite"
    with sqlite3.connect(database) as connection:
        connection.execute("create table nouns (vocalized text, root text)")
        connection.execute("create table verbs (vocalized text, root text)")
        connection.executemany(
            "insert into nouns values (?, ?)",
            [
                ("تِجَارَةٌ", "تجر"),
                ("هَوَاءٌ", "هواء"),  # the word itself: no root
                ("بِدَايَةٌ", "بدا"),  # a long alef is no root letter
                ("أَرْضٌ", "أرض"),
                ("أَرَضٌ", "أرضة"),
                ("سَنَةٌ", ""),
            ],
        )
        connection.executemany(
            "insert into verbs values (?, ?)", [("اِتَّحَدَ", "ءحد;وحد"), ("شَفَى", "شفى")]
        )
    roots = build_from_arramooz(database)
    assert roots[lemma_key("تِجَارَةٌ")] == "تجر"
    assert roots[lemma_key("أَرْضٌ")] == "ءرض" and roots["noun:أرض"] == "ءرض"
    assert roots[lemma_key("شَفَى")] == "شفي"
    for missing in ("هَوَاءٌ", "بِدَايَةٌ", "سَنَةٌ", "اِتَّحَدَ"):
        assert lemma_key(missing) not in roots, missing
    for missing in ("noun:سنة", "verb:اتحد"):
        assert missing not in roots, missing
