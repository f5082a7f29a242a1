"""The bidi order of a line: which way its runs go and where each is drawn."""

from __future__ import annotations

import pytest

from exercises.exports.pdf.bidi import base_is_rtl, visual_runs, visual_text


@pytest.mark.parametrize(
    ("line", "seen_left_to_right"),
    [
        ("واحد اثنان ثلاثة", "ةثالث نانثا دحاو"),
        ("بيت، قلم.", ".ملق ،تيب"),  # the stop and comma end their word: on its left
        ("كوفيد-19 لم", "مل 19-ديفوك"),  # digits keep their order, after the word
        ("سنة 2013 بيت", "تيب 2013 ةنس"),
        ("١٢٣ بيت", "تيب ١٢٣"),  # Arabic-Indic digits too
        ("منظمة (Shanghai Cooperation) وبريكس", "سكيربو (Shanghai Cooperation) ةمظنم"),
        ("وبريكس (BRICS).", ".(BRICS) سكيربو"),
        ("abc بيت def", "def تيب abc"),
    ],
)
def test_a_right_to_left_line_is_ordered_by_the_bidi_algorithm(line, seen_left_to_right):
    assert visual_text(line, rtl=True) == seen_left_to_right


def test_a_left_to_right_line_keeps_an_arabic_word_whole():
    assert visual_text("the word بيت means house", rtl=False) == "the word تيب means house"
    assert base_is_rtl("2022 بكين") and not base_is_rtl("(BRICS) بكين")


def test_runs_keep_logical_order_inside_and_visual_order_between():
    runs = visual_runs("واحد اثنان ثلاثة", rtl=True)

    assert [run.text for run in runs] == ["ثلاثة", " ", "اثنان", " ", "واحد"]
    assert all(run.rtl for run in runs)
