"""A picture of a worksheet's first page, for the export page: poppler's ``pdftoppm`` (Debian
package ``poppler-utils``), run once per preview with a time limit. Without it, no preview: the
export page says so and the download still works."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess

PDFTOPPM = shutil.which("pdftoppm") or "/usr/bin/pdftoppm"
DPI = 60  # about 500 px tall for A4: enough to see the layout, small to send
TIMEOUT_SECONDS = 15


def preview_available() -> bool:
    return os.access(PDFTOPPM, os.X_OK)


def first_page_png(pdf: bytes, *, dpi: int = DPI) -> bytes | None:
    """The first page of ``pdf`` as PNG, or None when pdftoppm is missing or fails."""
    if not preview_available():
        return None
    try:
        done = subprocess.run(
            [PDFTOPPM, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", "-"],
            input=pdf,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0 or not done.stdout.startswith(b"\x89PNG"):
        return None
    return done.stdout


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    width, height = struct.unpack(">II", png[16:24])
    return width, height
