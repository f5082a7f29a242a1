"""The vocabulary of an analysed article: one entry per lemma, names apart.

Forms of one lemma are one entry (الرئيس، الرئيسان، رئيس -> رَئِيس). Content words (NOUN, VERB,
ADJ, ADV) make the word list; proper names (PROPN) make their own list, with their glosses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from exercises.arabic.frequency import level_for_zipf, level_rank, zipf
from exercises.arabic.types import (
    CONTENT_POS,
    AnalyzedDocument,
    AnalyzedToken,
    Span,
    VocabularyEntry,
)

Order = Literal["appearance", "level"]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    words: tuple[VocabularyEntry, ...]
    names: tuple[VocabularyEntry, ...]


def build_vocabulary(analysed: AnalyzedDocument, *, order: Order = "appearance") -> Vocabulary:
    """Collect the article's lemmas with counts, frequency, level and first example sentence."""
    words: dict[tuple[str, str], list[AnalyzedToken]] = {}
    names: dict[tuple[str, str], list[AnalyzedToken]] = {}
    for item in analysed.tokens:
        analysis = item.analysis
        if analysis is None or item.is_stopword:
            continue
        if analysis.pos == "PROPN":
            names.setdefault((analysis.lemma, "PROPN"), []).append(item)
        elif analysis.pos in CONTENT_POS:
            words.setdefault(_lemma_identity(item), []).append(item)
    return Vocabulary(
        words=sort_entries([_entry(analysed, group) for group in words.values()], order),
        names=sort_entries([_entry(analysed, group) for group in names.values()], "appearance"),
    )


def sort_entries(entries: list[VocabularyEntry], order: Order) -> tuple[VocabularyEntry, ...]:
    if order == "level":
        return tuple(sorted(entries, key=lambda e: (level_rank(e.level), -e.zipf, e.first_token)))
    return tuple(sorted(entries, key=lambda e: e.first_token))


def _lemma_identity(item: AnalyzedToken) -> tuple[str, str]:
    analysis = item.analysis
    assert analysis is not None
    # The vocalized lemma separates homographs (عامّ general / عام year) that share bare letters.
    return (analysis.lemma_vocalized, analysis.pos)


def _entry(analysed: AnalyzedDocument, group: list[AnalyzedToken]) -> VocabularyEntry:
    first = group[0]
    analysis = first.analysis
    assert analysis is not None
    document = analysed.document
    sentence = document.sentences[first.token.sentence]
    forms = tuple(dict.fromkeys(item.token.text for item in group))
    lemma_zipf = max([zipf(analysis.lemma), *(item.zipf for item in group)])
    gloss = next(
        (item.analysis.gloss for item in group if item.analysis and item.analysis.gloss), ""
    )
    return VocabularyEntry(
        lemma=analysis.lemma,
        lemma_vocalized=analysis.lemma_vocalized,
        gloss=gloss,
        pos=analysis.pos,
        root=analysis.root,
        count=len(group),
        zipf=round(lemma_zipf, 2),
        level=level_for_zipf(lemma_zipf),
        example=Span(sentence.start, sentence.end),
        example_text=document.text[sentence.start : sentence.end],
        first_token=first.token.index,
        forms=forms,
    )
