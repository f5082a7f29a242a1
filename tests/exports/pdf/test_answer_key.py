"""The answer key: how each item's answer is printed."""

from __future__ import annotations

from exercises.exports.article import ExportArticle
from exercises.exports.pdf.answer_key import answer_text


def test_the_answer_key_gives_labels_pairs_and_order(article: ExportArticle):
    by_key = {item.key: item for item in article.items}

    assert answer_text(by_key["comp-mc"]) == "ب. في بكين"
    assert answer_text(by_key["comp-match"]) == "1-b, 2-c, 3-a"
    assert answer_text(by_key["roots-match"]) == "1-ج، 2-أ، 3-ب"
    assert answer_text(by_key["comp-order"]) == "2, 3, 1"
    assert answer_text(by_key["comp-tf"]) == "صح"
