"""A version of the analysis derived from what shapes it: the code and data of this package.

Two checkouts whose ``exercises/arabic`` files have the same content give the same
fingerprint, whatever their modification times; any change to a module or a data file (word
lists, priors) gives a new one, so stored analyses can tell they are stale. The evaluation
(``evaluation*``) reads the analysis without shaping it and is left out, and so are compiled
files and caches.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
_SKIPPED_DIRECTORIES = frozenset({"__pycache__"})
_SKIPPED_SUFFIXES = frozenset({".pyc", ".pyo"})
_LENGTH = 16


@cache
def analysis_fingerprint(root: Path | None = None) -> str:
    """A short hex digest of the files that shape analysis output, by content.

    Args:
        root: the package directory to fingerprint; ``exercises/arabic`` by default.

    Returns:
        16 hex digits, the same in every process for the same file contents. Computed once
        per process and root: files changed while the process runs are not seen.
    """
    root = Path(root) if root is not None else PACKAGE_ROOT
    digest = hashlib.sha256()
    for path in _shaping_files(root):
        relative = path.relative_to(root).as_posix()
        digest.update(relative.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:_LENGTH]


def _shaping_files(root: Path) -> list[Path]:
    """Every file under ``root`` but the evaluation's, compiled files and caches, sorted by
    relative path."""
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if not path.is_file() or path.suffix in _SKIPPED_SUFFIXES:
            continue
        if any(part in _SKIPPED_DIRECTORIES for part in relative.parts):
            continue
        if relative.parts[0].startswith("evaluation"):
            continue
        found.append(path)
    return sorted(found, key=lambda path: path.relative_to(root).as_posix())
