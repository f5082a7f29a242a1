"""The analysed article as JSON: stored with the article, printed by the ``analyze`` command.

Storing the whole analysis means pages and generators never analyse an article again per request.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from exercises.arabic.analysis_types import (
    Analysis,
    AnalyzedDocument,
    AnalyzedToken,
    Document,
    Paragraph,
    Sentence,
    Term,
    Token,
    TokenKind,
)
from exercises.arabic.gc_pause import gc_paused
from exercises.arabic.text.normalize import strip_tashkeel
from exercises.arabic.token_table import pack_tokens, unpack_tokens
from exercises.arabic.version import analysis_fingerprint

# What the stored JSON looks like; a reader refuses another shape. The analysis' version (what
# the analyser was) is derived from the code and data, this module included.
# Format 2 is compact: rows of numbers rather than objects, each distinct reading stored once
# (an article of 1 MB has some 250,000 tokens but a few thousand readings).
# Format 3 adds the multiword terms and each reading's other senses. Format 4 packs the token
# rows (token_table.py) and leaves out the text, which the article holds; 2 and 3 are still read.
FORMAT_VERSION = 4
_ANALYSIS_FIELDS = tuple(field.name for field in fields(Analysis))
_KINDS: tuple[TokenKind, ...] = ("word", "number", "punct", "latin")
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}


def current_analysis_version() -> str:
    """Stored with each analysis; derived from the analyser's code and data, never typed."""
    return analysis_fingerprint()


@gc_paused()
def analysis_to_json(analysed: AnalyzedDocument, *, with_text: bool = True) -> dict[str, Any]:
    """Everything needed to rebuild ``analysed`` exactly (with its text, unless ``with_text`` is
    False: the article stores it beside the analysis).

    A token is ``(start, end, kind, sentence, paragraph, reading, zipf, stopword, in_lexicon)``,
    packed by ``token_table.pack_tokens``: its index is its place, its text ``text[start:end]``,
    its reading an index into ``analyses`` (-1 for none), its kind an index into word / number /
    punct / latin.
    """
    document = analysed.document
    readings: dict[Analysis, int] = {}

    def rows():
        for item in analysed.tokens:
            token = item.token
            analysis = item.analysis
            reading = -1 if analysis is None else readings.setdefault(analysis, len(readings))
            yield (
                token.start, token.end, _KIND_CODES[token.kind], token.sentence,
                token.paragraph, reading, item.zipf, int(item.is_stopword), int(item.in_lexicon),
            )  # fmt: skip

    packed = pack_tokens(rows())
    stored = {
        "format": FORMAT_VERSION,
        "paragraphs": [[p.start, p.end, p.is_heading] for p in document.paragraphs],
        "sentences": [
            [s.start, s.end, s.paragraph, s.first_token, s.last_token] for s in document.sentences
        ],
        "analyses": [_analysis_to_list(analysis) for analysis in readings],
        "tokens": {"count": len(analysed.tokens), "packed": packed},
        "terms": [
            [term.first_token, term.last_token, term.lemma_vocalized, term.gloss]
            for term in analysed.terms
        ],
    }
    if with_text:
        stored["text"] = document.text
    return stored


@gc_paused()
def analysis_from_json(data: dict[str, Any], text: str | None = None) -> AnalyzedDocument:
    """The analysis stored by ``analysis_to_json``; ``text`` is the article's text, needed when
    it was stored without it."""
    if data.get("format") == 1:
        return _analysis_from_format_1(data)
    if data.get("format") not in (2, 3, FORMAT_VERSION):
        raise ValueError("stored analysis has another format version")
    text = data.get("text", text)
    if text is None:
        raise ValueError("stored analysis has no text and none was given")
    readings = [_analysis_from_list(values) for values in data["analyses"]]
    tokens = []
    analysed = []
    seen: dict[str, str] = {}  # a word's repetitions share one string
    stored_rows = data["tokens"]
    if isinstance(stored_rows, dict):
        stored_rows = unpack_tokens(stored_rows["packed"], stored_rows["count"])
    for index, row in enumerate(stored_rows):
        start, end, kind, sentence, paragraph, reading, zipf, stopword, in_lexicon = row
        written = text[start:end]
        written = seen.setdefault(written, written)
        token = Token(index, written, start, end, _KINDS[kind], sentence, paragraph)
        tokens.append(token)
        analysis = readings[reading] if reading >= 0 else None
        analysed.append(AnalyzedToken(token, analysis, zipf, bool(stopword), bool(in_lexicon)))
    document = Document(
        text,
        tuple(Paragraph(i, *values) for i, values in enumerate(data["paragraphs"])),
        tuple(Sentence(i, *values) for i, values in enumerate(data["sentences"])),
        tuple(tokens),
    )
    terms = tuple(
        Term(first, last, strip_tashkeel(vocalized), vocalized, gloss)
        for first, last, vocalized, gloss in data.get("terms", ())
    )
    return AnalyzedDocument(document, tuple(analysed), terms)


def _analysis_from_format_1(data: dict[str, Any]) -> AnalyzedDocument:
    """The former shape (an object per token), still read: a stored analysis is served until
    it is analysed again, which rewrites it in the current shape."""
    tokens = []
    analysed = []
    for raw in data["tokens"]:
        token = Token(
            raw["index"], raw["text"], raw["start"], raw["end"], raw["kind"], raw["sentence"],
            raw["paragraph"],
        )  # fmt: skip
        tokens.append(token)
        analysis = None if raw["analysis"] is None else _analysis_from_list(raw["analysis"])
        analysed.append(
            AnalyzedToken(token, analysis, raw["zipf"], raw["is_stopword"], raw["in_lexicon"])
        )
    document = Document(
        data["text"],
        tuple(Paragraph(**p) for p in data["paragraphs"]),
        tuple(Sentence(**s) for s in data["sentences"]),
        tuple(tokens),
    )
    return AnalyzedDocument(document, tuple(analysed))


def analysis_report(analysed: AnalyzedDocument) -> dict[str, Any]:
    """The public shape printed by ``manage.py analyze --json``."""
    document = analysed.document
    return {
        "paragraphs": [
            {"start": p.start, "end": p.end, "heading": p.is_heading} for p in document.paragraphs
        ],
        "sentences": [{"start": s.start, "end": s.end} for s in document.sentences],
        "tokens": [_token_report(item) for item in analysed.tokens],
        "terms": [_term_report(analysed, term) for term in analysed.terms],
    }


def _term_report(analysed: AnalyzedDocument, term: Term) -> dict[str, Any]:
    tokens = analysed.document.tokens
    return {
        "text": analysed.text[tokens[term.first_token].start : tokens[term.last_token].end],
        "start": tokens[term.first_token].start,
        "end": tokens[term.last_token].end,
        "first_token": term.first_token,
        "last_token": term.last_token,
        "lemma": term.lemma,
        "lemma_vocalized": term.lemma_vocalized,
        "gloss": term.gloss,
    }


def _token_report(item: AnalyzedToken) -> dict[str, Any]:
    analysis = item.analysis
    return {
        "text": item.token.text,
        "start": item.token.start,
        "end": item.token.end,
        "kind": item.token.kind,
        "lemma": analysis.lemma if analysis else None,
        "lemma_vocalized": analysis.lemma_vocalized if analysis else None,
        "vocalized": analysis.vocalized if analysis else None,
        "pos": analysis.pos if analysis else _pos_of_kind(item.token.kind),
        "gloss": analysis.gloss if analysis else None,
        "other_glosses": list(analysis.other_glosses) if analysis else [],
        "root": (analysis.root or None) if analysis else None,
        "zipf": item.zipf,
        "is_stopword": item.is_stopword,
        "in_lexicon": item.in_lexicon,
    }


def _pos_of_kind(kind: str) -> str:
    return {"number": "NUM", "punct": "PUNCT", "latin": "X"}.get(kind, "X")


def _analysis_to_list(analysis: Analysis) -> list[Any]:
    return [getattr(analysis, name) for name in _ANALYSIS_FIELDS]


def _analysis_from_list(values: list[Any]) -> Analysis:
    if len(values) > len(_ANALYSIS_FIELDS):
        raise ValueError("stored reading has more fields than a reading")
    # A reading stored before a field was added lacks it: the field's default stands.
    named = dict(zip(_ANALYSIS_FIELDS, values, strict=False))
    named["prefixes"] = tuple(named["prefixes"])
    named["suffixes"] = tuple(named["suffixes"])
    if "other_glosses" in named:
        named["other_glosses"] = tuple(named["other_glosses"])
    return Analysis(**named)
