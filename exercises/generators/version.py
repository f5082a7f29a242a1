"""The generators' version, derived from their code and data instead of bumped by hand.

An exercise set records the version of the generators that made it. The version is a short
digest of the content of every source and data file of this package, so any change to what
the generators are made of gives a new version, and a fresh clone gives the same one
(content and relative paths count; modification times, caches and line endings do not).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
FINGERPRINT_LENGTH = 16  # hex characters; ExerciseSet.generator_version holds up to 40


def generator_fingerprint(root: Path | str | None = None) -> str:
    """A short hex digest of the generators' code and data, computed once per process.

    Args:
        root: the package directory to fingerprint; this package when not given.
    Returns:
        ``FINGERPRINT_LENGTH`` lowercase hex characters.
    """
    return _fingerprint(Path(root).resolve() if root is not None else PACKAGE)


@cache
def _fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for relative, path in sorted((p.relative_to(root).as_posix(), p) for p in _files(root)):
        content = path.read_bytes().replace(b"\r\n", b"\n")
        digest.update(relative.encode("utf-8") + b"\0")
        digest.update(len(content).to_bytes(8, "big"))
        digest.update(content)
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


def _files(root: Path) -> list[Path]:
    """The ``.py`` files and the files under a ``data`` folder; no caches, no hidden files."""
    return [
        path
        for path in root.rglob("*")
        if path.is_file()
        and not path.name.startswith(".")
        and "__pycache__" not in path.relative_to(root).parts
        and (path.suffix == ".py" or "data" in path.relative_to(root).parts[:-1])
    ]
