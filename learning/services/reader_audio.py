"""Speech for the reader's word panel: espeak-ng (``exercises.speech``), cached on the server."""

from __future__ import annotations

from pathlib import Path

from exercises.speech import Speaker


def reader_speaker() -> Speaker:
    """The speaker the reader uses (its cache is the project's audio cache)."""
    return Speaker()


def speech_problem() -> str | None:
    """Why the reader cannot speak (espeak-ng is missing), or None when it can."""
    return reader_speaker().problem()


def audio_tag(text: str) -> str:
    """A strong ETag for the speech of ``text``: its cache file's name, which hashes the text,
    the voice, the speed and the format's version."""
    return f'"{reader_speaker().path_for(text).stem}"'


def spoken(text: str) -> Path | None:
    """The cached WAV file of ``text`` read aloud, made now if need be; None when it cannot be
    made."""
    return reader_speaker().speak(text)
