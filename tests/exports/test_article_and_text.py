"""ExportArticle and the small text helpers the exporters share."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from exercises.arabic.analysis_types import Span, VocabularyEntry
from exercises.exports.article import ExportArticle, TextBlock
from exercises.exports.text import example_html, find_form, root_display, tag, without_vowels

EXPORTS = Path(__file__).resolve().parents[2] / "exercises" / "exports"


def test_blocks_follow_the_paragraph_offsets(article: ExportArticle):
    blocks = article.blocks()

    assert blocks[0] == TextBlock("تعزيز التعاون بين البلدين", is_heading=True)
    assert len(blocks) == 3 and not blocks[1].is_heading
    assert blocks[2].text.endswith("منذ عام 2013.")


def test_without_offsets_each_line_is_a_paragraph(article: ExportArticle):
    bare = dataclasses.replace(article, paragraphs=(), text="سطر أول\n\n  سطر ثان  \n")

    assert bare.blocks() == (TextBlock("سطر أول"), TextBlock("سطر ثان"))


def test_items_of_selects_by_kind(article: ExportArticle):
    assert [item.key for item in article.items_of("roots")] == ["roots-share", "roots-match"]
    assert len(article.items_of("cloze", "comprehension")) == 8


def test_the_example_highlights_the_form_as_it_occurs():
    entry = VocabularyEntry(
        lemma="رئيس", lemma_vocalized="رَئِيس", gloss="president", pos="NOUN", root="رأس",
        count=1, zipf=5.0, level="A2", example=Span(0, 30),
        example_text="قالَ الرَّئِيسُ إنّ الرئيسان & <b> وصلا", first_token=0,
        forms=("الرئيس",),
    )  # fmt: skip

    assert find_form(entry.example_text, entry.forms) == (5, 15)  # vowel marks are skipped
    html = example_html(entry)
    assert html.startswith("قالَ <b>الرَّئِيسُ</b> إنّ")
    assert "&amp; &lt;b&gt;" in html
    assert "<b>الرئيس</b>ان" not in html  # only whole words


def test_small_helpers():
    assert without_vowels("تَعَاوُنٌ") == "تعاون"
    assert root_display("رأس") == "ر أ س"
    assert tag("article", "الصين وروسيا: تعزيز") == "article::الصين_وروسيا:_تعزيز"
    assert tag("pos", "a::b") == "pos::a_b"


def test_exporters_never_import_django():
    offenders = []
    for path in EXPORTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            offenders += [
                f"{path.relative_to(EXPORTS)}: {n}"
                for n in names
                if n.split(".")[0] in ("django", "learning")
            ]
    assert offenders == []


def test_vocabulary_from_a_level_keeps_that_level_and_harder(article):
    from exercises.exports.article import with_vocabulary_from_level

    levels = {entry.level for entry in article.vocabulary}
    assert len(levels) > 1, "the sample needs several levels for this test to mean anything"
    kept = with_vocabulary_from_level(article, "B1").vocabulary
    assert kept and all(entry.level in {"B1", "B2", "C1", "C2"} for entry in kept)
    assert len(kept) == sum(1 for e in article.vocabulary if e.level in {"B1", "B2", "C1", "C2"})
    assert with_vocabulary_from_level(article, None) is article


def test_between_forms_of_one_length_the_first_in_the_sentence_is_found():
    sentence = "زار الوزير ومشروع المدينة ثم مشاريع القرية"
    first = (sentence.index("ومشروع"), sentence.index("ومشروع") + len("ومشروع"))
    assert find_form(sentence, ("مشاريع", "ومشروع")) == first
    assert find_form(sentence, ("ومشروع", "مشاريع")) == first
