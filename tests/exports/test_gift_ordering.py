"""Ordering items in GIFT: matched with their positions by default (any Moodle), or in the
block that Moodle's qtype_ordering reads (import_from_gift), read back here the same way."""

from __future__ import annotations

import dataclasses
import re

from exercises.exports.article import ExportArticle
from exercises.exports.gift import gift_bytes, gift_question

# What qtype_ordering's import_from_gift matches in the answer block (Moodle 4.4+).
_ORDERING_BLOCK = re.compile(
    r"^\s*>\s*(\d+)\s*((?:ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG)?)\s*"
    r"((?:HORIZONTAL|HORI|H|1|VERTICAL|VERT|V|0)?)\s*"
    r"((?:ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|RELATIVE_NEXT_EXCLUDE_LAST|"
    r"RELATIVE_NEXT_INCLUDE_LAST|RELATIVE_ONE_PREVIOUS_AND_NEXT|RELATIVE_ALL_PREVIOUS_AND_NEXT|"
    r"RELATIVE_TO_CORRECT|RELATIVE|REL|LONGEST_ORDERED_SUBSET|LONGEST_CONTIGUOUS_SUBSET)?)\s*"
    r"((?:SHOW|TRUE|YES|1|HIDE|FALSE|NO|0)?)\s*((?:none|123|abc|ABCD|iii|IIII)?)\s*(.*?)\s*$",
    re.S,
)


def read_gift_ordering(question: str) -> dict[str, object]:
    """The ordering question as Moodle reads it: qformat_gift cuts the answer block between the
    first { and the last }, takes what follows the last #### as general feedback, then hands
    the rest to qtype_ordering, which takes each line as an item."""
    answer = question[question.index("{") + 1 : question.rindex("}")]
    feedback = ""
    if "####" in answer:
        answer, feedback = (
            answer[: answer.rindex("####")].strip(),
            answer[answer.rindex("####") + 4 :],
        )
    match = _ORDERING_BLOCK.match(answer)
    assert match, answer
    count, select, layout, grading, show, numbering, lines = match.groups()
    return {
        "count": int(count), "select": select, "layout": layout, "grading": grading,
        "items": [line.strip() for line in re.split(r"[\r\n]+", lines) if line.strip()],
        "feedback": feedback.strip(),
    }  # fmt: skip


def ordering_item(article: ExportArticle):
    return next(item for item in article.items if item.type == "ordering")


def test_by_default_ordering_is_matching_with_positions(article: ExportArticle):
    text = gift_bytes([article]).decode()

    assert "=استقبل الرئيس نظيره -> 1" in text
    assert "{>" not in text


def test_asked_for_it_is_moodles_ordering_question(article: ExportArticle):
    item = ordering_item(article)
    text = gift_bytes([article], ordering="ordering").decode()
    block = next(b for b in text.split("\n\n") if "{>" in b)

    read = read_gift_ordering(block)

    assert read["items"] == list(item.sequence), "in the right order, one a line"
    assert read["count"] == len(item.sequence)
    assert (read["select"], read["layout"], read["grading"]) == (
        "ALL", "VERTICAL", "ABSOLUTE_POSITION"
    )  # fmt: skip
    assert block.startswith("::") and "->" not in block
    assert "=استقبل الرئيس نظيره -> 1" not in text


def test_the_general_feedback_is_kept_apart_from_the_items(article: ExportArticle):
    item = ordering_item(article)

    question = gift_question(item, "Ordering 1", "قال الرئيس: {نعم} = #1", ordering="ordering")

    read = read_gift_ordering(question)
    assert read["items"] == list(item.sequence)
    assert read["feedback"] == "قال الرئيس\\: \\{نعم\\} \\= \\#1"  # unescaped by qformat_gift


def test_an_event_the_block_cannot_carry_is_written_as_matching(article: ExportArticle):
    item = ordering_item(article)
    braced = dataclasses.replace(item, sequence=("حدث {أول}", *item.sequence[1:]))

    question = gift_question(braced, "Ordering 1", ordering="ordering")

    assert "{>" not in question and "-> 1" in question
