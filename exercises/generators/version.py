"""The generators' version, derived from their code and data instead of bumped by hand.

An exercise set records the version of the generators that made it. Items depend on the
generators' code and data and on the analysis (readings of built forms, word lists), so the
version digests both: any change to either gives a new version, and a fresh clone gives the
same one.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from exercises.arabic.version import FINGERPRINT_LENGTH, analysis_fingerprint, tree_fingerprint

PACKAGE = Path(__file__).resolve().parent


def generator_fingerprint(root: Path | str | None = None) -> str:
    """A short hex digest of the generators' code and data and of the analysis' version.

    Args:
        root: the generators' package directory; this package when not given.

    Returns:
        ``FINGERPRINT_LENGTH`` lowercase hex digits, computed once per process and root.
    """
    return _fingerprint(Path(root).resolve() if root is not None else PACKAGE)


@cache
def _fingerprint(root: Path) -> str:
    own = tree_fingerprint(
        root, lambda relative: relative.suffix == ".py" or "data" in relative.parts[:-1]
    )
    both = f"{own}:{analysis_fingerprint()}".encode()
    return hashlib.sha256(both).hexdigest()[:FINGERPRINT_LENGTH]
