"""Segmentation of an article into paragraphs, headings, sentences and typed tokens.

Every unit keeps character offsets into the original text, so a page can highlight exactly the
characters the analysis talks about. Sentences end at . ! ? ؟ ؛ and at line breaks, never at
commas (pyarabic's sentence_tokenize splits at commas, which cuts news sentences apart).
"""

from __future__ import annotations

import re

from exercises.arabic.analysis_types import Document, Paragraph, Sentence, Token, TokenKind
from exercises.arabic.gc_pause import gc_paused

_ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
_ARABIC_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"

# Web and e-mail addresses are one token (read as Latin), without the punctuation after them.
_ADDRESS = (
    r"(?:https?://|www\.)[^\s«»\"'()<>]*[^\s«»\"'()<>.,،؛:!?؟]"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_TOKEN_RE = re.compile(
    rf"(?P<address>{_ADDRESS})"
    rf"|(?P<word>[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_ARABIC_MARKS}]*)"
    rf"|(?P<number>[{_DIGITS}]+(?:[.,\u066b\u066c][{_DIGITS}]+)*)"
    r"|(?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*)"
    r"|(?P<punct>[^\s])"
)
# A dot between digits is a decimal point, not a sentence end; tokens already keep "2.5" whole.
_SENTENCE_END = frozenset(".!?؟؛…")
_CLOSERS = frozenset("\"'”’»)]")
_FINAL_PUNCT = _SENTENCE_END | frozenset(":،,؛")
_MAX_HEADING_WORDS = 12
# A single letter and a dot abbreviate a word (ق. م «before Christ», د. «doctor», أ. «professor»):
# the dot ends no sentence, except after the era letters م and هـ, which often end one.
_ERA_LETTERS = frozenset({"م", "ه"})
_MARKDOWN_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*)")


@gc_paused()
def segment(text: str) -> Document:
    """Split ``text`` into paragraphs (one per non-empty line), sentences and tokens."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    seen: dict[str, str] = {}

    for line_start, line_end in _lines(text):
        start, end = _trim(text, line_start, line_end)
        if start == end:
            continue
        paragraph_index = len(paragraphs)
        line_tokens = _tokenize(text, start, end, seen)
        is_heading = _looks_like_heading(text, start, end, line_tokens)
        paragraphs.append(Paragraph(paragraph_index, start, end, is_heading))
        _split_sentences(text, line_tokens, paragraph_index, sentences, tokens)

    return Document(text, tuple(paragraphs), tuple(sentences), tuple(tokens))


def _lines(text: str):
    position = 0
    for match in re.finditer(r"\r\n|\n|\r|\u2029", text):
        yield position, match.start()
        position = match.end()
    yield position, len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    prefix = _MARKDOWN_PREFIX.match(text, start, end)
    if prefix:
        start = prefix.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _tokenize(
    text: str, start: int, end: int, seen: dict[str, str]
) -> list[tuple[str, int, int, TokenKind]]:
    """The line's tokens; a word seen before shares the first one's string (less memory)."""
    tokens = []
    for match in _TOKEN_RE.finditer(text, start, end):
        value = match.group()
        kind = _kind(match.lastgroup)
        tokens.append((seen.setdefault(value, value), match.start(), match.end(), kind))
    return tokens


def _kind(group: str | None) -> TokenKind:
    return "latin" if group == "address" else group  # type: ignore[return-value]


def _ends_sentence(tokens: list, position: int) -> bool:
    """Whether the sentence-ending mark at ``position`` ends the sentence."""
    value = tokens[position][0]
    if tokens[position + 1][0] in _CLOSERS:
        return False
    if value != ".":
        return True
    before = tokens[position - 1] if position else None
    if before is None or before[3] != "word":
        return True
    letters = before[0].replace("\u0640", "")
    return len(letters) != 1 or letters in _ERA_LETTERS


def _looks_like_heading(text: str, start: int, end: int, line_tokens: list) -> bool:
    words = sum(1 for token in line_tokens if token[3] in ("word", "latin", "number"))
    if words == 0 or words > _MAX_HEADING_WORDS:
        return False
    last = text[end - 1]
    return last not in _FINAL_PUNCT and last not in _CLOSERS


def _split_sentences(
    text: str,
    line_tokens: list[tuple[str, int, int, TokenKind]],
    paragraph_index: int,
    sentences: list[Sentence],
    tokens: list[Token],
) -> None:
    sentence_first = 0
    count = len(line_tokens)
    append = tokens.append
    token_index = len(tokens)
    sentence_index = len(sentences)
    for position, (value, start, end, kind) in enumerate(line_tokens):
        append(Token(token_index, value, start, end, kind, sentence_index, paragraph_index))
        token_index += 1
        following = position + 1
        if following == count:
            closes = True
        elif kind != "punct":
            closes = False
        elif value in _SENTENCE_END:
            closes = _ends_sentence(line_tokens, position)
        else:
            # A quote that closes right after a sentence end belongs to that sentence.
            closes = (
                value in _CLOSERS
                and position > 0
                and line_tokens[position - 1][0] in _SENTENCE_END
                and line_tokens[following][0] not in _CLOSERS
            )
        if closes:
            _close_sentence(
                line_tokens, sentence_first, position, paragraph_index, sentences, tokens
            )
            sentence_first = following
            sentence_index = len(sentences)


def _close_sentence(
    line_tokens: list,
    first: int,
    last: int,
    paragraph_index: int,
    sentences: list[Sentence],
    tokens: list[Token],
) -> None:
    count = last - first + 1
    first_token = len(tokens) - count
    sentences.append(
        Sentence(
            index=len(sentences),
            start=line_tokens[first][1],
            end=line_tokens[last][2],
            paragraph=paragraph_index,
            first_token=first_token,
            last_token=len(tokens),
        )
    )
