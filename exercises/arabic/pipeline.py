"""Text in, analysed document out: segmentation, readings, choice in context, frequency."""

from __future__ import annotations

from exercises.arabic.disambiguate import disambiguate
from exercises.arabic.frequency import zipf
from exercises.arabic.morphology import Analyzer, default_analyzer
from exercises.arabic.normalize import bare, strip_tashkeel
from exercises.arabic.segment import segment
from exercises.arabic.stopwords import is_stopword
from exercises.arabic.types import Analysis, AnalyzedDocument, AnalyzedToken, Token

_DEFINITE = "ال"


def analyze_text(text: str, *, analyzer: Analyzer | None = None) -> AnalyzedDocument:
    """Analyse a whole article: every token gets its kind, and every word one reading."""
    analyzer = analyzer or default_analyzer()
    document = segment(text)
    word_tokens = [token for token in document.tokens if token.kind == "word"]
    readings = [analyzer.analyze(token.text) for token in word_tokens]
    sentence_starts = _sentence_starts(word_tokens)
    chosen = disambiguate(
        [
            (token.text, token_readings)
            for token, token_readings in zip(word_tokens, readings, strict=True)
        ],
        sentence_starts=sentence_starts,
    )
    by_index: dict[int, tuple[Analysis | None, bool]] = {
        token.index: (analysis, bool(token_readings))
        for token, analysis, token_readings in zip(word_tokens, chosen, readings, strict=True)
    }
    analysed = []
    for token in document.tokens:
        if token.kind != "word":
            analysed.append(AnalyzedToken(token, None))
            continue
        analysis, in_lexicon = by_index[token.index]
        if analysis is None:
            analysis = guess_unknown(token)
        analysed.append(
            AnalyzedToken(
                token,
                analysis,
                zipf=zipf(token.text),
                is_stopword=is_stopword(token.text, analysis),
                in_lexicon=in_lexicon,
            )
        )
    return AnalyzedDocument(document, tuple(analysed))


def guess_unknown(token: Token) -> Analysis:
    """A reading for a word the lexicon lacks: mostly foreign names in news (ليتشون، شانغهاي)."""
    written = bare(token.text)
    if written.startswith(_DEFINITE) and len(written) > 4:
        stem = written[len(_DEFINITE) :]
        return Analysis(
            lemma=stem,
            lemma_vocalized=stem,
            vocalized=strip_tashkeel(token.text),
            pos="NOUN",
            tag="UNKNOWN",
            stem=stem,
            prefixes=("Al/DET",),
            prefix_text=_DEFINITE,
        )
    return Analysis(
        lemma=written,
        lemma_vocalized=written,
        vocalized=token.text,
        pos="PROPN",
        tag="UNKNOWN",
        stem=written,
    )


def _sentence_starts(word_tokens: list[Token]) -> frozenset[int]:
    starts = set()
    previous_sentence = -1
    for position, token in enumerate(word_tokens):
        if token.sentence != previous_sentence:
            starts.add(position)
            previous_sentence = token.sentence
    return frozenset(starts)
