"""The 40 corpus articles through the whole pipeline: import, analysis, every generator and
every exporter, with no exception and no generator failure logged.

Uses the ``db`` fixture, so it runs on PostgreSQL too (where column sizes and NUL matter).
"""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from exercises.arabic.vocabulary import build_vocabulary
from exercises.exports.anki import anki_deck_bytes
from exercises.exports.csv_export import vocabulary_csv_bytes
from exercises.exports.gift import gift_bytes
from exercises.exports.moodle import moodle_xml_bytes
from exercises.exports.pdf.options import WorksheetOptions
from exercises.exports.pdf.worksheet import worksheet_pdf_bytes
from exercises.generators.items import GenerationOptions
from exercises.generators.matching import MAX_PAIRS
from exercises.generators.registry import generate
from exercises.selectors.articles import article_analysis
from exercises.selectors.exports import export_article
from exercises.services.articles import article_import
from exercises.services.sets import exercise_set_generate

pytestmark = pytest.mark.corpus

HERE = Path(__file__).resolve().parent
ARTICLES = sorted(HERE.glob("*.txt"))  # never the unseen/ folder
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
LEVEL_SAMPLE = ARTICLES[::8]  # five articles at every level


def metadata(path: Path) -> dict:
    meta = path.with_suffix(".json")
    return json.loads(meta.read_text(encoding="utf-8")) if meta.exists() else {}


def imported(path: Path):
    meta = metadata(path)
    text = path.read_text(encoding="utf-8")
    article, created = article_import(
        text=text, title=meta.get("title", ""), source=meta.get("source", "")
    )
    assert created and article.word_count > 20
    assert article.vocabulary.exists()
    return article


def generator_failures(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("exercises.generators")]


def test_the_corpus_has_forty_articles():
    assert len(ARTICLES) == 40


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:2])
def test_an_article_goes_through_every_generator_and_exporter(db, path, caplog):
    caplog.set_level(logging.ERROR, logger="exercises.generators")
    article = imported(path)
    analysed = article_analysis(article)
    vocabulary = build_vocabulary(analysed)
    items = generate(analysed, vocabulary, GenerationOptions(seed=1))
    typed = generate(analysed, vocabulary, GenerationOptions(seed=2, cloze_typed=True))
    assert {"cloze", "comprehension"} <= {item.kind for item in items}
    assert any(item.type == "typed" for item in typed)
    assert all(len(item.pairs) <= MAX_PAIRS for item in (*items, *typed))
    stored = exercise_set_generate(article=article, options=GenerationOptions(seed=1))
    assert stored.items.count() == len(items)
    export = dataclasses.replace(export_article(article), items=items + typed)
    check_exports(export)
    assert generator_failures(caplog) == []


def check_exports(export) -> None:
    options = WorksheetOptions(line_numbers=True)
    assert worksheet_pdf_bytes(export, options).startswith(b"%PDF")
    plain = WorksheetOptions(word_bank=False, answer_key=False, header=False, page_size="Letter")
    assert worksheet_pdf_bytes(export, plain).startswith(b"%PDF")
    deck = anki_deck_bytes([export], timestamp=0)
    assert zipfile.is_zipfile(io.BytesIO(deck))
    quiz = ET.fromstring(moodle_xml_bytes([export]))
    assert len(quiz.findall("question")) > len(export.items) // 2
    assert "::" in gift_bytes([export]).decode("utf-8")
    rows = vocabulary_csv_bytes(export.vocabulary).decode("utf-8-sig").splitlines()
    assert len(rows) == len(export.vocabulary) + 1


@pytest.mark.parametrize("path", LEVEL_SAMPLE, ids=lambda p: p.stem[:2])
def test_cloze_at_every_level(path, caplog):
    from exercises.arabic.pipeline import analyze_text

    caplog.set_level(logging.ERROR, logger="exercises.generators")
    analysed = analyze_text(path.read_text(encoding="utf-8"))
    vocabulary = build_vocabulary(analysed)
    for level in LEVELS:
        for typed in (False, True):
            options = GenerationOptions(kinds=("cloze",), level=level, cloze_typed=typed)
            generate(analysed, vocabulary, options)
    assert generator_failures(caplog) == []
