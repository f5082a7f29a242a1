"""Runs of an article's words for the reader: one word, its sentence, or a learner's term,
as written and with vowels (the text read aloud)."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

from exercises.models import Article
from exercises.reading import vowelled_text
from exercises.selectors.articles import article_analysis

# A term is a phrase (مجلس الأمن الدولي), not a sentence.
MAX_TERM_WORDS = 8


@dataclass(frozen=True, slots=True)
class Span:
    first: int
    last: int  # included
    text: str
    vocalized: str
    words: int


class SpanRefused(ValueError):
    """The run of words cannot be a term (not words, across sentences, or too long)."""


def word_span(article: Article, token: int) -> Span:
    """One word token; 404 for anything else."""
    item = _word(article, token)
    return _span(article, item.token.index, item.token.index)


def sentence_span(article: Article, token: int) -> Span:
    """The sentence of a word token."""
    analysed = article_analysis(article)
    item = _word(article, token)
    sentence = analysed.document.sentences[item.token.sentence]
    return _span(article, sentence.first_token, sentence.last_token - 1)


def term_span(article: Article, first: int, last: int) -> Span:
    """Two or more adjacent words of one sentence with no punctuation between them (numbers may
    be: ١١ سبتمبر), at most ``MAX_TERM_WORDS``; 404 when an end is not a word, SpanRefused when
    the run cannot be a term."""
    start, end = _word(article, first), _word(article, last)
    if first >= last:
        raise SpanRefused("a term has two words or more, in reading order")
    if start.token.sentence != end.token.sentence:
        raise SpanRefused("a term stays in one sentence")
    tokens = article_analysis(article).tokens[first : last + 1]
    if any(item.token.kind == "punct" for item in tokens):
        raise SpanRefused("a term has no punctuation inside")
    span = _span(article, first, last)
    if span.words > MAX_TERM_WORDS:
        raise SpanRefused("too many words for a term")
    return span


def _span(article: Article, first: int, last: int) -> Span:
    analysed = article_analysis(article)
    tokens = analysed.tokens[first : last + 1]
    text = analysed.document.text[tokens[0].token.start : tokens[-1].token.end]
    words = sum(1 for item in tokens if item.token.kind == "word")
    return Span(first, last, text, vowelled_text(analysed, first, last), words)


def _word(article: Article, token: int):
    tokens = article_analysis(article).tokens
    if not 0 <= token < len(tokens) or tokens[token].token.index != token:
        raise Http404
    item = tokens[token]
    if item.token.kind != "word":
        raise Http404
    return item
