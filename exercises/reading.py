"""The article laid out for reading: paragraphs of text pieces, each word a tappable piece."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from exercises.arabic.analysis_types import AnalyzedDocument, Document, Sentence
from exercises.arabic.text.normalize import display_form, normalize_key, strip_tashkeel


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    token: int | None  # index of the analysed word token, None for spaces and punctuation
    lemma: str = ""
    vocalized: str = ""  # the word with its full vowels, when they differ from the text


@dataclass(frozen=True, slots=True)
class ReadingParagraph:
    index: int
    is_heading: bool
    pieces: tuple[Piece, ...]


# About 3,000 words a page (tokens count punctuation too): some 250 KB of HTML, so a long
# article's page stays light.
PAGE_TOKENS = 3600


def reading_pages(document: Document, tokens_per_page: int = PAGE_TOKENS) -> tuple[range, ...]:
    """The reader's pages as ranges of paragraph indices: whole paragraphs, about
    ``tokens_per_page`` tokens each. A page starts at a heading when one comes near the end of
    the page, and never ends with a heading. An empty document has one empty page."""
    counts = [0] * len(document.paragraphs)
    for sentence in document.sentences:
        counts[sentence.paragraph] += sentence.last_token - sentence.first_token
    pages = []
    start = total = 0
    for paragraph in document.paragraphs:
        full = total >= tokens_per_page or (
            paragraph.is_heading and total >= tokens_per_page * 3 // 4
        )
        if full and not document.paragraphs[paragraph.index - 1].is_heading:
            pages.append(range(start, paragraph.index))
            start, total = paragraph.index, 0
        total += counts[paragraph.index]
    pages.append(range(start, len(document.paragraphs)))
    return tuple(pages)


def page_of_paragraph(pages: tuple[range, ...], paragraph: int) -> int:
    """The number (from 1) of the page that holds a paragraph."""
    return bisect_right([page.start for page in pages], paragraph)


def reading_layout(
    analysed: AnalyzedDocument, paragraphs: range | None = None
) -> tuple[ReadingParagraph, ...]:
    """Cut paragraphs (all, or a page's range) into word pieces and the text between them,
    keeping every character. Token indices are the article's own, whatever the page."""
    document = analysed.document
    text = document.text
    if paragraphs is None:
        paragraphs = range(len(document.paragraphs))
    sentences = document.sentences
    first = bisect_left(sentences, paragraphs.start, key=lambda s: s.paragraph)
    after = bisect_left(sentences, paragraphs.stop, key=lambda s: s.paragraph)
    by_paragraph: dict[int, list] = {}
    for item in analysed.tokens[_token_at(sentences, first) : _token_at(sentences, after)]:
        by_paragraph.setdefault(item.token.paragraph, []).append(item)
    layout = []
    for paragraph in document.paragraphs[paragraphs.start : paragraphs.stop]:
        pieces: list[Piece] = []
        position = paragraph.start
        for item in by_paragraph.get(paragraph.index, []):
            token = item.token
            if token.kind != "word":
                continue
            if token.start > position:
                pieces.append(Piece(text[position : token.start], None))
            lemma = item.analysis.lemma if item.analysis else ""
            vowels = _vowels(token.text, item.analysis.vocalized) if item.analysis else ""
            pieces.append(Piece(token.text, token.index, lemma, vowels))
            position = token.end
        if position < paragraph.end:
            pieces.append(Piece(text[position : paragraph.end], None))
        layout.append(ReadingParagraph(paragraph.index, paragraph.is_heading, tuple(pieces)))
    return tuple(layout)


def _vowels(written: str, vocalized: str) -> str:
    """The vocalized word when it spells the written one (letters read alike) with more marks;
    "" otherwise, so that showing the vowels never changes a word's letters."""
    vocalized = display_form(vocalized)
    if not vocalized or vocalized == written:
        return ""
    if normalize_key(strip_tashkeel(vocalized)) != normalize_key(strip_tashkeel(written)):
        return ""
    return vocalized


def _token_at(sentences: tuple[Sentence, ...], position: int) -> int:
    """The first token of the sentence at ``position`` (the end of the tokens past the last)."""
    if position < len(sentences):
        return sentences[position].first_token
    return sentences[-1].last_token if sentences else 0


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


def vowelled_text(analysed: AnalyzedDocument, first: int, last: int) -> str:
    """The article's text from token ``first`` to token ``last`` (included), each word with its
    vowels when they spell it (as the reader shows them), the text between words as written:
    what is read aloud."""
    text = analysed.document.text
    parts: list[str] = []
    position = None
    for item in analysed.tokens[first : last + 1]:
        token = item.token
        if position is not None and token.start > position:
            parts.append(text[position : token.start])
        vowels = _vowels(token.text, item.analysis.vocalized) if item.analysis else ""
        parts.append(vowels if token.kind == "word" and vowels else token.text)
        position = token.end
    return "".join(parts)
