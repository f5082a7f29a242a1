"""Frozen data passed between the layers of the Arabic core.

Offsets are character offsets into the original text: ``text[start:end]`` is the thing itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

TokenKind = Literal["word", "number", "punct", "latin"]

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    text: str
    start: int
    end: int
    kind: TokenKind
    sentence: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    is_heading: bool


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]

    def sentence_text(self, index: int) -> str:
        sentence = self.sentences[index]
        return self.text[sentence.start : sentence.end]

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        sentence = self.sentences[index]
        return self.tokens[sentence.first_token : sentence.last_token]

    def paragraph_text(self, index: int) -> str:
        paragraph = self.paragraphs[index]
        return self.text[paragraph.start : paragraph.end]


@dataclass(frozen=True, slots=True)
class Analysis:
    """One morphological reading of a written word, from the Buckwalter lexicon."""

    lemma: str  # dictionary form without vowels
    lemma_vocalized: str  # dictionary form with vowels
    vocalized: str  # the whole word (clitics included) with vowels
    pos: str  # Universal Dependencies UPOS of the stem
    tag: str  # fine tag: the lexicon's stem category and POS
    stem: str  # the written stem, without clitics
    prefixes: tuple[str, ...] = ()  # Buckwalter POS tags of the proclitics/prefixes
    suffixes: tuple[str, ...] = ()
    gloss: str = ""
    root: str = ""  # letters separated by nothing, e.g. "كتب"; "" when the lexicon has none
    lemma_id: str = ""
    prefix_text: str = ""  # written proclitics, e.g. "وال"
    suffix_text: str = ""  # written suffixes, e.g. "ها"
    # The lemma's other senses (glosses of its other lexicon entries), once a sense is chosen.
    other_glosses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AnalyzedToken:
    token: Token
    analysis: Analysis | None  # None for numbers, punctuation and Latin text
    zipf: float = 0.0
    is_stopword: bool = False
    in_lexicon: bool = False


@dataclass(frozen=True, slots=True)
class Term:
    """A multiword term of the text (مجلس الأمن): its tokens, first to last, inclusive."""

    first_token: int
    last_token: int
    lemma: str  # the term without vowels, its words separated by spaces
    lemma_vocalized: str
    gloss: str


@dataclass(frozen=True, slots=True)
class AnalyzedDocument:
    document: Document
    tokens: tuple[AnalyzedToken, ...]
    terms: tuple[Term, ...] = ()  # multiword terms, in text order

    @property
    def text(self) -> str:
        return self.document.text


@dataclass(frozen=True, slots=True)
class VocabularyEntry:
    lemma: str
    lemma_vocalized: str
    gloss: str
    pos: str
    root: str
    count: int
    zipf: float
    level: str
    example: Span  # the first sentence where the lemma occurs
    example_text: str
    first_token: int  # index of the first occurrence, for "by appearance" order
    forms: tuple[str, ...] = field(default_factory=tuple)  # written forms seen in the text
    other_glosses: tuple[str, ...] = ()  # the lemma's other senses, after ``gloss``
    # Set only when a teacher corrected the word: what the analysis gave, still shown beside it.
    automatic_gloss: str = ""
    automatic_vocalized: str = ""
    note: str = ""  # the learner's own note on the lemma, in that learner's exports
