"""Where each word of a text stands among sentences, punctuation and numbers.

The choice in context looks at a word's neighbours among the *words* of a text; this layout
keeps what the tokens between them said: where a sentence, a clause (after a comma, colon or
semicolon) or any phrase (after punctuation, a number or a Latin word) begins, and which words
a number follows. Positions are indices into the list of word tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exercises.arabic.analysis_types import Token


@dataclass(frozen=True, slots=True)
class WordLayout:
    """Positions, among a text's word tokens, where context starts afresh or a number follows."""

    sentence_starts: frozenset[int] = frozenset()
    phrase_starts: frozenset[int] = frozenset()  # sentence starts and after any punctuation
    clause_starts: frozenset[int] = frozenset()  # sentence starts and after , ، : ; ؛
    after_comma: frozenset[int] = frozenset()  # only a comma between it and the word before
    before_number: frozenset[int] = frozenset()  # a number in digits follows

    @classmethod
    def one_sentence(cls) -> WordLayout:
        """Words read as one sentence with no punctuation in it."""
        start = frozenset({0})
        return cls(sentence_starts=start, phrase_starts=start, clause_starts=start)


def word_layout(tokens: Sequence[Token], word_tokens: Sequence[Token]) -> WordLayout:
    """The layout of the word tokens of a document.

    Args:
        tokens: all tokens of the document (words, numbers, punctuation, Latin).
        word_tokens: its word tokens, in order.

    Returns:
        The positions, among ``word_tokens``, of each kind of boundary.
    """
    return WordLayout(
        sentence_starts=_sentence_starts(word_tokens),
        phrase_starts=_phrase_starts(word_tokens),
        clause_starts=_clause_starts(tokens, word_tokens),
        after_comma=_after_comma(tokens, word_tokens),
        before_number=_before_number(tokens, word_tokens),
    )


def _sentence_starts(word_tokens: Sequence[Token]) -> frozenset[int]:
    """Positions (among word tokens) of the first word of each sentence."""
    starts = set()
    previous_sentence = -1
    for position, token in enumerate(word_tokens):
        if token.sentence != previous_sentence:
            starts.add(position)
            previous_sentence = token.sentence
    return frozenset(starts)


def _phrase_starts(word_tokens: Sequence[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words that begin a sentence or follow any other
    token: punctuation, a number or a Latin word."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if position == 0
        or token.sentence != word_tokens[position - 1].sentence
        or token.index != word_tokens[position - 1].index + 1
    )


_CLAUSE_PUNCTUATION = frozenset(",،:;؛")


def _clause_starts(tokens: Sequence[Token], word_tokens: Sequence[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words that begin a sentence or follow , ، : or ؛, or
    the dash that ends a dateline (مراكش - (ومع) - تمكن ...: the lead opens there)."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if position == 0
        or token.sentence != word_tokens[position - 1].sentence
        or any(
            tokens[index].text in _CLAUSE_PUNCTUATION
            or (tokens[index].text in _DASHES and _ends_dateline(tokens, index))
            for index in range(word_tokens[position - 1].index + 1, token.index)
        )
    )


_DASHES = frozenset("-–—")
_DATELINE_WORDS = 2  # الدار البيضاء -: the place before a dateline's dash, outside brackets
_DATELINE_PARAGRAPHS = 3  # the title, a press release's line, the lead


def _ends_dateline(tokens: Sequence[Token], index: int) -> bool:
    """Whether the dash at ``index`` ends a dateline: spaced on both sides, in the first sentence
    of one of the article's first paragraphs, after at most two words outside brackets (a
    place) and no quotation mark (مراكش - (ومع) -, not أرامكو - أكبر شركة - or «نفرتاري-1»)."""
    dash = tokens[index]
    if not 0 < index < len(tokens) - 1 or dash.paragraph >= _DATELINE_PARAGRAPHS:
        return False
    if tokens[index - 1].end == dash.start or tokens[index + 1].start == dash.end:
        return False
    first = index
    while first > 0 and tokens[first - 1].sentence == dash.sentence:
        first -= 1
    if first > 0 and tokens[first - 1].paragraph == dash.paragraph:
        return False  # not the paragraph's first sentence
    words, depth = 0, 0
    for token in tokens[first:index]:
        depth += (token.text == "(") - (token.text == ")")
        if token.text in '«»"“”':
            return False
        words += token.kind == "word" and not depth
    return 0 < words <= _DATELINE_WORDS


_COMMAS = frozenset({"،", ","})


def _after_comma(tokens: Sequence[Token], word_tokens: Sequence[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words that only a comma separates from the last word."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if position > 0
        and token.sentence == word_tokens[position - 1].sentence
        and token.index == word_tokens[position - 1].index + 2
        and tokens[token.index - 1].text in _COMMAS
    )


def _before_number(tokens: Sequence[Token], word_tokens: Sequence[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words directly followed by a number in digits."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if token.index + 1 < len(tokens)
        and tokens[token.index + 1].kind == "number"
        and tokens[token.index + 1].sentence == token.sentence
    )
