"""The .apkg is imported with Anki's own library, as a learner's Anki would."""

from __future__ import annotations

import dataclasses
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from exercises.exports.anki import (
    anki_deck_bytes,
    cloze_text,
    deck_id,
)
from exercises.exports.anki_note_types import CLOZE_MODEL_ID, VOCABULARY_MODEL_ID
from exercises.exports.article import ExportArticle
from exercises.generators.items import BLANK, Item

T0 = 1_700_000_000.0


@pytest.fixture
def collection(tmp_path: Path):
    col = Collection(str(tmp_path / "c.anki2"))
    yield col
    col.close()


def import_apkg(col: Collection, data: bytes, path: Path) -> None:
    path.write_bytes(data)
    col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(path),
            options=ImportAnkiPackageOptions(with_scheduling=True),
        )
    )


def notes_by_first_field(col: Collection) -> dict[str, object]:
    return {col.get_note(nid).fields[0]: col.get_note(nid) for nid in col.find_notes("")}


def apkg_rows(data: bytes, sql: str) -> list[tuple]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        db = archive.read("collection.anki2")
    connection = sqlite3.connect(":memory:")
    connection.deserialize(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_it_imports_vocabulary_and_cloze_notes(
    article: ExportArticle, collection: Collection, tmp_path: Path
):
    import_apkg(collection, anki_deck_bytes([article], timestamp=T0), tmp_path / "a.apkg")

    # 8 words with two cards each (recognise, produce) and 3 cloze notes with one card each.
    assert collection.note_count() == 11
    assert collection.card_count() == 8 * 2 + 3
    notes = notes_by_first_field(collection)
    president = notes["رَئِيس"]
    assert president.note_type()["name"] == "Arabic vocabulary (arabic-exercises)"
    assert president["Bare"] == "رئيس"
    assert president["English"] == "president; head"
    assert president["POS"] == "NOUN"
    assert president["Root"] == "ر أ س"
    assert "استقبل <b>الرئيس</b> الصيني" in president["Example"]
    assert president["Article"] == article.title
    assert "pos::NOUN" in president.tags and "level::A2" in president.tags
    assert all(" " not in tag for note in notes.values() for tag in note.tags)


def test_its_cards_render_right_to_left(
    article: ExportArticle, collection: Collection, tmp_path: Path
):
    import_apkg(collection, anki_deck_bytes([article], timestamp=T0), tmp_path / "a.apkg")

    recognise = collection.get_card(collection.find_cards('"Arabic:رَئِيس" card:1')[0])
    assert 'dir="rtl"' in recognise.question() and "رَئِيس" in recognise.question()
    assert "president; head" in recognise.answer()
    assert "Amiri" in recognise.question()  # the font stack travels in the card's CSS
    assert ".nightMode" in recognise.question()

    produce = collection.get_card(collection.find_cards('"Arabic:رَئِيس" card:2')[0])
    assert "رَئِيس" not in produce.question()
    assert 'dir="rtl"' in produce.answer() and "رَئِيس" in produce.answer()

    cloze = collection.get_card(collection.find_cards('"note:Arabic cloze (arabic-exercises)"')[0])
    assert 'dir="rtl"' in cloze.question()
    assert ">[the president]</span>" in cloze.question()
    assert ">الرئيس</span>" not in cloze.question()
    assert ">الرئيس</span>" in cloze.answer()


def test_a_newer_export_updates_notes_instead_of_duplicating(
    article: ExportArticle, collection: Collection, tmp_path: Path
):
    first = anki_deck_bytes([article], timestamp=T0)
    changed = list(article.vocabulary)
    changed[0] = dataclasses.replace(changed[0], gloss="head of state")
    second = anki_deck_bytes(
        [dataclasses.replace(article, vocabulary=tuple(changed))], timestamp=T0 + 60
    )

    import_apkg(collection, first, tmp_path / "first.apkg")
    import_apkg(collection, second, tmp_path / "second.apkg")

    assert collection.note_count() == 11
    assert collection.card_count() == 19
    assert notes_by_first_field(collection)["رَئِيس"]["English"] == "head of state"
    assert len(collection.decks.all_names_and_ids()) == 2  # "Default" and the article's deck


def test_ids_come_from_the_article_not_the_clock(article: ExportArticle):
    early = anki_deck_bytes([article], timestamp=T0)
    late = anki_deck_bytes([article], timestamp=T0 + 86_400)

    guids = "SELECT guid FROM notes ORDER BY guid"
    assert apkg_rows(early, guids) == apkg_rows(late, guids)
    assert (genanki.guid_for(article.key, "رَئِيس", "NOUN"),) in apkg_rows(early, guids)
    models = json.loads(apkg_rows(early, "SELECT models FROM col")[0][0])
    assert set(models) == {str(VOCABULARY_MODEL_ID), str(CLOZE_MODEL_ID)}
    decks = json.loads(apkg_rows(late, "SELECT decks FROM col")[0][0])
    assert str(deck_id(article.key)) in decks
    assert deck_id(article.key) == deck_id(article.key) != deck_id("another key")
    assert 1 << 31 <= deck_id(article.key) < 1 << 32


def test_several_articles_become_sub_decks(
    article: ExportArticle, second_article: ExportArticle, collection: Collection, tmp_path: Path
):
    data = anki_deck_bytes([article, second_article], deck_name="Arabic news", timestamp=T0)
    import_apkg(collection, data, tmp_path / "both.apkg")

    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert f"Arabic news::{article.title}" in names
    assert f"Arabic news::{second_article.title}" in names
    # The same word in two articles is two notes: its GUID includes the article key.
    assert collection.note_count() == 11 + 3 + 1


def test_it_can_leave_cloze_notes_out(article: ExportArticle):
    data = anki_deck_bytes([article], include_cloze=False, timestamp=T0)

    assert apkg_rows(data, "SELECT count(*) FROM notes") == [(8,)]


def test_an_entry_given_twice_is_one_note(article: ExportArticle):
    twice = dataclasses.replace(article, vocabulary=article.vocabulary + article.vocabulary[:2])

    data = anki_deck_bytes([twice], include_cloze=False, timestamp=T0)

    assert apkg_rows(data, "SELECT count(*) FROM notes") == [(8,)]


def test_cloze_text_marks_the_answer_with_its_hint():
    item = Item(
        key="k", kind="cloze", type="typed", subtype="cloze",
        prompt=f"حماية {BLANK} الإقليمي & السلام", answer="الأمن", instruction="",
        hint="security::peace}}",
    )  # fmt: skip

    text = cloze_text(item)

    assert text is not None
    assert text.startswith("حماية {{c1::الأمن::security")
    assert text.count("::") == 2 and text.count("}}") == 1  # the hint cannot break the syntax
    assert "&amp; السلام" in text
    assert cloze_text(dataclasses.replace(item, prompt="no blank here")) is None


def test_cloze_cards_ask_to_type_the_word_and_words_speak(
    article: ExportArticle, collection: Collection, tmp_path: Path
):
    choosing = dataclasses.replace(
        article,
        items=tuple(
            dataclasses.replace(item, instruction="Choose the word.") for item in article.items
        ),
    )
    deck = anki_deck_bytes([choosing], timestamp=T0, audio=False)  # Anki's own voice
    import_apkg(collection, deck, tmp_path / "a.apkg")

    cloze = collection.get_card(collection.find_cards('"note:Arabic cloze (arabic-exercises)"')[0])
    assert "Type the missing word" in cloze.question()
    assert "Choose" not in cloze.question()
    assert "[[type:cloze:Text]]" in cloze.question(), "a box to type the word in"
    recognise = collection.get_card(collection.find_cards('"Arabic:رَئِيس" card:1')[0])
    spoken = recognise.question_av_tags()
    assert [(tag.lang, tag.field_text) for tag in spoken] == [("ar_SA", "رَئِيس")]
    produce = collection.get_card(collection.find_cards('"Arabic:رَئِيس" card:2')[0])
    assert produce.question_av_tags() == []
    spoken = [tag.field_text for tag in produce.answer_av_tags()]
    assert spoken[0] == "رَئِيس" and "استقبل الرئيس الصيني" in spoken[1] and len(spoken) == 2


def test_a_deck_from_before_the_voice_and_typing_is_updated_in_place(
    article: ExportArticle, collection: Collection, tmp_path: Path, monkeypatch
):
    import exercises.exports.anki as anki_module
    from exercises.exports import anki_note_types

    def older(make):
        def build():
            model = make()
            for template in model.templates:
                for side in ("qfmt", "afmt"):
                    template[side] = (
                        template[side]
                        .replace("{{tts ar_SA:Arabic}}", "")
                        .replace('<div dir="rtl" lang="ar">{{type:cloze:Text}}</div>', "")
                    )
            return model

        return build

    with monkeypatch.context() as patch:
        patch.setattr(
            anki_module, "vocabulary_note_type", older(anki_note_types.vocabulary_note_type)
        )
        patch.setattr(anki_module, "cloze_note_type", older(anki_note_types.cloze_note_type))
        old = anki_deck_bytes([article], timestamp=T0, audio=False)
        import_apkg(collection, old, tmp_path / "old.apkg")
    old_card = collection.get_card(collection.find_cards('"Arabic:رَئِيس" card:1')[0])
    assert old_card.question_av_tags() == []

    new = anki_deck_bytes([article], timestamp=T0 + 60, audio=False)
    import_apkg(collection, new, tmp_path / "new.apkg")

    assert collection.note_count() == 11
    names = [m.name for m in collection.models.all_names_and_ids()]
    assert names.count("Arabic vocabulary (arabic-exercises)") == 1, "no copy of the note type"
    recognise = collection.get_card(collection.find_cards('"Arabic:رَئِيس" card:1')[0])
    assert [tag.lang for tag in recognise.question_av_tags()] == ["ar_SA"]


def test_the_font_travels_with_the_deck(
    article: ExportArticle, collection: Collection, tmp_path: Path
):
    import_apkg(collection, anki_deck_bytes([article], timestamp=T0), tmp_path / "a.apkg")

    font = Path(collection.media.dir()) / "_Amiri-Regular.ttf"
    assert font.exists() and font.read_bytes()[:4] == b"\x00\x01\x00\x00"
    card = collection.get_card(collection.find_cards('"Arabic:رَئِيس" card:1')[0])
    assert "@font-face" in card.question() and 'url("_Amiri-Regular.ttf")' in card.question()
