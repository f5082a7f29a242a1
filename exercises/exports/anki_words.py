"""A "my words" Anki deck across articles: one note per word (vocalized lemma and part of
speech), tagged with every article it appeared in, with an example from each.

The note's GUID comes from the word alone, so the deck of a later reading updates the notes a
learner already studies (their review history stays) instead of adding the word again. Anki
replaces a note's fields and tags with the imported ones: export the articles read so far
together to keep every article on the note.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Sequence

import genanki

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.exports.anki import TAG_ROOT, deck_id, word_fields
from exercises.exports.anki_media import AnkiDeck, DeckAudio, example_text, package_bytes, word_text
from exercises.exports.anki_note_types import vocabulary_note_type
from exercises.exports.article import ExportArticle
from exercises.exports.text import example_html, tag
from exercises.speech import Speaker

MY_WORDS_DECK = "My Arabic words"
MAX_EXAMPLES = 3


def word_key(entry: VocabularyEntry) -> tuple[str, str]:
    """A word's identity: its vocalized lemma (NFC) and part of speech."""
    vocalized = entry.automatic_vocalized or entry.lemma_vocalized or entry.lemma
    return unicodedata.normalize("NFC", vocalized), entry.pos


def my_words_deck_bytes(
    articles: Sequence[ExportArticle],
    *,
    deck_name: str = MY_WORDS_DECK,
    timestamp: float | None = None,
    audio: bool = True,
    speaker: Speaker | None = None,
) -> bytes:
    """``my_words_deck(...).data``: the .apkg file's bytes."""
    return my_words_deck(
        articles, deck_name=deck_name, timestamp=timestamp, audio=audio, speaker=speaker
    ).data


def my_words_deck(
    articles: Sequence[ExportArticle],
    *,
    deck_name: str = MY_WORDS_DECK,
    timestamp: float | None = None,
    audio: bool = True,
    speaker: Speaker | None = None,
) -> AnkiDeck:
    """One deck, one note per word of ``articles``' vocabularies (first gloss and root met),
    with the speech of the word and of its examples unless ``audio`` is False (see
    ``exercises.exports.anki.anki_deck``)."""
    found: dict[tuple[str, str], list[tuple[ExportArticle, VocabularyEntry]]] = {}
    for article in articles:
        for entry in article.vocabulary:
            found.setdefault(word_key(entry), []).append((article, entry))
    sounds = DeckAudio(
        (entry for uses in found.values() for _, entry in uses),
        (speaker or Speaker()) if audio else None,
    )
    note_type = vocabulary_note_type()
    deck = genanki.Deck(deck_id("my-words", deck_name), deck_name)
    for key, uses in found.items():
        deck.add_note(_word_note(key, uses, note_type, sounds))
    stamp = time.time() if timestamp is None else timestamp
    files = sounds.files()
    data = package_bytes(genanki.Package([deck]), stamp, files)
    return AnkiDeck(data, sounds.problem, len(files))


def _word_note(
    key: tuple[str, str],
    uses: list[tuple[ExportArticle, VocabularyEntry]],
    note_type: genanki.Model,
    sounds: DeckAudio,
) -> genanki.Note:
    first = uses[0][1]
    titles = list(dict.fromkeys(" ".join(article.title.split()) for article, _ in uses))
    with_example = [entry for _, entry in uses if entry.example_text.strip()]
    examples = list(dict.fromkeys(example_html(entry) for entry in with_example))
    spoken = dict.fromkeys(example_text(entry) for entry in with_example)
    tags = [TAG_ROOT, "my-words", *(tag("article", title) for title in titles)]
    tags += [
        tag(name, value) for name, value in (("pos", first.pos), ("level", first.level)) if value
    ]
    return genanki.Note(
        model=note_type,
        fields=word_fields(
            first,
            examples="<br>".join(examples[:MAX_EXAMPLES]),
            sources=" · ".join(titles),
            audio=sounds.sound(word_text(first)),
            example_audio="".join(sounds.sound(text) for text in list(spoken)[:MAX_EXAMPLES]),
        ),
        tags=list(dict.fromkeys(tags)),
        guid=genanki.guid_for("my-words", *key),
    )
