"""Versions derived from what shapes an output: the content of the code and data files.

Two checkouts whose files have the same content give the same fingerprint, whatever their
modification times or line endings; any change to a module or a data file (word lists, priors)
gives a new one, so stored analyses and exercise sets can tell they are stale. For the analysis,
the evaluation (``evaluation*``) reads without shaping and is left out.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
FINGERPRINT_LENGTH = 16  # hex digits; the models' version fields hold up to 40 characters

Chooser = Callable[[Path], bool]


def tree_fingerprint(root: Path, chosen: Chooser = lambda relative: True) -> str:
    """A short hex digest of the files under ``root`` (relative paths and content).

    Args:
        root: the folder.
        chosen: which files count, given their path relative to ``root``; compiled files,
            caches and hidden files never do.

    Returns:
        ``FINGERPRINT_LENGTH`` lowercase hex digits.
    """
    digest = hashlib.sha256()
    for relative, path in sorted(_files(root, chosen)):
        content = path.read_bytes().replace(b"\r\n", b"\n")
        digest.update(relative.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(content).digest())
    return digest.hexdigest()[:FINGERPRINT_LENGTH]


@cache
def analysis_fingerprint(root: Path | None = None) -> str:
    """The analysis' version: every file of ``exercises/arabic`` but the evaluation's.

    Computed once per process and root: files changed while the process runs are not seen.
    The choice of readings set by ``ARABIC_READING_CHOICE`` is part of it when set.
    """
    files = tree_fingerprint(
        Path(root) if root is not None else PACKAGE_ROOT,
        lambda relative: not relative.parts[0].startswith("evaluation"),
    )
    chosen = os.environ.get("ARABIC_READING_CHOICE")
    if not chosen:
        return files
    return hashlib.sha256(f"{files}:{chosen}".encode()).hexdigest()[:FINGERPRINT_LENGTH]


def _files(root: Path, chosen: Chooser) -> list[tuple[str, Path]]:
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if not path.is_file() or path.suffix in (".pyc", ".pyo"):
            continue
        if "__pycache__" in relative.parts or any(p.startswith(".") for p in relative.parts):
            continue
        if chosen(relative):
            found.append((relative.as_posix(), path))
    return found
