"""Text in, analysed document out: segmentation, readings, choice in context, frequency."""

from __future__ import annotations

from typing import Literal

from exercises.arabic.analysis_types import Analysis, AnalyzedDocument, AnalyzedToken
from exercises.arabic.context.dates import era_readings
from exercises.arabic.context.disambiguate import disambiguate
from exercises.arabic.frequency import zipf
from exercises.arabic.gc_pause import gc_paused
from exercises.arabic.morphology.analyzer import Analyzer, default_analyzer
from exercises.arabic.morphology.unknown_words import guess_unknown
from exercises.arabic.morphology.vocalize import full_vowels
from exercises.arabic.stopwords import is_stopword
from exercises.arabic.text.layout import word_layout
from exercises.arabic.text.segment import segment

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
    analyzer = analyzer or default_analyzer()  # loaded (once) with the collector running
    with gc_paused():
        return _analyze(text, analyzer, strategy)


def _analyze(text: str, analyzer: Analyzer, strategy: Strategy) -> AnalyzedDocument:
    document = segment(text)
    word_tokens = [token for token in document.tokens if token.kind == "word"]
    analyze = analyzer.analyze
    known = [analyze(token.text) for token in word_tokens]
    # Unknown words get a guessed reading before the choice, so that their neighbours see them.
    readings = [
        token_readings or (guess_unknown(token),)
        for token, token_readings in zip(word_tokens, known, strict=True)
    ]
    layout = word_layout(document.tokens, word_tokens)
    if strategy == "first":
        chosen: list[Analysis | None] = [token_readings[0] for token_readings in readings]
    else:
        for position, era in era_readings(document.tokens, word_tokens).items():
            readings[position] = (era,)  # م in 1258 م is a date, whatever the lexicon offers
        chosen = disambiguate(
            [
                (token.text, token_readings)
                for token, token_readings in zip(word_tokens, readings, strict=True)
            ],
            layout,
        )
    # The word's full vowels once its reading is chosen (the choice reads the lexicon's).
    chosen = full_vowels(chosen, layout.sentence_starts)
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
