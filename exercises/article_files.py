"""Reading an article file a teacher brings: encoding detection and refusal of bad input.

Accepts .txt and .md in UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1256 (still
common for Arabic text saved by older Windows programs; only when the bytes are no broken UTF-8
and the result is mostly Arabic). Refuses empty, binary, oversized and non-Arabic input, NUL
characters, broken characters, words too long to be words and text without a word, with a
message in the user's terms. Bidirectional controls (embeddings, overrides, isolates, marks) are
removed: the reader sets the direction itself, and a stray override would garble the page; the
joiners that are part of spelling (ZWNJ, ZWJ) stay. ``services.articles.article_import`` applies
the same rules to text, title and source from every entry point.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from exercises.user_messages import LazyMessage
from exercises.user_messages import gettext as _
from exercises.user_messages import gettext_lazy as _lazy

MAX_BYTES = 1_000_000
MAX_WORD_CHARS = 50  # with its vowel marks; the longest real words are about half of it
MAX_TITLE_CHARS = 300  # Article.title
MAX_SOURCE_CHARS = 500  # Article.source
ALLOWED_SUFFIXES = (".txt", ".md")
_MIN_ARABIC_SHARE = 0.5
_MIN_CP1256_ARABIC_SHARE = 0.6  # of the non-ASCII characters of a Windows-1256 reading
_ARABIC_LETTER = re.compile(r"[\u0621-\u063f\u0641-\u064a\u0671-\u06d3]")  # no tatweel
_ANY_LETTER = re.compile(r"[^\W\d_\u0640]")
_WORD_RUN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d]+")
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)


THE_TEXT = _lazy("The text")  # what a message calls text given without a file name


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
        raise ArticleFileError(
            _("%(name)s: only .txt and .md files can be imported.") % {"name": path.name}
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleFileError(_("%(name)s: no such file.") % {"name": path}) from None
    if size > MAX_BYTES:
        raise ArticleFileError(
            _("%(name)s is %(size).1f MB; an article may be at most 1 MB.")
            % {"name": path.name, "size": size / 1_000_000}
        )
    return decode_article(path.read_bytes(), name=path.name, markdown=path.suffix.lower() == ".md")


def decode_article(
    data: bytes, *, name: str | LazyMessage = THE_TEXT, markdown: bool = False
) -> ArticleText:
    """Decode and check article bytes (see :func:`read_article_file`)."""
    if len(data) > MAX_BYTES:
        raise ArticleFileError(
            _("%(name)s is larger than 1 MB; an article may be at most 1 MB.") % {"name": name}
        )
    text, encoding = _decode(data, name)
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n").strip()
    title_hint = ""
    if markdown:
        title_hint = _first_markdown_heading(text)
        text = strip_markdown(text)
    if not text.strip():
        raise ArticleFileError(_("%(name)s is empty: there is no text to import.") % {"name": name})
    check_text(text, name)
    return ArticleText(text, encoding, title_hint)


def clean_text(text: str) -> str:
    """The text without bidirectional controls (and stray byte-order marks)."""
    return _BIDI_CONTROLS.sub("", text)


def check_text(text: str, name: str | LazyMessage = THE_TEXT) -> None:
    """Refuse what cannot be an article: NUL, broken characters, overlong words, no words."""
    _check_characters(text, name)
    longest = max((m.group() for m in _WORD_RUN.finditer(text)), key=len, default="")
    if len(longest) > MAX_WORD_CHARS:
        raise ArticleFileError(
            _(
                "%(name)s has a word of %(length)d characters («%(start)s…»); a word may be at "
                "most %(limit)d characters long."
            )
            % {"name": name, "length": len(longest), "start": longest[:20], "limit": MAX_WORD_CHARS}
        )
    check_arabic(text, name)


def check_title(title: str) -> str:
    """The title cleaned (bidi controls, outer spaces), or refused: NUL, too long."""
    return _check_field(title, _lazy("The title"), MAX_TITLE_CHARS)


def check_source(source: str) -> str:
    """The source cleaned (bidi controls, outer spaces), or refused: NUL, too long."""
    return _check_field(source, _lazy("The source"), MAX_SOURCE_CHARS)


def _check_field(value: str, name: str | LazyMessage, limit: int) -> str:
    value = clean_text(value).strip()
    _check_characters(value, name)
    if len(value) > limit:
        raise ArticleFileError(
            _("%(name)s is %(length)d characters long; it may be at most %(limit)d characters.")
            % {"name": name, "length": len(value), "limit": limit}
        )
    return value


def _check_characters(text: str, name: str | LazyMessage) -> None:
    if "\x00" in text:
        raise ArticleFileError(
            _("%(name)s contains NUL characters: it looks binary, not text.") % {"name": name}
        )
    if _SURROGATE.search(text):
        raise ArticleFileError(
            _("%(name)s is not valid text: it holds a broken character.") % {"name": name}
        )


def check_arabic(text: str, name: str | LazyMessage = THE_TEXT) -> None:
    # Counted as what removing them takes away: findall would make a string per letter.
    letters = len(text) - len(_ANY_LETTER.sub("", text))
    arabic = len(text) - len(_ARABIC_LETTER.sub("", text))
    if letters == 0:
        raise ArticleFileError(
            _("%(name)s has no words: only punctuation, digits or tatweel (ـ).") % {"name": name}
        )
    if arabic / letters < _MIN_ARABIC_SHARE:
        raise ArticleFileError(
            _("%(name)s does not look like Arabic text: fewer than half of its letters are Arabic.")
            % {"name": name}
        )


def strip_markdown(text: str) -> str:
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):  # NUL after a BOM is refused once decoded
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data or _control_share(data) > 0.05:
        raise ArticleFileError(_("%(name)s looks like a binary file, not text.") % {"name": name})
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _looks_like_utf8(data):
            raise ArticleFileError(
                _(
                    "%(name)s is not valid UTF-8: a broken character at byte %(at)d. Save it "
                    "again as UTF-8."
                )
                % {"name": name, "at": error.start}
            ) from None
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if not _mostly_arabic(text):
        raise ArticleFileError(
            _("%(name)s: the text encoding is not recognised (use UTF-8, UTF-16 or Windows-1256).")
            % {"name": name}
        )
    return text, "windows-1256"


def _looks_like_utf8(data: bytes) -> bool:
    """Most bytes above ASCII form UTF-8 sequences: UTF-8 with errors, not Windows-1256."""
    high = sum(1 for byte in data if byte >= 0x80)
    in_sequences = sum(len(match) for match in _UTF8_SEQUENCE.findall(data))
    return high > 0 and in_sequences >= high / 2


def _mostly_arabic(text: str) -> bool:
    """A Windows-1256 reading worth keeping: its non-ASCII characters are mostly Arabic."""
    other = [ch for ch in text if ord(ch) >= 0x80 and not ch.isspace()]
    arabic = sum(1 for ch in other if "\u0600" <= ch <= "\u06ff")
    return bool(other) and arabic / len(other) >= _MIN_CP1256_ARABIC_SHARE


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleFileError(
            _("%(name)s: the file says it is %(encoding)s but is not.")
            % {"name": name, "encoding": encoding}
        ) from None
    return text.lstrip("\ufeff")


def _control_share(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for byte in data[:4096] if byte < 32 and byte not in (9, 10, 13))
    return controls / min(len(data), 4096)


def _first_markdown_heading(text: str) -> str:
    match = re.search(r"^\s{0,3}#{1,6}\s*(.+)$", text, re.MULTILINE)
    heading = match.group(1).strip() if match else ""
    if len(heading) <= MAX_TITLE_CHARS:
        return heading
    return heading[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"  # a hint: cut, not refused
