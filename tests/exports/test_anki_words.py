"""A "my words" deck across articles: one note per word, whichever articles it came from."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from anki.collection import Collection

from exercises.exports.anki_words import my_words_deck_bytes
from exercises.exports.article import ExportArticle
from tests.exports.test_anki import T0, apkg_rows, import_apkg, notes_by_first_field


@pytest.fixture
def collection(tmp_path: Path):
    col = Collection(str(tmp_path / "c.anki2"))
    yield col
    col.close()


def test_a_word_from_two_articles_is_one_note_with_both(
    article: ExportArticle, second_article: ExportArticle, collection: Collection, tmp_path: Path
):
    data = my_words_deck_bytes([article, second_article], timestamp=T0)
    import_apkg(collection, data, tmp_path / "words.apkg")

    assert collection.note_count() == len(article.vocabulary)  # the second adds no new word
    president = notes_by_first_field(collection)["رَئِيس"]
    assert {"article::الصين_وروسيا:_تعزيز_التعاون", "article::مقال_ثان"} <= set(president.tags)
    assert article.title in president["Article"] and second_article.title in president["Article"]
    assert [d.name for d in collection.decks.all_names_and_ids()].count("My Arabic words") == 1


def test_the_next_article_updates_the_words_instead_of_adding_them(
    article: ExportArticle, second_article: ExportArticle, collection: Collection, tmp_path: Path
):
    import_apkg(collection, my_words_deck_bytes([second_article], timestamp=T0), tmp_path / "1")
    first = collection.note_count()
    later = my_words_deck_bytes([article, second_article], timestamp=T0 + 60)
    import_apkg(collection, later, tmp_path / "2")

    assert first == len(second_article.vocabulary)
    assert collection.note_count() == len(article.vocabulary)
    assert "مقال ثان" in notes_by_first_field(collection)["رَئِيس"]["Article"]


def test_homographs_stay_apart(article: ExportArticle):
    verb = dataclasses.replace(article.vocabulary[0], pos="VERB", gloss="to lead")
    data = my_words_deck_bytes(
        [dataclasses.replace(article, vocabulary=(*article.vocabulary, verb))], timestamp=T0
    )

    assert apkg_rows(data, "SELECT count(*) FROM notes") == [(len(article.vocabulary) + 1,)]
