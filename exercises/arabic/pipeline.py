"""Text in, analysed document out: segmentation, readings, choice in context, frequency."""

from __future__ import annotations

from typing import Literal

from exercises.arabic.dates import mark_era_abbreviations
from exercises.arabic.disambiguate import disambiguate
from exercises.arabic.frequency import zipf
from exercises.arabic.morphology import Analyzer, default_analyzer
from exercises.arabic.segment import segment
from exercises.arabic.stopwords import is_stopword
from exercises.arabic.types import Analysis, AnalyzedDocument, AnalyzedToken, Token
from exercises.arabic.unknown import guess_unknown

Strategy = Literal["context", "first"]


def analyze_text(
    text: str, *, analyzer: Analyzer | None = None, strategy: Strategy = "context"
) -> AnalyzedDocument:
    """Analyse a whole article: every token gets its kind, and every word one reading.

    Args:
        text: the article, paragraphs one per line.
        analyzer: the morphological analyser; the shared one over the full lexicon by default.
        strategy: ``"context"`` chooses readings in context; ``"first"`` takes the lexicon's
            first reading of each word, the baseline that evaluation compares against.

    Returns:
        The segmented document with one reading per word token.
    """
    analyzer = analyzer or default_analyzer()
    document = segment(text)
    word_tokens = [token for token in document.tokens if token.kind == "word"]
    analyze = analyzer.analyze
    known = [analyze(token.text) for token in word_tokens]
    # Unknown words get a guessed reading before the choice, so that their neighbours see them.
    readings = [
        token_readings or (guess_unknown(token),)
        for token, token_readings in zip(word_tokens, known, strict=True)
    ]
    if strategy == "first":
        chosen: list[Analysis | None] = [token_readings[0] for token_readings in readings]
    else:
        chosen = disambiguate(
            [
                (token.text, token_readings)
                for token, token_readings in zip(word_tokens, readings, strict=True)
            ],
            sentence_starts=_sentence_starts(word_tokens),
            phrase_starts=_phrase_starts(word_tokens),
            clause_starts=_clause_starts(document.tokens, word_tokens),
            after_comma=_after_comma(document.tokens, word_tokens),
            before_number=_before_number(document.tokens, word_tokens),
        )
        chosen = mark_era_abbreviations(document.tokens, word_tokens, chosen)
    analysed = []
    append = analysed.append
    word_position = 0
    for token in document.tokens:
        if token.kind != "word":
            append(AnalyzedToken(token, None))
            continue
        analysis = chosen[word_position]
        in_lexicon = bool(known[word_position])
        word_position += 1
        written = token.text
        append(
            AnalyzedToken(
                token,
                analysis,
                zipf=zipf(written),
                is_stopword=is_stopword(written, analysis),
                in_lexicon=in_lexicon,
            )
        )
    return AnalyzedDocument(document, tuple(analysed))


def _sentence_starts(word_tokens: list[Token]) -> frozenset[int]:
    starts = set()
    previous_sentence = -1
    for position, token in enumerate(word_tokens):
        if token.sentence != previous_sentence:
            starts.add(position)
            previous_sentence = token.sentence
    return frozenset(starts)


def _phrase_starts(word_tokens: list[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words that begin a sentence or follow punctuation."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if position == 0
        or token.sentence != word_tokens[position - 1].sentence
        or token.index != word_tokens[position - 1].index + 1
    )


_CLAUSE_PUNCTUATION = frozenset(",،:;؛")


def _clause_starts(tokens: tuple[Token, ...], word_tokens: list[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words that begin a sentence or follow , ، : or ؛."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if position == 0
        or token.sentence != word_tokens[position - 1].sentence
        or any(
            tokens[index].text in _CLAUSE_PUNCTUATION
            for index in range(word_tokens[position - 1].index + 1, token.index)
        )
    )


_COMMAS = frozenset({"،", ","})


def _after_comma(tokens: tuple[Token, ...], word_tokens: list[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words that only a comma separates from the last word."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if position > 0
        and token.sentence == word_tokens[position - 1].sentence
        and token.index == word_tokens[position - 1].index + 2
        and tokens[token.index - 1].text in _COMMAS
    )


def _before_number(tokens: tuple[Token, ...], word_tokens: list[Token]) -> frozenset[int]:
    """Positions (among word tokens) of words directly followed by a number in digits."""
    return frozenset(
        position
        for position, token in enumerate(word_tokens)
        if token.index + 1 < len(tokens)
        and tokens[token.index + 1].kind == "number"
        and tokens[token.index + 1].sentence == token.sentence
    )
