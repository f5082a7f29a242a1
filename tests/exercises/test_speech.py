"""espeak-ng speech, cached per text: the real program where it is installed, fake ones for
its failures."""

from __future__ import annotations

import logging
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from exercises import speech
from exercises.speech import MISSING_MESSAGE, Speaker

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")


def fake_program(directory: Path, body: str) -> str:
    directory.mkdir(exist_ok=True)
    program = directory / "espeak-ng"
    program.write_text("#!/bin/sh\n" + body + "\n")
    program.chmod(0o755)
    return str(program)


@needs_espeak
def test_it_speaks_a_word_once_and_then_reads_the_cache(tmp_path: Path, monkeypatch):
    speaker = Speaker(tmp_path / "audio")

    path = speaker.speak("رَئِيس")

    assert path is not None and path.parent == tmp_path / "audio"
    assert path.read_bytes()[:4] == b"RIFF" and path.stat().st_size > 10_000
    assert list(path.parent.iterdir()) == [path], "no temporary file left behind"
    assert speaker.speak("رَئِيسٌ") not in (None, path)

    def no_program(*args, **kwargs):
        raise AssertionError("espeak-ng ran again for a cached text")

    monkeypatch.setattr(subprocess, "run", no_program)
    assert speaker.speak("رَئِيس") == path
    assert speaker.speak(" رَئِيس\n") == path, "the same text, spaced differently"


@needs_espeak
def test_a_text_starting_with_a_dash_is_spoken_not_taken_as_an_option(tmp_path: Path):
    path = Speaker(tmp_path).speak("-v en hello")

    assert path is not None and path.stat().st_size > 1_000


@needs_espeak
def test_several_texts_at_once(tmp_path: Path):
    texts = ["كِتَاب", "مَدْرَسَة", "كِتَاب", "", "ذهب الطالب إلى المدرسة."]

    paths = Speaker(tmp_path).speak_all(texts)

    assert list(paths) == ["كِتَاب", "مَدْرَسَة", "ذهب الطالب إلى المدرسة."]
    assert len({path.name for path in paths.values()}) == 3
    assert all(path.exists() for path in paths.values())


def test_without_espeak_there_is_a_message_and_no_file(tmp_path: Path, monkeypatch, caplog):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    speaker = Speaker(tmp_path / "audio")

    with caplog.at_level(logging.WARNING, logger="exercises.speech"):
        assert speaker.problem() == MISSING_MESSAGE
        assert speaker.speak("كِتَاب") is None
        assert speaker.speak_all(["كِتَاب"]) == {}

    assert "espeak-ng is not installed" in caplog.text
    assert not (tmp_path / "audio").exists()


def test_a_failing_or_hanging_program_gives_none_and_no_half_file(tmp_path: Path):
    failing = Speaker(tmp_path / "a", program=fake_program(tmp_path / "f", "exit 3"))
    silent = Speaker(tmp_path / "b", program=fake_program(tmp_path / "s", "exit 0"))
    hanging = Speaker(
        tmp_path / "c", program=fake_program(tmp_path / "h", "exec sleep 5"), timeout=0.3
    )

    assert failing.speak("كِتَاب") is None
    assert silent.speak("كِتَاب") is None, "a WAV without sound is not kept"
    assert hanging.speak("كِتَاب") is None
    for directory in ("a", "b", "c"):
        assert list((tmp_path / directory).iterdir()) == []


def test_the_cache_directory_is_configurable(tmp_path: Path, monkeypatch):
    monkeypatch.setenv(speech.ENVIRONMENT_VARIABLE, str(tmp_path / "sounds"))
    assert speech.default_directory() == tmp_path / "sounds"
    assert Speaker().path_for("كِتَاب").parent == tmp_path / "sounds"

    monkeypatch.delenv(speech.ENVIRONMENT_VARIABLE)
    monkeypatch.setenv("ARABIC_EXERCISES_CACHE", str(tmp_path / "cache"))
    assert speech.default_directory() == tmp_path / "cache" / "audio"
    monkeypatch.setenv("ARABIC_EXERCISES_CACHE", "off")
    assert speech.default_directory().is_dir()


def test_the_file_name_depends_on_voice_speed_and_text_only(tmp_path: Path):
    one, two = Speaker(tmp_path), Speaker(tmp_path / "elsewhere")

    assert one.path_for("كِتَاب").name == two.path_for("كِتَاب").name
    assert one.path_for("كِتَاب").name != Speaker(tmp_path, speed=100).path_for("كِتَاب").name
    assert one.path_for("كِتَاب").name.endswith(".wav")


@needs_espeak
def test_a_batch_is_one_process_and_matches_the_program(tmp_path: Path, monkeypatch):
    texts = ["كِتَاب", "ذهب الطالب إلى المدرسة."]
    runs = []
    real_run = subprocess.run

    def counting_run(command, *args, **kwargs):
        runs.append(command)
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", counting_run)
    batch = Speaker(tmp_path / "batch").speak_all(texts)
    assert len(runs) == 1 and str(speech.BATCH_SCRIPT) in runs[0]
    one_by_one = Speaker(tmp_path / "single", batch=False).speak_all(texts)
    assert len(runs) == 3

    for text in texts:
        assert batch[text].name == one_by_one[text].name
        with wave.open(str(batch[text])) as a, wave.open(str(one_by_one[text])) as b:
            assert (a.getframerate(), a.getsampwidth(), a.getnchannels()) == (22050, 2, 1)
            # The program adds about 0.4 s of silence at the end; the speech is the same.
            assert 0.5 < a.getnframes() / b.getnframes() <= 1.0
    assert sorted(p.name for p in (tmp_path / "batch").iterdir()) == sorted(
        p.name for p in batch.values()
    ), "no temporary file left behind"


@needs_espeak
def test_without_the_library_the_batch_falls_back_on_the_program(tmp_path: Path, monkeypatch):
    script = tmp_path / "no_library.py"
    script.write_text("import sys\nsys.exit(3)\n")
    monkeypatch.setattr(speech, "BATCH_SCRIPT", script)

    paths = Speaker(tmp_path / "audio").speak_all(["كِتَاب", "قَلَم"])

    assert len(paths) == 2 and all(p.read_bytes()[:4] == b"RIFF" for p in paths.values())
    assert len(list((tmp_path / "audio").iterdir())) == 2


def test_a_cache_it_cannot_write_gives_no_audio_and_no_error(tmp_path: Path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    speaker = Speaker(blocked / "audio", program=fake_program(tmp_path / "p", "exit 0"))

    assert speaker.speak("كِتَاب") is None
    assert speaker.speak_all(["كِتَاب", "قَلَم"]) == {}
