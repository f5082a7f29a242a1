"""Vowel marks a writer put on a word choose among its readings: «ويُفتتح» is passive."""

from __future__ import annotations

import pytest

from exercises.arabic.morphology.written_vowels import agrees_with_marks


@pytest.mark.parametrize(
    ("reading", "written", "agrees"),
    [
        ("وَيُفْتَتَح", "ويُفتتح", True),
        ("وَيَفْتَتِح", "ويُفتتح", False),  # the written damma is the passive's
        ("كُتِبَ", "كُتب", True),
        ("كَتَبَ", "كُتب", False),
        ("يُعَدّ", "يعد", True),  # no mark written: nothing to disagree with
        ("عِلْم", "علّم", False),  # a written shadda the reading lacks
        ("عَلَّمَ", "علم", True),  # a shadda left out by the writer says nothing
        ("كِتابًا", "كتابٌ", True),  # the case ending is the context's, not the reading's
        ("مُدِير", "مديرُ", True),
        ("الشَمْس", "الشّمس", True),  # the lexicon writes no shadda on a sun letter
    ],
)
def test_a_reading_agrees_with_the_marks_written_on_the_word(reading, written, agrees):
    assert agrees_with_marks(reading, written) is agrees


def test_a_passive_written_with_its_damma_is_read_as_passive(analyse, reading_of):
    opened = analyse("ويُفتتح المهرجان غدا بفيلم لبناني عن عائلة تعيد فتح مكتبتها القديمة.")
    analysis = reading_of(opened, "ويُفتتح").analysis
    assert "يُفْتَتَح" in analysis.vocalized, analysis.vocalized


def test_marks_no_reading_agrees_with_leave_the_readings_as_they_are(analyse, reading_of):
    # a slip of the writer (a damma on the article's lam) does not leave the word unread
    slip = analyse("زار الوزير المُدرسة الجديدة في المدينة.")
    assert reading_of(slip, "المُدرسة").analysis.lemma
