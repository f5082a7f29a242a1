"""The chosen sense is the gloss; the lemma's other senses follow it in ``other_glosses``."""

from __future__ import annotations

import json

from exercises.arabic.analysis_json import analysis_from_json, analysis_report, analysis_to_json
from exercises.arabic.vocabulary import build_vocabulary

TEXT = "أصدرت اللجنة تقريرا عن الوضع الأمني في المدينة."


def test_the_json_report_gives_the_sense_and_the_others_apart(analyse) -> None:
    report = analysis_report(analyse(TEXT))
    word = next(token for token in report["tokens"] if token["text"] == "تقريرا")
    assert word["gloss"] == "report; account"
    assert word["other_glosses"] == ["decision; determination"]
    point = next(token for token in report["tokens"] if token["text"] == ".")
    assert point["other_glosses"] == []


def test_the_vocabulary_entry_has_the_sense_and_the_others(analyse) -> None:
    words = build_vocabulary(analyse(TEXT)).words
    entry = next(entry for entry in words if entry.lemma == "تقرير")
    assert entry.gloss == "report; account"
    assert entry.other_glosses == ("decision; determination",)
    situation = next(entry for entry in words if entry.lemma == "وضع")
    assert situation.gloss == "situation; status"
    assert "laying down; putting; placing" in situation.other_glosses


def test_a_lemma_used_in_two_senses_lists_the_second_first_among_the_others(analyse) -> None:
    text = "أصدرت المنظمة تقريرا سنويا. وقالت إن الوضع الأمني تحسن بعد وضع حجر الأساس."
    entry = next(e for e in build_vocabulary(analyse(text)).words if e.lemma == "وضع")
    assert entry.other_glosses[0] != entry.gloss
    assert {entry.gloss, entry.other_glosses[0]} == {
        "situation; status",
        "laying down; putting; placing",
    }


def test_a_reading_stored_before_other_glosses_existed_still_loads(analyse) -> None:
    analysed = analyse(TEXT)
    stored = json.loads(json.dumps(analysis_to_json(analysed)))
    for values in stored["analyses"]:
        del values[-1]  # no other_glosses: the former shape of a reading
    rebuilt = analysis_from_json(stored)
    word = next(item for item in rebuilt.tokens if item.token.text == "تقريرا")
    assert word.analysis is not None and word.analysis.gloss == "report; account"
    assert word.analysis.other_glosses == ()
