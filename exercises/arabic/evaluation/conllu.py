"""Reading a CoNLL-U treebank: sentences with their text, document and tokens with offsets.

Gold tokens get character offsets by finding each form, in order, in the sentence's ``# text``
(rebuilt from ``SpaceAfter=No`` when missing); multiword lines are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GoldToken:
    form: str
    lemma: str
    upos: str
    start: int  # offsets into the sentence text
    end: int


@dataclass(frozen=True, slots=True)
class GoldSentence:
    sent_id: str
    doc_id: str
    text: str
    tokens: tuple[GoldToken, ...]
    aligned: bool  # every token form was found, in order, in the text


def read_conllu(path: str | Path, *, limit: int | None = None) -> list[GoldSentence]:
    """Read sentences with their text, document id and tokens (multiword lines skipped).

    Args:
        path: a CoNLL-U file.
        limit: read at most this many sentences.

    Returns:
        The sentences in file order, each token with offsets into ``# text``.
    """
    sentences: list[GoldSentence] = []
    with open(path, encoding="utf-8") as handle:
        for block in _blocks(handle):
            sentences.append(_sentence(block, sentences[-1].doc_id if sentences else ""))
            if limit is not None and len(sentences) >= limit:
                break
    return sentences


def _blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _sentence(block: list[str], previous_doc: str) -> GoldSentence:
    sent_id, doc_id, text = "", previous_doc, ""
    rows: list[list[str]] = []
    for line in block:
        if line.startswith("#"):
            name, _, value = line[1:].partition("=")
            name, value = name.strip(), value.strip()
            if name == "sent_id":
                sent_id = value
            elif name == "newdoc id":
                doc_id = value
            elif name == "text":
                text = value
            continue
        columns = line.split("\t")
        if len(columns) == 10 and columns[0].isdigit():
            rows.append(columns)
    if not text:
        text = _text_from_rows(rows)
    tokens: list[GoldToken] = []
    cursor, aligned = 0, True
    for columns in rows:
        form = columns[1]
        start = text.find(form, cursor)
        if start < 0 or text[cursor:start].strip():
            aligned = False
            break
        cursor = start + len(form)
        tokens.append(GoldToken(form, columns[2], columns[3], start, cursor))
    return GoldSentence(sent_id, doc_id, text, tuple(tokens) if aligned else (), aligned)


def _text_from_rows(rows: list[list[str]]) -> str:
    parts = []
    for columns in rows:
        parts.append(columns[1])
        if "SpaceAfter=No" not in columns[9]:
            parts.append(" ")
    return "".join(parts).strip()
