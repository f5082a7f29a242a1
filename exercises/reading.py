"""The article laid out for reading: paragraphs of text pieces, each word a tappable piece."""

from __future__ import annotations

from dataclasses import dataclass

from exercises.arabic.analysis_types import AnalyzedDocument


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    token: int | None  # index of the analysed word token, None for spaces and punctuation
    lemma: str = ""


@dataclass(frozen=True, slots=True)
class ReadingParagraph:
    index: int
    is_heading: bool
    pieces: tuple[Piece, ...]


def reading_layout(analysed: AnalyzedDocument) -> tuple[ReadingParagraph, ...]:
    """Cut every paragraph into word pieces and the text between them, keeping every character."""
    document = analysed.document
    text = document.text
    by_paragraph: dict[int, list] = {}
    for item in analysed.tokens:
        by_paragraph.setdefault(item.token.paragraph, []).append(item)
    layout = []
    for paragraph in document.paragraphs:
        pieces: list[Piece] = []
        position = paragraph.start
        for item in by_paragraph.get(paragraph.index, []):
            token = item.token
            if token.kind != "word":
                continue
            if token.start > position:
                pieces.append(Piece(text[position : token.start], None))
            lemma = item.analysis.lemma if item.analysis else ""
            pieces.append(Piece(token.text, token.index, lemma))
            position = token.end
        if position < paragraph.end:
            pieces.append(Piece(text[position : paragraph.end], None))
        layout.append(ReadingParagraph(paragraph.index, paragraph.is_heading, tuple(pieces)))
    return tuple(layout)


@dataclass(frozen=True, slots=True)
class Excerpt:
    before: str
    word: str
    after: str


def keyword_in_context(analysed: AnalyzedDocument, token_index: int, *, words: int = 6) -> Excerpt:
    """A few words either side of one token, within its sentence, for example columns."""
    document = analysed.document
    token = document.tokens[token_index]
    sentence = document.sentences[token.sentence]
    sentence_tokens = [t for t in document.sentence_tokens(token.sentence) if t.kind == "word"]
    position = next(i for i, t in enumerate(sentence_tokens) if t.index == token_index)
    first = sentence_tokens[max(0, position - words)]
    last = sentence_tokens[min(len(sentence_tokens) - 1, position + words)]
    start = sentence.start if first.start - sentence.start < 3 else first.start
    end = sentence.end if sentence.end - last.end < 3 else last.end
    text = document.text
    return Excerpt(
        before=("… " if start > sentence.start else "") + text[start : token.start],
        word=token.text,
        after=text[token.end : end] + (" …" if end < sentence.end else ""),
    )
