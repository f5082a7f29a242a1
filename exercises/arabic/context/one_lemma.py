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

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.text.normalize import normalize_key

_NOMINAL = frozenset({"NOUN", "ADJ"})
_PROCLITICS = frozenset({"wa/CONJ", "fa/CONJ", "bi/PREP", "li/PREP", "ka/PREP", "Al/DET"})


def one_lemma_per_word(
    words: Sequence[tuple[str, Sequence[Analysis]]], chosen: Sequence[Analysis | None]
) -> list[Analysis | None]:
    """``chosen`` with each nominal word read as the lemma it has most often in the text."""
    keys = [
        _word_key(written, analysis) for (written, _), analysis in zip(words, chosen, strict=True)
    ]
    votes: dict[str, Counter[str]] = {}
    for key, analysis in zip(keys, chosen, strict=True):
        if key is not None and analysis is not None:
            votes.setdefault(key, Counter())[analysis.lemma_id] += 1
    result = list(chosen)
    for position, (key, analysis) in enumerate(zip(keys, chosen, strict=True)):
        if key is None or analysis is None or len(votes[key]) < 2:
            continue
        winner = votes[key].most_common(1)[0][0]  # first seen wins a tie
        if winner == analysis.lemma_id:
            continue
        result[position] = next(
            (
                reading
                for reading in words[position][1]
                if reading.lemma_id == winner
                and reading.pos == analysis.pos
                and reading.prefixes == analysis.prefixes
                and reading.suffixes == analysis.suffixes
            ),
            analysis,
        )
    return result


def _word_key(written: str, analysis: Analysis | None) -> str | None:
    """The word without its proclitics, for a nominal reading; None otherwise."""
    if analysis is None or analysis.pos not in _NOMINAL:
        return None
    if not set(analysis.prefixes) <= _PROCLITICS:
        return None
    return f"{analysis.pos} {normalize_key(written)[len(analysis.prefix_text) :]}"
