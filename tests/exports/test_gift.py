"""GIFT: one question per block, with its special characters escaped."""

from __future__ import annotations

import dataclasses

from exercises.exports.article import ExportArticle
from exercises.exports.gift import gift_bytes, gift_escape, gift_question
from exercises.generators.items import BLANK, Item


def test_it_escapes_every_special_character():
    assert gift_escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    assert gift_escape("سطر\n\nآخر") == "سطر آخر"  # a blank line would end the question


def test_an_answer_with_special_characters_stays_one_answer():
    item = Item(
        key="mc-special", kind="comprehension", type="multiple_choice", subtype="what",
        prompt="ما المعادلة؟", answer="x = {1:2} ~ #3", options=("x = {1:2} ~ #3", "صفر"),
        instruction="",
    )  # fmt: skip

    question = gift_question(item, "Comprehension 1: ما المعادلة؟")

    assert "{ =x \\= \\{1\\:2\\} \\~ \\#3 ~صفر }" in question
    assert question.startswith("::Comprehension 1\\: ما المعادلة؟::[html]")


def test_each_item_type_has_its_gift_form(article: ExportArticle):
    text = gift_bytes([article]).decode("utf-8")
    blocks = text.strip().split("\n\n")
    by_key = {item.key: block for item, block in zip(article.items, blocks[1:], strict=True)}

    assert blocks[0] == "$CATEGORY: $course$/top/Arabic exercises/الصين وروسيا: تعزيز التعاون"
    assert by_key["cloze-3"].startswith("::Cloze 3\\: تلعب المنظمة")
    assert by_key["comp-tf"].endswith("{T}")
    assert by_key["comp-mc"].endswith("{ ~في موسكو =في بكين ~في سوتشي }")
    assert by_key["comp-typed"].endswith("{ =2013 }")
    assert "=الرئيس -> president =التعاون -> cooperation" in by_key["comp-match"]
    assert "=استقبل الرئيس نظيره -> 1" in by_key["comp-order"]
    assert "حماية { =الأمن =الامن } الإقليمي" in by_key["cloze-3"]  # GIFT's "missing word" form
    assert 'dir\\="rtl"' in by_key["comp-mc"]
    assert BLANK not in text


def test_a_false_statement_is_marked_false(article: ExportArticle):
    item = dataclasses.replace(article.items[4], answer="خطأ")

    assert gift_question(item, "True or false").endswith("{F}")
