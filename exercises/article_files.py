"""Reading an article file a teacher brings: encoding detection and refusal of bad input.

Accepts .txt and .md in UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1256 (still
common for Arabic text saved by older Windows programs). Refuses empty, binary, oversized and
non-Arabic input with a message in the user's terms.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 1_000_000
ALLOWED_SUFFIXES = (".txt", ".md")
_MIN_ARABIC_SHARE = 0.5
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ANY_LETTER = re.compile(r"[^\W\d_]")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)


class ArticleFileError(ValueError):
    """The file cannot become an article; the message says why, for the person who chose it."""


@dataclass(frozen=True, slots=True)
class ArticleText:
    text: str
    encoding: str
    title_hint: str  # first heading of a Markdown file, else ""


def read_article_file(path: Path) -> ArticleText:
    """Read and check an article file.

    Args:
        path: a .txt or .md file.

    Returns:
        The article's text (line endings unified, Markdown markup removed) and its encoding.

    Raises:
        ArticleFileError: the file is missing, of another type, empty, too large, binary, or not
            Arabic.
    """
    if path.suffix.lower() not in ALLOWED_SUFFIXES:
        raise ArticleFileError(f"{path.name}: only .txt and .md files can be imported.")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleFileError(f"{path}: no such file.") from None
    if size > MAX_BYTES:
        raise ArticleFileError(
            f"{path.name} is {size / 1_000_000:.1f} MB; an article may be at most 1 MB."
        )
    return decode_article(path.read_bytes(), name=path.name, markdown=path.suffix.lower() == ".md")


def decode_article(data: bytes, *, name: str = "The text", markdown: bool = False) -> ArticleText:
    """Decode and check article bytes (see :func:`read_article_file`)."""
    if len(data) > MAX_BYTES:
        raise ArticleFileError(f"{name} is larger than 1 MB; an article may be at most 1 MB.")
    text, encoding = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    title_hint = ""
    if markdown:
        title_hint = _first_markdown_heading(text)
        text = strip_markdown(text)
    if not text.strip():
        raise ArticleFileError(f"{name} is empty: there is no text to import.")
    check_arabic(text, name)
    return ArticleText(text, encoding, title_hint)


def check_arabic(text: str, name: str = "The text") -> None:
    letters = len(_ANY_LETTER.findall(text))
    arabic = len(_ARABIC_LETTER.findall(text))
    if letters == 0 or arabic / letters < _MIN_ARABIC_SHARE:
        raise ArticleFileError(
            f"{name} does not look like Arabic text: fewer than half of its letters are Arabic."
        )


def strip_markdown(text: str) -> str:
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data or _control_share(data) > 0.05:
        raise ArticleFileError(f"{name} looks like a binary file, not text.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1256"), "windows-1256"
    except UnicodeDecodeError:
        raise ArticleFileError(
            f"{name}: the text encoding is not recognised (use UTF-8, UTF-16 or Windows-1256)."
        ) from None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleFileError(f"{name}: the file says it is {encoding} but is not.") from None
    return text.lstrip("\ufeff")


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for byte in data[:4096] if byte < 32 and byte not in (9, 10, 13))
    return controls / min(len(data), 4096)


def _first_markdown_heading(text: str) -> str:
    match = re.search(r"^\s{0,3}#{1,6}\s*(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else ""
