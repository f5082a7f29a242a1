"""Moodle XML: it parses, and each question type carries the elements Moodle's importer reads."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

import pytest

from exercises.exports.article import ExportArticle
from exercises.exports.moodle import embedded_answer, embedded_escape, moodle_xml_bytes
from exercises.generators.items import BLANK, Item


@pytest.fixture(scope="module")
def quiz(article: ExportArticle) -> ET.Element:
    return ET.fromstring(moodle_xml_bytes([article]))


def questions(quiz: ET.Element, kind: str) -> list[ET.Element]:
    return quiz.findall(f"question[@type='{kind}']")


def by_idnumber(quiz: ET.Element, key: str) -> ET.Element:
    return next(q for q in quiz.iter("question") if (q.findtext("idnumber") or "").endswith(key))


def test_it_is_utf8_xml_with_a_category_and_every_usable_item(article: ExportArticle, quiz):
    data = moodle_xml_bytes([article])

    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert "رتب الأحداث".encode() in data
    assert quiz.tag == "quiz"
    category = questions(quiz, "category")
    assert [c.findtext("category/text") for c in category] == [
        "$course$/top/Arabic exercises/الصين وروسيا: تعزيز التعاون"
    ]
    assert len(quiz.findall("question")) == 2 + len(article.items)  # and the article


def test_every_question_has_a_name_html_text_and_a_stable_idnumber(article, quiz):
    again = ET.fromstring(moodle_xml_bytes([article]))

    for question in quiz.findall("question"):
        if question.get("type") == "category":
            continue
        assert question.findtext("name/text")
        assert question.find("questiontext").get("format") == "html"
        assert 'dir="rtl"' in question.findtext("questiontext/text")
        assert question.findtext("idnumber").startswith(article.key[:16])
    ids = [q.findtext("idnumber") for q in quiz.findall("question")]
    assert ids == [q.findtext("idnumber") for q in again.findall("question")]
    assert len(set(ids)) == len(ids)


def test_multichoice(quiz):
    question = by_idnumber(quiz, "comp-mc")

    assert question.get("type") == "multichoice"
    assert question.findtext("single") == "true"
    assert question.findtext("shuffleanswers") == "true"
    fractions = {a.findtext("text"): a.get("fraction") for a in question.findall("answer")}
    assert len(fractions) == 3
    assert [f for t, f in fractions.items() if "في بكين" in t] == ["100"]
    assert sorted(fractions.values()) == ["0", "0", "100"]


def test_truefalse(quiz):
    question = by_idnumber(quiz, "comp-tf")

    assert question.get("type") == "truefalse"
    answers = {a.findtext("text"): a.get("fraction") for a in question.findall("answer")}
    assert answers == {"true": "100", "false": "0"}


def test_shortanswer_accepts_the_answer_with_and_without_vowels(article: ExportArticle):
    item = Item(
        key="typed-vowels", kind="comprehension", type="typed", subtype="word",
        prompt="ما الكلمة؟", answer="رَئِيس*", instruction="Type the word.",
    )  # fmt: skip
    quiz = ET.fromstring(moodle_xml_bytes([dataclasses.replace(article, items=(item,))]))
    question = by_idnumber(quiz, "typed-vowels")

    assert question.get("type") == "shortanswer"
    assert question.findtext("usecase") == "0"
    texts = [a.findtext("text") for a in question.findall("answer")]
    assert texts == [r"رَئِيس\*", r"رئيس\*"]
    assert {a.get("fraction") for a in question.findall("answer")} == {"100"}


def test_matching_and_ordering_become_matching_subquestions(quiz):
    matching = by_idnumber(quiz, "comp-match")
    ordering = by_idnumber(quiz, "comp-order")

    assert matching.get("type") == ordering.get("type") == "matching"
    subs = matching.findall("subquestion")
    assert [s.findtext("answer/text") for s in subs] == ["president", "cooperation", "security"]
    assert "الرئيس" in subs[0].findtext("text")
    assert [s.findtext("answer/text") for s in ordering.findall("subquestion")] == ["1", "2", "3"]


def test_cloze_items_embed_their_answers(quiz):
    multichoice = by_idnumber(quiz, "cloze-2")
    typed = by_idnumber(quiz, "cloze-3")

    assert multichoice.get("type") == typed.get("type") == "cloze"
    assert "{1:MULTICHOICE:المجالات~=التعاون~الرئيس}" in multichoice.findtext("questiontext/text")
    assert "حماية {1:SHORTANSWER:=الأمن~=الامن} الإقليمي" in typed.findtext("questiontext/text")
    assert BLANK not in typed.findtext("questiontext/text")


def test_embedded_answers_escape_what_would_break_them():
    assert embedded_escape('a}b#c~d/e"f\\g=h') == 'a\\}b\\#c\\~d\\/e\\"f\\\\g\\=h'
    item = Item(
        key="k", kind="cloze", type="multiple_choice", subtype="cloze",
        prompt=f"x {BLANK} y", answer="50% = نصف", options=("50% = نصف", "a~b", "c}d"),
        instruction="",
    )  # fmt: skip

    assert embedded_answer(item) == "{1:MULTICHOICE:=50% \\= نصف~a\\~b~c\\}d}"


def test_items_without_what_their_type_needs_are_left_out(article: ExportArticle):
    broken = Item(
        key="no-blank", kind="cloze", type="typed", subtype="cloze",
        prompt="لا فراغ هنا", answer="x", instruction="",
    )  # fmt: skip
    quiz = ET.fromstring(moodle_xml_bytes([dataclasses.replace(article, items=(broken,))]))

    assert [q.get("type") for q in quiz.findall("question")] == ["category"]  # no article alone
