"""Placeholder until the arabic refactor lands: the analysis fingerprint."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parent


@cache
def analysis_fingerprint(root: Path | None = None) -> str:
    digest = hashlib.sha256()
    base = root or _ROOT
    for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        if path.name.startswith("evaluation"):
            continue
        digest.update(str(path.relative_to(base)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
