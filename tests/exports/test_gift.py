"""GIFT: one question per block, with its special characters escaped."""

from __future__ import annotations

import dataclasses

from exercises.arabic.analysis_types import Span
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
    by_key = {item.key: block for item, block in zip(article.items, blocks[2:], strict=True)}

    assert blocks[0] == "$CATEGORY: $course$/top/Arabic exercises/الصين وروسيا: تعزيز التعاون"
    assert by_key["cloze-3"].startswith("::Cloze 3\\: تلعب المنظمة")
    assert by_key["comp-tf"].endswith("{T}")
    assert by_key["comp-mc"].endswith("{ ~في موسكو =في بكين ~في سوتشي }")
    assert by_key["comp-typed"].endswith("{ =2013 }")
    assert "=الرئيس -> president =التعاون -> cooperation" in by_key["comp-match"]
    assert "=استقبل الرئيس نظيره -> 1" in by_key["comp-order"]
    cloze = by_key["cloze-3"]
    assert "حماية { =الأمن =الامن ####security } الإقليمي" in cloze  # GIFT's missing word
    assert 'dir\\="rtl"' in by_key["comp-mc"]
    assert BLANK not in text


def test_a_false_statement_is_marked_false(article: ExportArticle):
    item = dataclasses.replace(article.items[4], answer="خطأ")

    assert gift_question(item, "True or false").endswith("{F}")


def test_html_in_choices_and_matching_prompts_is_text(article: ExportArticle):
    choice = Item(
        key="mc-html", kind="comprehension", type="multiple_choice", subtype="what",
        prompt="ما الوسم؟", answer="<b>", options=("<b>", "a & b"), instruction="",
    )  # fmt: skip
    match = Item(
        key="match-html", kind="roots", type="matching", subtype="root_match",
        prompt="صل.", answer="", pairs=(("<i>كتب</i>", "ك ت ب"), ("قرأ", "ق ر أ")), instruction="",
    )  # fmt: skip

    assert "{ =&lt;b&gt; ~a &amp; b }" in gift_question(choice, "c")
    assert "=&lt;i&gt;كتب&lt;/i&gt; -> ك ت ب" in gift_question(match, "m")


def test_the_article_comes_first_and_feedback_quotes_the_support(article: ExportArticle):
    sentence = "وتعهد الرئيسان بتعزيز التعاون في جميع المجالات."
    start = article.text.index(sentence)
    items = tuple(
        dataclasses.replace(item, support=(Span(start, start + len(sentence)),))
        if item.key == "comp-tf"
        else item
        for item in article.items
    )
    blocks = gift_bytes([dataclasses.replace(article, items=items)]).decode().split("\n\n")

    description = blocks[1]
    assert description.startswith("::Article\\: الصين وروسيا\\: تعزيز التعاون::[html]")
    assert "{" not in description.replace("\\{", "")  # no answers: a description
    assert "استقبل الرئيس الصيني نظيره الروسي" in description
    true_false = blocks[2 + [i.key for i in items].index("comp-tf")]
    assert true_false.endswith("{T ####From the article\\: " + sentence + "}")
