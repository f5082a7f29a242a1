"""Moodle XML a teacher can use, read back the way Moodle's importer reads it
(question/format/xml/format.php: import_headers, import_answer, import_description and the
category path split on single slashes)."""

from __future__ import annotations

import dataclasses
import html
import re
import xml.etree.ElementTree as ET

from exercises.arabic.analysis_types import Span
from exercises.exports.article import ExportArticle
from exercises.exports.gift import gift_bytes
from exercises.exports.moodle import moodle_xml_bytes
from exercises.exports.quiz import accepted_answers
from exercises.generators.items import Item


def imported(data: bytes) -> list[dict]:
    """Each question as Moodle's importer sees it: trimmed texts, formats, fractions 0..1."""
    out = []
    for question in ET.fromstring(data).findall("question"):
        kind = question.get("type")
        if kind == "category":
            path = question.findtext("category/text").strip()
            names = [n.replace("//", "/").strip() for n in re.split(r"(?<!/)/(?!/)", path)]
            out.append({"type": kind, "names": names})
            continue
        out.append(
            {
                "type": kind,
                "name": (question.findtext("name/text") or "").strip(),
                "questiontext": (question.findtext("questiontext/text") or "").strip(),
                "generalfeedback": (question.findtext("generalfeedback/text") or "").strip(),
                "idnumber": question.findtext("idnumber"),
                "answers": [
                    ((a.findtext("text") or "").strip(), int(a.get("fraction", 0)) / 100)
                    for a in question.findall("answer")
                ],
            }
        )
    return out


def with_support(article: ExportArticle) -> ExportArticle:
    sentence = "وتعهد الرئيسان بتعزيز التعاون في جميع المجالات."
    start = article.text.index(sentence)
    items = tuple(
        dataclasses.replace(item, support=(Span(start, start + len(sentence)),))
        if item.key in ("comp-tf", "cloze-2")
        else item
        for item in article.items
    )
    return dataclasses.replace(article, items=items)


def test_question_names_read_like_a_list_of_questions(article: ExportArticle):
    questions = imported(moodle_xml_bytes([article]))
    names = [q["name"] for q in questions if q["type"] not in ("category", "description")]

    assert names[0] == "Cloze 1: استقبل ___ الصيني نظيره الروسي."
    assert names[2].startswith("Cloze 3: تلعب المنظمة دورًا")
    assert names[3] == "Comprehension 1: أين استقبل الرئيس الصيني نظيره الروسي؟"
    assert not any(re.search(r"cloze-\d|comp-", name) for name in names)
    assert len(set(names)) == len(names)


def test_the_article_opens_the_quiz_as_a_description(article: ExportArticle):
    questions = imported(moodle_xml_bytes([article]))

    assert [q["type"] for q in questions[:2]] == ["category", "description"]
    description = questions[1]
    assert description["name"] == f"Article: {article.title}"
    assert "استقبل الرئيس الصيني نظيره الروسي بوتين" in description["questiontext"]
    assert "منظمة شانغهاي للتعاون" in description["questiontext"]
    assert description["idnumber"].startswith(article.key)


def test_general_feedback_quotes_the_supporting_sentence(article: ExportArticle):
    questions = imported(moodle_xml_bytes([with_support(article)]))
    by_id = {q["idnumber"].rsplit("-", 1)[-1]: q for q in questions if q.get("idnumber")}

    true_false = next(q for q in questions if q.get("idnumber", "") and "comp-tf" in q["idnumber"])
    assert "وتعهد الرئيسان بتعزيز التعاون في جميع المجالات." in true_false["generalfeedback"]
    assert 'dir="rtl"' in true_false["generalfeedback"]
    assert by_id  # every question has an id number


def test_typed_answers_accept_common_spelling_variants():
    assert accepted_answers("مَدْرَسَة") == ("مَدْرَسَة", "مدرسة", "مدرسه")
    assert accepted_answers("أمن") == ("أمن", "امن")
    assert accepted_answers("إلى") == ("إلى", "الى", "إلي", "الي")
    assert accepted_answers("2013") == ("2013",)


def test_shortanswer_variants_are_all_full_marks(article: ExportArticle):
    item = Item(
        key="typed-variants", kind="comprehension", type="typed", subtype="word",
        prompt="ما الكلمة؟", answer="المؤسسة", instruction="Type the word.",
    )  # fmt: skip
    questions = imported(moodle_xml_bytes([dataclasses.replace(article, items=(item,))]))
    answers = questions[-1]["answers"]

    assert ("المؤسسة", 1.0) in answers and ("المؤسسه", 1.0) in answers
    assert {fraction for _, fraction in answers} == {1.0}


def test_only_arabic_text_is_marked_right_to_left(article: ExportArticle):
    meaning = Item(
        key="meaning", kind="comprehension", type="multiple_choice", subtype="meaning",
        prompt="ما معنى «التعاون»؟", answer="cooperation", instruction="Choose the meaning.",
        options=("cooperation", "security", "1999"),
    )  # fmt: skip
    data = moodle_xml_bytes([dataclasses.replace(article, items=(meaning,))])
    question = imported(data)[-1]

    assert [text for text, _ in question["answers"]] == ["cooperation", "security", "1999"]
    assert question["questiontext"].startswith("<p>Choose the meaning.</p>")
    assert 'dir="rtl" lang="ar"' in question["questiontext"]  # the Arabic prompt still is
    options = imported(moodle_xml_bytes([article]))
    where = next(q for q in options if "comp-mc" in (q.get("idnumber") or ""))
    assert all('dir="rtl" lang="ar"' in text for text, _ in where["answers"])


def test_the_category_title_is_escaped_for_moodle(article: ExportArticle):
    odd = dataclasses.replace(article, title="Cats & dogs / <b>قطط</b>")

    questions = imported(moodle_xml_bytes([odd]))

    names = questions[0]["names"]
    assert names[-1] == "Cats &amp; dogs / &lt;b&gt;قطط&lt;/b&gt;"
    assert html.unescape(names[-1]) == odd.title
    assert "<b>" not in gift_bytes([odd]).decode().splitlines()[0]


def test_an_english_hint_is_its_own_paragraph(article: ExportArticle):
    questions = imported(moodle_xml_bytes([with_support(article)]))
    cloze = next(q for q in questions if (q.get("idnumber") or "").endswith("cloze-2"))

    assert cloze["generalfeedback"].startswith("<p>cooperation</p><p>From the article:</p>")


def test_ordering_can_be_moodles_ordering_question(article: ExportArticle):
    data = moodle_xml_bytes([article], ordering="ordering")
    question = next(
        q for q in ET.fromstring(data).findall("question")
        if (q.findtext("idnumber") or "").endswith("comp-order")
    )  # fmt: skip

    assert question.get("type") == "ordering"
    assert question.findtext("selecttype") == "ALL"
    assert question.findtext("selectcount") == "3"
    assert question.findtext("gradingtype") == "ABSOLUTE_POSITION"
    answers = [a.findtext("text") for a in question.findall("answer")]
    assert [html.unescape(re.sub("<[^>]+>", "", a)) for a in answers] == [
        "استقبل الرئيس نظيره", "تعهد الرئيسان", "تحدث الرئيس عن المنظمة",
    ]  # fmt: skip
    assert all(a.get("format") == "html" for a in question.findall("answer"))
    default = ET.fromstring(moodle_xml_bytes([article]))
    assert not default.findall("question[@type='ordering']"), "matching unless asked"
