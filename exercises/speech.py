"""Arabic speech made offline with espeak-ng's Arabic voice, cached per text.

``speak(text)`` returns the path of a WAV file of ``text`` read aloud, or None when it cannot
be made (espeak-ng is not installed, or it failed on this text). Plain Python: the Anki decks
use it now and the reader can use it later.

Each text is spoken once: the file's name is a hash of the voice, the speed, the program's
version tag below and the text (NFC), so the same word in a hundred decks is one file. Files
are written to a temporary name and renamed, so a reader never sees half a file, and the cache
can always be deleted.

The cache directory is ``$ARABIC_EXERCISES_AUDIO_CACHE`` if set, else ``audio/`` in the
project's data cache (``exercises.arabic.cache.cache_dir()``: ``$ARABIC_EXERCISES_CACHE`` or
``~/.cache/arabic-exercises``), else (caching switched off) a directory of this process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

from exercises.arabic.cache import cache_dir

logger = logging.getLogger(__name__)

PROGRAM = "espeak-ng"
VOICE = "ar"
SPEED = 140  # words per minute; espeak-ng's 175 is fast for a learner
TIMEOUT = 20.0  # seconds for one text
ENVIRONMENT_VARIABLE = "ARABIC_EXERCISES_AUDIO_CACHE"
# Change when the way a text becomes sound changes, so that old files are not reused.
FORMAT_VERSION = "1"
SUFFIX = ".wav"
BATCH_SCRIPT = Path(__file__).with_name("speech_batch.py")
_NO_LIBRARY = 3  # speech_batch.py's exit status when libespeak-ng cannot be loaded
MISSING_MESSAGE = (
    "espeak-ng is not installed, so the deck has no audio (Anki can still read the words with "
    "the device's own Arabic voice). Install the Debian package espeak-ng to add it."
)


class Speaker:
    """Makes and caches Arabic speech with one espeak-ng voice.

    Args:
        directory: where the WAV files are kept; ``default_directory()`` if None.
        program: the espeak-ng command, looked up on ``PATH`` at each use.
        voice: the espeak-ng voice.
        speed: words per minute.
        timeout: seconds allowed for one text.
        batch: speak the texts of ``speak_all`` in one process with espeak-ng's library,
            libespeak-ng (``speech_batch.py``; whatever ``program`` is), falling back on the
            program once per text.
    """

    def __init__(
        self,
        directory: Path | None = None,
        *,
        program: str = PROGRAM,
        voice: str = VOICE,
        speed: int = SPEED,
        timeout: float = TIMEOUT,
        batch: bool = True,
    ) -> None:
        self.directory = directory
        self.program = program
        self.voice = voice
        self.speed = speed
        self.timeout = timeout
        self.batch = batch

    def problem(self) -> str | None:
        """Why no speech can be made (espeak-ng is missing), or None when it can."""
        return None if shutil.which(self.program) else MISSING_MESSAGE

    def path_for(self, text: str) -> Path:
        """Where ``text``'s speech is (or will be) kept."""
        key = "\x1f".join((FORMAT_VERSION, self.voice, str(self.speed), _normal(text)))
        name = "ar-" + hashlib.sha256(key.encode()).hexdigest()[:24] + SUFFIX
        return (self.directory or default_directory()) / name

    def speak(self, text: str) -> Path | None:
        """The WAV file of ``text`` read aloud (from the cache when it was made before), or
        None when it cannot be made."""
        text = _normal(text)
        if not text:
            return None
        path = self.path_for(text)
        if path.exists():
            return path
        program = shutil.which(self.program)
        if program is None:
            logger.warning("speech: %s", MISSING_MESSAGE)
            return None
        return self._synthesize(program, text, path)

    def speak_all(self, texts: Iterable[str]) -> dict[str, Path]:
        """Each text's WAV file, keyed by the text as given; texts that cannot be spoken are
        left out. The texts not in the cache are spoken in one process (``batch``), or by the
        program two or more at a time."""
        unique = list(dict.fromkeys(t for t in texts if _normal(t)))
        if not unique or self.problem() is not None:
            if unique:
                logger.warning("speech: %s", MISSING_MESSAGE)
            return {}
        found = {text: self.path_for(text) for text in unique}
        missing = [text for text, path in found.items() if not path.exists()]
        if self.batch and len(missing) > 1:
            self._synthesize_batch(missing)
            missing = [text for text in missing if not found[text].exists()]
        if missing:
            workers = min(len(missing), max(2, os.cpu_count() or 1))
            with ThreadPoolExecutor(max_workers=workers) as pool:  # the work is in subprocesses
                made = dict(zip(missing, pool.map(self.speak, missing), strict=True))
            found = {text: made.get(text, path) for text, path in found.items()}
        return {text: path for text, path in found.items() if path is not None and path.exists()}

    def _synthesize_batch(self, texts: list[str]) -> None:
        """Speak ``texts`` into the cache with one ``speech_batch.py`` process; what it could
        not speak is left for the program."""
        directory = self.path_for("").parent
        jobs: dict[str, Path] = {}
        try:
            directory.mkdir(parents=True, exist_ok=True)
            for text in texts:
                handle, temporary = tempfile.mkstemp(dir=directory, prefix=".batch-", suffix=SUFFIX)
                os.close(handle)
                jobs[temporary] = self.path_for(text)
        except OSError as error:
            logger.warning("speech: cannot write to %s: %s", directory, error)
            for temporary in jobs:
                Path(temporary).unlink(missing_ok=True)
            return
        request = {
            "voice": self.voice,
            "speed": self.speed,
            "jobs": [
                [_normal(text), temporary] for text, temporary in zip(texts, jobs, strict=True)
            ],
        }
        try:
            done = subprocess.run(
                [sys.executable, "-I", str(BATCH_SCRIPT)],
                input=json.dumps(request).encode(),
                capture_output=True,
                timeout=self.timeout + 0.5 * len(texts),
            )
            if done.returncode not in (0, _NO_LIBRARY):
                logger.warning("speech: the batch stopped: %s", done.stderr.decode()[-300:])
            for line in done.stdout.decode().splitlines():
                if line in jobs and os.path.getsize(line) > 44:
                    os.replace(line, jobs[line])
        except (OSError, subprocess.SubprocessError) as error:
            logger.warning("speech: the batch failed: %s", error)
        finally:
            for temporary in jobs:
                Path(temporary).unlink(missing_ok=True)

    def _synthesize(self, program: str, text: str, path: Path) -> Path | None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(
                dir=path.parent, prefix=".speaking-", suffix=SUFFIX
            )
        except OSError as error:
            logger.warning("speech: cannot write to %s: %s", path.parent, error)
            return None
        os.close(handle)
        command = [program, "-v", self.voice, "-s", str(self.speed), "-w", temporary, "--stdin"]
        try:
            # The text goes in on stdin, so a text starting with "-" is never an option.
            subprocess.run(
                command,
                input=text.encode(),
                capture_output=True,
                timeout=self.timeout,
                check=True,
            )
            if os.path.getsize(temporary) <= 44:  # a WAV header and no sound
                raise ValueError("no sound was written")
            os.replace(temporary, path)
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            logger.warning("speech: espeak-ng failed on %r: %s", text[:80], error)
            Path(temporary).unlink(missing_ok=True)
            return None
        return path


def default_directory() -> Path:
    """The audio cache directory (see the module's docstring)."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if configured:
        return Path(configured)
    base = cache_dir()
    return base / "audio" if base is not None else _process_directory()


def speak(text: str) -> Path | None:
    """``text`` read aloud by espeak-ng's Arabic voice, as a cached WAV file, or None."""
    return Speaker().speak(text)


@cache
def _process_directory() -> Path:
    return Path(tempfile.mkdtemp(prefix="arabic-exercises-audio-"))


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())
