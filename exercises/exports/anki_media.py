"""What an .apkg carries besides its notes: the Arabic font and the word notes' speech.

The speech is made offline by espeak-ng (``exercises.speech``): one file for each vocalized
word and one for each example sentence, named by a hash of the text so that a word spoken in
two decks is one file in the learner's media folder. When espeak-ng is missing the deck is
written without audio and ``AnkiDeck.audio_problem`` says why (the card templates then fall
back on Anki's own ``{{tts ar_SA:...}}`` voice).
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import io
import itertools
import json
import logging
import sqlite3
import zipfile
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import genanki

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.exports.anki_note_types import FONT_MEDIA_NAME
from exercises.speech import Speaker

logger = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class AnkiDeck:
    """An .apkg's bytes and, when it has no audio although audio was asked for, why."""

    data: bytes
    audio_problem: str | None = None
    sound_files: int = 0


class DeckAudio:
    """The sound files of a deck's word notes, made (or found in the cache) up front.

    Args:
        entries: the vocabulary entries whose word and example will be spoken.
        speaker: makes the speech; None for a deck without audio.
    """

    def __init__(self, entries: Iterable[VocabularyEntry], speaker: Speaker | None) -> None:
        self.problem: str | None = None
        self._paths: dict[str, Path] = {}
        self._used: dict[str, Path] = {}
        if speaker is None:
            return
        self.problem = speaker.problem()
        if self.problem is not None:
            logger.warning("Anki deck without audio: %s", self.problem)
        else:
            texts = [t for entry in entries for t in (word_text(entry), example_text(entry))]
            self._paths = speaker.speak_all(texts)

    def sound(self, text: str) -> str:
        """``[sound:NAME]`` for ``text``'s file (counted as used by the deck), or ""."""
        path = self._paths.get(text)
        if path is None:
            return ""
        self._used[path.name] = path
        return f"[sound:{path.name}]"

    def files(self) -> list[Path]:
        """The files the deck's notes name, each once."""
        return list(self._used.values())


def word_text(entry: VocabularyEntry) -> str:
    """What the word's sound says: the vocalized lemma."""
    return entry.lemma_vocalized or entry.lemma


def example_text(entry: VocabularyEntry) -> str:
    return entry.example_text.strip()


def package_bytes(package: genanki.Package, timestamp: float, sounds: Sequence[Path] = ()) -> bytes:
    """What ``Package.write_to_file`` writes, built in memory: no temporary files (genanki leaves
    its database file behind) and no disk syncs (they made this 5x slower on a busy disk).

    The media are the Arabic font the cards' CSS names (file "0") and ``sounds``, stored as
    they are: speech barely compresses (a quarter) and compressing it took seconds.
    """
    connection = sqlite3.connect(":memory:")
    try:
        package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    media = {"0": FONT_MEDIA_NAME}
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", database)
        archive.writestr("0", _font_bytes(), compresslevel=1)
        for number, path in enumerate(sounds, start=1):
            archive.writestr(str(number), path.read_bytes(), compress_type=zipfile.ZIP_STORED)
            media[str(number)] = path.name
        archive.writestr("media", json.dumps(media))
    return buffer.getvalue()


@cache
def _font_bytes() -> bytes:
    files = importlib.resources.files("fontpkg_amiri") / "files"
    return (files / "Amiri-Regular.ttf").read_bytes()
