"""Moodle XML quizzes of an article's items (Moodle: Question bank > Import > Moodle XML format).

Item types map to Moodle question types: multiple choice -> ``multichoice``, typed ->
``shortanswer``, true/false -> ``truefalse``, matching -> ``matching``, ordering -> ``matching``
(each event with its position, since ordering is not a core Moodle type), and every cloze item
-> ``cloze`` (embedded answers, ``{1:MULTICHOICE:=right~wrong}`` or ``{1:SHORTANSWER:=answer}``).
Each article gets its own category, opened by the article itself as a ``description``
question; names read "Cloze 3: <first words>", id numbers come from the article's content hash
and the item keys, and the general feedback quotes the sentence that supports the answer.
Element names follow Moodle's importer (question/format/xml/format.php).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from exercises.exports.article import ExportArticle
from exercises.exports.quiz import (
    OrderingType,
    accepted_answers,
    article_html,
    article_idnumber,
    article_name,
    category_path,
    feedback_html,
    is_true,
    matching_pairs,
    prompt_html,
    question_idnumber,
    question_names,
    rtl_html,
    usable,
)
from exercises.generators.items import BLANK, Item

_EMBEDDED_SPECIAL = re.compile(r'([\\}#~/"=])')


def moodle_xml_bytes(
    articles: Sequence[ExportArticle], *, ordering: OrderingType = "matching"
) -> bytes:
    """All items of ``articles`` as a Moodle XML question file (UTF-8).

    Items a question type cannot hold (a cloze prompt without one blank, a choice whose answer
    is not among its options) are left out. ``ordering="ordering"`` writes ordering items as
    Moodle's ordering question (core since Moodle 4.4, a plugin before), "matching" as
    matching questions (each event with its position) that every Moodle imports.
    """
    quiz = ET.Element("quiz")
    for article in articles:
        quiz.append(_category(article))
        items = tuple(item for item in article.items if usable(item))
        if items:  # the article, for "according to the article" questions
            quiz.append(_description(article))
        names = question_names(items)
        for item in items:
            quiz.append(question_element(article, item, names[item.key], ordering))
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True) + b"\n"


def question_element(
    article: ExportArticle, item: Item, name: str, ordering: OrderingType = "matching"
) -> ET.Element:
    """The question for a ``usable`` item."""
    if item.kind == "cloze":
        return _cloze(article, item, name)
    if item.type == "ordering" and ordering == "ordering":
        return _ordering(article, item, name)
    if item.type == "multiple_choice":
        return _multichoice(article, item, name)
    if item.type == "true_false":
        return _truefalse(article, item, name)
    if item.type in ("matching", "ordering"):
        return _matching(article, item, name)
    return _shortanswer(article, item, name)


def embedded_escape(text: str) -> str:
    """Escape what would end or split an embedded answer: } # ~ / " \\ and =."""
    return _EMBEDDED_SPECIAL.sub(r"\\\1", text)


def embedded_answer(item: Item) -> str:
    """The ``{1:...}`` code that stands for the blank of a cloze item."""
    if item.type == "multiple_choice" and item.answer in item.options:
        choices = [
            ("=" if option == item.answer else "") + embedded_escape(_html(option))
            for option in item.options
        ]
        return "{1:MULTICHOICE:" + "~".join(choices) + "}"
    answers = "~".join("=" + embedded_escape(_html(a)) for a in accepted_answers(item.answer))
    return "{1:SHORTANSWER:" + answers + "}"


# Question types ---------------------------------------------------------------------------


def _multichoice(article: ExportArticle, item: Item, name: str) -> ET.Element:
    question = _question("multichoice", article, item, name)
    _text(question, "single", "true")
    _text(question, "shuffleanswers", "true")
    _text(question, "answernumbering", "abc")
    _text(question, "showstandardinstruction", "0")
    for option in item.options:
        _answer(question, option, 100 if option == item.answer else 0, fmt="html")
    return question


def _truefalse(article: ExportArticle, item: Item, name: str) -> ET.Element:
    question = _question("truefalse", article, item, name)
    right = is_true(item)
    _answer(question, "true", 100 if right else 0)
    _answer(question, "false", 0 if right else 100)
    return question


def _shortanswer(article: ExportArticle, item: Item, name: str) -> ET.Element:
    question = _question("shortanswer", article, item, name)
    _text(question, "usecase", "0")
    for answer in accepted_answers(item.answer):
        _answer(question, answer.replace("*", r"\*"), 100)  # "*" is Moodle's wildcard
    return question


def _matching(article: ExportArticle, item: Item, name: str) -> ET.Element:
    question = _question("matching", article, item, name)
    _text(question, "shuffleanswers", "true")
    for left, right in matching_pairs(item):
        sub = ET.SubElement(question, "subquestion", {"format": "html"})
        _text(sub, "text", rtl_html(_html(left), left, "p"))
        answer = ET.SubElement(sub, "answer")
        _text(answer, "text", right)
    return question


def _ordering(article: ExportArticle, item: Item, name: str) -> ET.Element:
    # Element names and values as Moodle's qtype_ordering reads them (import_from_xml).
    question = _question("ordering", article, item, name)
    for tag, value in (
        ("layouttype", "VERTICAL"),
        ("selecttype", "ALL"),
        ("selectcount", str(len(item.sequence))),
        ("gradingtype", "ABSOLUTE_POSITION"),
        ("showgrading", "SHOW"),
        ("numberingstyle", "none"),
    ):
        _text(question, tag, value)
    for position, event in enumerate(item.sequence, 1):
        answer = ET.SubElement(question, "answer", {"fraction": str(position), "format": "html"})
        _text(answer, "text", rtl_html(_html(event), event))
    return question


def _cloze(article: ExportArticle, item: Item, name: str) -> ET.Element:
    before, after = (_html(part) for part in item.prompt.split(BLANK))
    text = prompt_html(item, f"{before}{embedded_answer(item)}{after}")
    question = ET.Element("question", {"type": "cloze"})
    _name(question, name)
    _html_text(question, "questiontext", text)
    _html_text(question, "generalfeedback", feedback_html(article, item))
    _text(question, "penalty", "0.3333333")
    _text(question, "hidden", "0")
    _text(question, "idnumber", question_idnumber(article, item))
    _tags(question, item)
    return question


# Building blocks ----------------------------------------------------------------------------


def _category(article: ExportArticle) -> ET.Element:
    question = ET.Element("question", {"type": "category"})
    category = ET.SubElement(question, "category")
    _text(category, "text", category_path(article))
    return question


def _description(article: ExportArticle) -> ET.Element:
    """The article as a description "question" (no mark) for the top of the quiz."""
    question = ET.Element("question", {"type": "description"})
    _name(question, article_name(article))
    _html_text(question, "questiontext", article_html(article))
    _html_text(question, "generalfeedback", "")
    _text(question, "defaultgrade", "0")
    _text(question, "penalty", "0")
    _text(question, "hidden", "0")
    _text(question, "idnumber", article_idnumber(article))
    return question


def _question(kind: str, article: ExportArticle, item: Item, name: str) -> ET.Element:
    question = ET.Element("question", {"type": kind})
    _name(question, name)
    _html_text(question, "questiontext", prompt_html(item))
    _html_text(question, "generalfeedback", feedback_html(article, item))
    _text(question, "defaultgrade", "1")
    _text(question, "penalty", "0.3333333")
    _text(question, "hidden", "0")
    _text(question, "idnumber", question_idnumber(article, item))
    _tags(question, item)
    return question


def _name(question: ET.Element, name: str) -> None:
    _text(ET.SubElement(question, "name"), "text", name)


def _answer(
    question: ET.Element, text: str, fraction: int, *, fmt: str = "moodle_auto_format"
) -> None:
    answer = ET.SubElement(question, "answer", {"fraction": str(fraction), "format": fmt})
    _text(answer, "text", rtl_html(_html(text), text) if fmt == "html" else text)
    feedback = ET.SubElement(answer, "feedback", {"format": "html"})
    _text(feedback, "text", "")


def _tags(question: ET.Element, item: Item) -> None:
    tags = ET.SubElement(question, "tags")
    for value in dict.fromkeys((item.kind, item.subtype)):
        if value:
            tag = ET.SubElement(tags, "tag")
            _text(tag, "text", value)


def _html_text(parent: ET.Element, tag: str, html_text: str) -> None:
    element = ET.SubElement(parent, tag, {"format": "html"})
    _text(element, "text", html_text)


def _text(parent: ET.Element, tag: str, value: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = value
    return element


def _html(text: str) -> str:
    return html.escape(text, quote=False)
