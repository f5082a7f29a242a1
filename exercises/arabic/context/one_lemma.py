"""One lemma per word in an article, whatever its proclitics.

The one-reading-per-form pass keeps one lemma per written form; the same word with other
proclitics (المؤسسة، للمؤسسة، مؤسسة) is another form, and context could read it as another
lemma of the same letters (مُؤَسَّسَة institution / مُؤَسِّسَة founding). Here the word
without its conjunction, preposition and article keeps, across the article, the lemma it was
read as most often (the first seen on a tie) with the same part of speech (noun or
adjective). Words of one spelling read as different parts of speech (تَراجَعَ / التَّراجُع,
العام year / general) stay apart: there context told them apart. A word switches only to a reading with its own clitics and suffixes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.text.normalize import normalize_key

_NOMINAL = frozenset({"NOUN", "ADJ"})
_PROCLITICS = frozenset({"wa/CONJ", "fa/CONJ", "bi/PREP", "li/PREP", "ka/PREP", "Al/DET"})


def one_lemma_per_word(
    words: Sequence[tuple[str, Sequence[Analysis]]], chosen: Sequence[Analysis | None]
) -> list[Analysis | None]:
    """``chosen`` with each nominal word read as the lemma it has most often in the text."""
    keys: list[str | None] = [None] * len(chosen)
    votes: dict[str, Counter[str]] = {}
    for position, analysis in enumerate(chosen):
        key = _word_key(words[position][0], analysis)
        if key is not None and analysis is not None:
            keys[position] = key
            votes.setdefault(key, Counter())[analysis.lemma_id] += 1
    result = list(chosen)
    winners = {
        key: counts.most_common(1)[0][0]  # the first seen wins a tie
        for key, counts in votes.items()
        if len(counts) > 1
    }
    if not winners:
        return result
    for position, key in enumerate(keys):
        analysis = chosen[position]
        winner = winners.get(key) if key is not None else None
        if winner is not None and analysis is not None and analysis.lemma_id != winner:
            result[position] = _same_shape(words[position][1], analysis, winner)
    return result


def _same_shape(readings: Sequence[Analysis], analysis: Analysis, lemma_id: str) -> Analysis:
    """The reading of ``lemma_id`` with the part of speech, clitics and suffixes of
    ``analysis``; ``analysis`` itself when there is none."""
    return next(
        (
            reading
            for reading in readings
            if reading.lemma_id == lemma_id
            and reading.pos == analysis.pos
            and reading.prefixes == analysis.prefixes
            and reading.suffixes == analysis.suffixes
        ),
        analysis,
    )


def _word_key(written: str, analysis: Analysis | None) -> str | None:
    """The word without its proclitics, for a nominal reading; None otherwise."""
    if analysis is None or analysis.pos not in _NOMINAL:
        return None
    if analysis.prefixes and not _PROCLITICS.issuperset(analysis.prefixes):
        return None
    return _key(written, analysis.pos, len(analysis.prefix_text))


@lru_cache(maxsize=65_536)
def _key(written: str, pos: str, prefix_length: int) -> str:
    return f"{pos} {normalize_key(written)[prefix_length:]}"
