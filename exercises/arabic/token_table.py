"""An analysed article's token table packed for storage: columns of machine numbers,
compressed, as one ASCII string.

An article of 1 MB has some 250,000 tokens; as JSON rows of numbers they made a 15 MB document
(the article's text a second time, escaped) whose encoding and parsing grew faster than the text
(a few million small objects for the cyclic collector to walk). Packed, they are a few hundred
kilobytes that ``zlib`` and ``base64`` handle in C. Each column is a little-endian ``array``;
offsets are stored as the gap before a token and its length, which compress well.
"""

from __future__ import annotations

import base64
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator

# (name, array typecode), in the order they are packed.
_COLUMNS = (
    ("gap", "I"),  # start minus the previous token's end
    ("length", "I"),
    ("flags", "B"),  # kind (2 bits), stopword (bit 2), in the lexicon (bit 3)
    ("sentence", "i"),
    ("paragraph", "i"),
    ("reading", "i"),  # index into the stored readings, -1 for none
    ("zipf", "d"),
)


# A row: (start, end, kind, sentence, paragraph, reading, zipf, stopword, in_lexicon).
Row = tuple[int, int, int, int, int, int, float, int, int]


def pack_tokens(rows: Iterable[Row]) -> str:
    """The rows as one ASCII string (see ``unpack_tokens``)."""
    columns = {name: array(code) for name, code in _COLUMNS}
    gaps, lengths, flags = columns["gap"], columns["length"], columns["flags"]
    sentences, paragraphs = columns["sentence"], columns["paragraph"]
    readings, zipfs = columns["reading"], columns["zipf"]
    previous_end = 0
    for start, end, kind, sentence, paragraph, reading, zipf, stopword, in_lexicon in rows:
        gaps.append(start - previous_end)
        lengths.append(end - start)
        flags.append(kind | stopword << 2 | in_lexicon << 3)
        sentences.append(sentence)
        paragraphs.append(paragraph)
        readings.append(reading)
        zipfs.append(zipf)
        previous_end = end
    packed = b"".join(_little_endian(columns[name]).tobytes() for name, _ in _COLUMNS)
    return base64.b64encode(zlib.compress(packed, 1)).decode("ascii")


def unpack_tokens(packed: str, count: int) -> Iterator[Row]:
    """The ``count`` rows packed by ``pack_tokens``; ValueError if the string does not hold
    them."""
    try:
        raw = zlib.decompress(base64.b64decode(packed.encode("ascii"), validate=True))
    except (ValueError, zlib.error) as error:
        raise ValueError("stored token table is damaged") from error
    columns: dict[str, array] = {}
    offset = 0
    for name, code in _COLUMNS:
        column = array(code)
        size = column.itemsize * count
        column.frombytes(raw[offset : offset + size])
        columns[name] = _little_endian(column)
        offset += size
    if offset != len(raw):
        raise ValueError("stored token table does not match its token count")
    previous_end = 0
    for gap, length, flags, sentence, paragraph, reading, zipf in zip(
        *(columns[name] for name, _ in _COLUMNS), strict=True
    ):
        start = previous_end + gap
        previous_end = start + length
        yield (
            start, previous_end, flags & 3, sentence, paragraph, reading, zipf,
            flags >> 2 & 1, flags >> 3 & 1,
        )  # fmt: skip


def _little_endian(column: array) -> array:
    if sys.byteorder == "big":
        column.byteswap()
    return column
