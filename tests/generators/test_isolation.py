"""A failing generator subtype is contained: logged with the article and subtype, the rest kept."""

from __future__ import annotations

import logging

import pytest

from exercises.generators import comprehension, registry, roots
from exercises.generators.items import GenerationOptions
from exercises.generators.matching import MAX_PAIRS
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_article, analysed_text

OPTIONS = GenerationOptions(count=30, seed=1)


def explode(*args, **kwargs):
    raise RuntimeError("boom")


@pytest.fixture
def seed():
    return analysed_article("seed")


def test_a_comprehension_subtype_that_raises_is_left_out_and_logged(seed, monkeypatch, caplog):
    subtypes = dict(comprehension.SUBTYPES)
    subtypes["numbers"] = explode
    monkeypatch.setattr(comprehension, "SUBTYPES", tuple(subtypes.items()))
    with caplog.at_level(logging.ERROR, logger="exercises.generators"):
        items = generate(seed.analysed, seed.vocabulary, OPTIONS, label="article 7 «بوتين»")
    subtypes_made = {item.subtype for item in items}
    assert "numbers" not in subtypes_made and "dates" not in subtypes_made
    assert {"heading", "meaning"} <= subtypes_made
    assert {item.kind for item in items} == {"cloze", "comprehension", "roots"}
    [record] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "numbers" in record.getMessage() and "article 7 «بوتين»" in record.getMessage()
    assert record.exc_info is not None


def test_a_kind_that_raises_is_left_out_and_the_others_are_made(seed, monkeypatch, caplog):
    monkeypatch.setitem(registry.GENERATORS, "roots", explode)
    with caplog.at_level(logging.ERROR, logger="exercises.generators"):
        items = generate(seed.analysed, seed.vocabulary, OPTIONS)
    assert {item.kind for item in items} == {"cloze", "comprehension"}
    assert any("roots" in r.getMessage() for r in caplog.records)


def test_a_root_item_type_that_raises_is_left_out(seed, monkeypatch, caplog):
    monkeypatch.setattr(roots, "_share_items", explode)
    with caplog.at_level(logging.ERROR, logger="exercises.generators"):
        items = generate(seed.analysed, seed.vocabulary, OPTIONS)
    root_items = [item for item in items if item.kind == "roots"]
    assert root_items and all(item.subtype != "root_share" for item in root_items)
    assert any("roots" in r.getMessage() for r in caplog.records)


TOPICS = "الاقتصاد التعليم الصحة الزراعة الطاقة النقل السياحة الثقافة الرياضة البيئة الإسكان المياه"


def twelve_sections() -> str:
    lines = []
    for topic in TOPICS.split():
        lines.append(f"خطة جديدة لقطاع {topic}")
        lines.append(
            f"أعلنت الحكومة يوم الأحد عن خطة جديدة لدعم قطاع {topic} في البلاد. "
            "وقال الوزير إن الخطة تشمل مشاريع كثيرة خلال السنوات المقبلة."
        )
    return "\n".join(lines)


def test_matching_of_more_than_eight_pairs_becomes_several_items_that_keep_every_pair():
    article = analysed_text(twelve_sections())
    items = generate(article.analysed, article.vocabulary, GenerationOptions(count=40))
    headings = [item for item in items if item.type == "matching" and item.subtype == "heading"]
    assert len(headings) == 2
    assert all(len(item.pairs) <= MAX_PAIRS for item in headings)
    assert sum(len(item.pairs) for item in headings) == 12
    assert len({item.prompt for item in headings}) == 2 and len({i.key for i in headings}) == 2
    for item in headings:
        assert sorted(item.options) == sorted(right for _, right in item.pairs)
        assert item.answer.count("\n") == len(item.pairs) - 1
