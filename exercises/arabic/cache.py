"""A small on-disk cache of derived data, so that a fresh process need not re-parse the lexicon.

Entries are marshal files of plain tuples, dicts and strings, stored with the key they were
built from (data file sizes and times, a format version, our parser's source). A missing, stale
or unreadable entry is simply rebuilt: the cache can always be deleted. Files are written to a
temporary name and renamed, so a reader never sees half a file.

The directory is ``$ARABIC_EXERCISES_CACHE`` if set (``off`` disables the cache), else
``$XDG_CACHE_HOME/arabic-exercises``, else ``~/.cache/arabic-exercises``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

ENVIRONMENT_VARIABLE = "ARABIC_EXERCISES_CACHE"
_DISABLED = frozenset({"off", "0", "false", "no", ""})


def cache_dir() -> Path | None:
    """Where derived data is kept, or ``None`` when caching is switched off."""
    configured = os.environ.get(ENVIRONMENT_VARIABLE)
    if configured is not None:
        return None if configured.strip().lower() in _DISABLED else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "arabic-exercises"


def fingerprint(files: Iterable[Path], sources: Iterable[Path]) -> str:
    """A key that changes when a data file or the code that derives from it changes.

    Args:
        files: data files, identified by name, size and modification time (they are large
            and come from installed packages).
        sources: code and word lists that shape the derived data, identified by content; the
            module that builds and stores the data is one of them, so a change to its format
            is a change to its source.

    Returns:
        A hex digest.
    """
    digest = hashlib.sha256()
    for path in files:
        status = path.stat()
        digest.update(f"{path.name}:{status.st_size}:{status.st_mtime_ns};".encode())
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load(name: str, key: str) -> object | None:
    """The data stored under ``name`` if it was built for ``key``; ``None`` otherwise."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        stored_key, payload = marshal.loads((directory / f"{name}.marshal").read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return payload if stored_key == key else None


def store(name: str, key: str, payload: object) -> bool:
    """Write ``payload`` under ``name`` atomically; returns whether it was written."""
    directory = cache_dir()
    if directory is None:
        return False
    try:
        directory.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps((key, payload))
        with tempfile.NamedTemporaryFile(dir=directory, prefix=f".{name}.", delete=False) as out:
            out.write(data)
            temporary = Path(out.name)
        os.replace(temporary, directory / f"{name}.marshal")
    except (OSError, ValueError):
        return False
    return True
