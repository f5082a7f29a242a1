"""Word notes that speak: espeak-ng's files in the deck's media, found by Anki's own library;
without espeak-ng, a deck without audio and a message."""

from __future__ import annotations

import dataclasses
import logging
import shutil
import time
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.sound import SoundOrVideoTag, TTSTag

import exercises.exports.anki as anki_module
from exercises.exports import anki_note_types
from exercises.exports.anki import anki_deck, anki_deck_bytes
from exercises.exports.anki_words import my_words_deck
from exercises.exports.article import ExportArticle
from exercises.speech import MISSING_MESSAGE, Speaker

T0 = 1_700_000_000.0
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")


@pytest.fixture
def collection(tmp_path: Path):
    col = Collection(str(tmp_path / "c.anki2"))
    yield col
    col.close()


@pytest.fixture
def speaker(tmp_path: Path) -> Speaker:
    return Speaker(tmp_path / "audio")


def import_apkg(col: Collection, data: bytes, path: Path, *, merge: bool = False):
    path.write_bytes(data)
    return col.import_anki_package(
        ImportAnkiPackageRequest(
            package_path=str(path),
            options=ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=merge),
        )
    )


def note_of(col: Collection, word: str):
    return col.get_note(col.find_notes(f'"Arabic:{word}"')[0])


def card_of(col: Collection, word: str, number: int):
    return col.get_card(col.find_cards(f'"Arabic:{word}" card:{number}')[0])


@needs_espeak
def test_anki_finds_the_word_and_example_audio_in_its_media(
    article: ExportArticle, collection: Collection, speaker: Speaker, tmp_path: Path
):
    deck = anki_deck([article], timestamp=T0, speaker=speaker)
    import_apkg(collection, deck.data, tmp_path / "a.apkg")

    assert deck.audio_problem is None
    # Eight words and four distinct examples (the heading and the three sentences).
    assert deck.sound_files == 8 + 4
    president = note_of(collection, "رَئِيس")
    media = Path(collection.media.dir())
    for field in ("Audio", "ExampleAudio"):
        name = president[field].removeprefix("[sound:").removesuffix("]")
        assert president[field] == f"[sound:{name}]" and name.endswith(".wav")
        assert (media / name).read_bytes()[:4] == b"RIFF"
        assert (media / name).read_bytes() == (speaker.directory / name).read_bytes()
    assert president["Audio"] != president["ExampleAudio"]
    assert collection.media.check().missing == []

    front = card_of(collection, "رَئِيس", 1).question_av_tags()
    assert [type(tag) for tag in front] == [SoundOrVideoTag], "the recording, not the device voice"
    assert front[0].filename == president["Audio"][7:-1]
    back = [tag.filename for tag in card_of(collection, "رَئِيس", 2).answer_av_tags()]
    assert back == [president["Audio"][7:-1], president["ExampleAudio"][7:-1]]
    assert card_of(collection, "رَئِيس", 2).question_av_tags() == [], "the English side is silent"


@needs_espeak
def test_the_my_words_deck_speaks_each_example(
    article: ExportArticle,
    second_article: ExportArticle,
    collection: Collection,
    speaker: Speaker,
    tmp_path: Path,
):
    deck = my_words_deck([article, second_article], timestamp=T0, speaker=speaker)
    import_apkg(collection, deck.data, tmp_path / "w.apkg")

    for nid in collection.find_notes(""):
        note = collection.get_note(nid)
        assert note["Audio"].startswith("[sound:")
        assert note["ExampleAudio"].count("[sound:") == note["Example"].count("<br>") + 1
    assert collection.media.check().missing == []


def test_without_espeak_the_deck_has_no_audio_and_says_why(
    article: ExportArticle, collection: Collection, tmp_path: Path, monkeypatch, caplog
):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))

    with caplog.at_level(logging.WARNING):
        deck = anki_deck([article], timestamp=T0, speaker=Speaker(tmp_path / "audio"))
        words = my_words_deck([article], timestamp=T0, speaker=Speaker(tmp_path / "audio"))
    import_apkg(collection, deck.data, tmp_path / "a.apkg")

    assert deck.audio_problem == words.audio_problem == MISSING_MESSAGE
    assert "espeak-ng is not installed" in caplog.text
    assert deck.sound_files == 0 and collection.note_count() == 11
    assert note_of(collection, "رَئِيس")["Audio"] == ""
    front = card_of(collection, "رَئِيس", 1).question_av_tags()
    assert [(type(tag), tag.lang) for tag in front] == [(TTSTag, "ar_SA")], "Anki's own voice"
    assert sorted(p.name for p in Path(collection.media.dir()).iterdir()) == ["_Amiri-Regular.ttf"]


def test_a_deck_asked_without_audio_has_no_message(article: ExportArticle, tmp_path: Path):
    deck = anki_deck([article], timestamp=T0, audio=False, speaker=Speaker(tmp_path))

    assert deck.audio_problem is None and deck.sound_files == 0
    assert not list(tmp_path.iterdir())


@needs_espeak
def test_a_deck_from_before_the_audio_merges_into_the_learners_notes(
    article: ExportArticle, collection: Collection, speaker: Speaker, tmp_path: Path, monkeypatch
):
    """The deck as exported before Audio and ExampleAudio were appended: 7 fields, no sound."""
    model = anki_note_types.vocabulary_note_type

    def older_model():
        built = model()
        built.fields = built.fields[:7]
        for template in built.templates:
            for side in ("qfmt", "afmt"):
                text = template[side].replace(anki_note_types._SPEAK, "{{tts ar_SA:Arabic}}")
                template[side] = text.replace(anki_note_types._SPEAK_EXAMPLE, "")
        return built

    with monkeypatch.context() as patch:
        patch.setattr(anki_module, "vocabulary_note_type", older_model)
        patch.setattr(anki_module, "word_fields", lambda *a, **k: model_fields(*a, **k)[:7])
        old = anki_deck_bytes([article], timestamp=T0, audio=False)
    import_apkg(collection, old, tmp_path / "old.apkg")
    card = card_of(collection, "رَئِيس", 1)
    card.start_timer()
    collection.sched.answerCard(card, 3)
    note_ids = sorted(collection.find_notes(""))

    # Merging the note type counts as a change to the learner's notes, so an export made
    # before that import does not update them; one made afterwards does.
    import_apkg(
        collection, anki_deck_bytes([article], speaker=speaker), tmp_path / "new.apkg", merge=True
    )
    newer = anki_deck_bytes([article], timestamp=time.time() + 5, speaker=speaker)
    import_apkg(collection, newer, tmp_path / "newer.apkg", merge=True)

    assert sorted(collection.find_notes("")) == note_ids, "the same notes, none added"
    names = [m.name for m in collection.models.all_names_and_ids()]
    assert names.count("Arabic vocabulary (arabic-exercises)") == 1, "no copy of the note type"
    assert note_of(collection, "رَئِيس")["Audio"].startswith("[sound:")
    reviews = collection.db.scalar("SELECT count() FROM revlog WHERE cid = ?", card.id)
    assert reviews == 1, "the review history is kept"
    assert isinstance(card_of(collection, "رَئِيس", 1).question_av_tags()[0], SoundOrVideoTag)


model_fields = anki_module.word_fields


def test_audio_fields_come_last_so_older_notes_keep_their_fields():
    names = [field["name"] for field in anki_note_types.vocabulary_note_type().fields]

    assert names == [
        "Arabic", "Bare", "English", "POS", "Root", "Example", "Article", "Audio", "ExampleAudio",
        "Grammar", "Note",
    ]  # fmt: skip
    assert anki_note_types.vocabulary_note_type().model_id == anki_note_types.VOCABULARY_MODEL_ID


def test_each_sound_is_shipped_once(article: ExportArticle, tmp_path: Path):
    shared = dataclasses.replace(article, vocabulary=article.vocabulary[:2])
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng missing")

    deck = anki_deck([shared, shared], timestamp=T0, speaker=Speaker(tmp_path))

    assert deck.sound_files == 2 + 2  # two words and two sentences, both articles
