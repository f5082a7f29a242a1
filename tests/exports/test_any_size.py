"""Matching and ordering items of any size: every exporter writes them, none crashes."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET
import zipfile

import pytest

from exercises.exports.anki import anki_deck_bytes
from exercises.exports.gift import gift_bytes
from exercises.exports.moodle import moodle_xml_bytes
from exercises.exports.pdf.labels import choice_labels
from exercises.exports.pdf.worksheet import worksheet_pdf_bytes
from tests.exports.conftest import item, make_article

WORDS = [
    "الرئيس",
    "التعاون",
    "الأمن",
    "حماية",
    "المجال",
    "الزيارة",
    "المنظمة",
    "البلد",
    "الوزير",
    "الحكومة",
    "البرلمان",
]


def big_article(size: int):
    pairs = tuple((f"{WORDS[i % len(WORDS)]} {i + 1}", f"فقرة رقم {i + 1}") for i in range(size))
    sequence = tuple(f"حدث رقم {i + 1} في المقال" for i in range(size))
    items = (
        item(
            "big-match", "comprehension", "matching", "صل كل عنوان بفقرته.", "",
            pairs=pairs, options=tuple(reversed([right for _, right in pairs])),
            subtype="heading", instruction="Match each heading with its paragraph.",
        ),
        item(
            "big-order", "comprehension", "ordering", "رتب الأحداث.", "",
            sequence=sequence, options=tuple(reversed(sequence)), subtype="sequence",
            instruction="Put the events in order.",
        ),
        item(
            "big-roots", "roots", "matching", "صل كل كلمة بجذرها.", "",
            pairs=tuple((f"كلمة {i}", f"ج ذ {i}") for i in range(size)),
            options=tuple(f"ج ذ {i}" for i in reversed(range(size))), subtype="root_match",
        ),
    )  # fmt: skip
    return dataclasses.replace(make_article(), items=items)


@pytest.mark.parametrize("size", [11, 29])
def test_the_worksheet_prints_matching_and_ordering_of_any_size(size):
    data = worksheet_pdf_bytes(big_article(size))
    assert data.startswith(b"%PDF")


@pytest.mark.parametrize("size", [11, 29])
def test_moodle_gift_and_anki_take_matching_and_ordering_of_any_size(size):
    article = big_article(size)
    root = ET.fromstring(moodle_xml_bytes([article]))
    assert root.findall(".//question[@type='matching']")
    assert b"->" in gift_bytes([article])
    assert zipfile.is_zipfile(io.BytesIO(anki_deck_bytes([article], timestamp=0)))


def test_labels_never_run_out():
    arabic = choice_labels([f"فقرة {i}" for i in range(40)])
    latin = choice_labels([f"option {i}" for i in range(40)])
    for labels in (arabic, latin):
        assert len(labels) >= 40 and len(set(labels[:40])) == 40
    assert arabic[:4] == ("أ", "ب", "ج", "د") and latin[:3] == ("a", "b", "c")
