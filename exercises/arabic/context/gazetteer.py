"""Well-known multiword proper names (الولايات المتحدة، مجلس الأمن، البحر الأحمر).

The lexicon reads each word of such a name as a common word: الولايات as the plural of وِلايَة,
البحر as بَحْر. The Arabic UD treebanks tag the nouns inside a name PROPN and keep its
adjectives ADJ (الولايات/PROPN المتحدة/ADJ، البحر/PROPN الأحمر/ADJ), so a match in the
gazetteer (``data/words/multiword_names.txt``) changes the part of speech and keeps the lemma.
The first word of a name may carry proclitics: و، ف، ب، ك، ل (للولايات المتحدة، وجنوب أفريقيا).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.reading_traits import adjective_capable, is_strong_adjective
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines

Gazetteer = Mapping[str, tuple[tuple[str, ...], ...]]  # first key -> the names' other keys

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")


def build_gazetteer(names: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Index multiword names by their first word, longest names first.

    Args:
        names: names written as in running text, words separated by spaces; names of one
            word, blank lines and ``#`` comments are skipped.

    Returns:
        The normalized key of each first word, mapped to the keys of the following words of
        every name it begins.
    """
    index: dict[str, set[tuple[str, ...]]] = {}
    for line in names:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keys = tuple(normalize_key(word) for word in line.split())
        if len(keys) < 2:
            continue
        index.setdefault(keys[0], set()).add(keys[1:])
    return {
        first: tuple(sorted(rests, key=lambda rest: (-len(rest), rest)))
        for first, rests in index.items()
    }


@lru_cache(maxsize=1)
def default_gazetteer() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The gazetteer shipped in ``data/words/multiword_names.txt``, loaded once."""
    return build_gazetteer(lines("multiword_names"))


def first_word_variants(key: str) -> Iterator[str]:
    """The key of a name's first word under its possible proclitics: للولايات -> الولايات."""
    yield key
    stems = [key]
    if key.startswith(_CONJUNCTIONS) and len(key) > 2:
        stems.append(key[1:])
        yield key[1:]
    for stem in stems:
        if stem.startswith(_PREPOSITIONS) and len(stem) > 2:
            rest = stem[1:]
            yield rest
            if stem[0] == "ل" and rest.startswith("ل"):
                yield "ا" + rest  # ل + ال is written لل


def mark_gazetteer_names(
    words: Sequence[tuple[str, Sequence[Analysis]]],
    chosen: list[Analysis | None],
    *,
    sentence_starts: frozenset[int] = frozenset(),
    keys: Sequence[str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Analysis | None]:
    """Tag the words of the well-known names found in the text.

    Args:
        words: the text's word tokens in order, each with its written form and its readings.
        chosen: the reading chosen for each word.
        sentence_starts: positions that begin a sentence; a name does not cross them.
        keys: the words' normalized keys, when already computed.
        gazetteer: names indexed by :func:`build_gazetteer`; the shipped list by default.

    Returns:
        The readings, with the nouns of every matched name PROPN and its adjectives ADJ.
    """
    if keys is None:
        keys = [normalize_key(written) for written, _ in words]
    if gazetteer is None:
        gazetteer = default_gazetteer()
    result = list(chosen)
    candidates: dict[str, tuple[tuple[str, ...], ...]] = {}  # key -> its names' rests
    position = 0
    while position < len(words):
        rests = candidates.get(keys[position])
        if rests is None:
            rests = _candidates(keys[position], gazetteer, candidates)
        if not rests:
            position += 1
            continue
        length = _match_length(keys, position, sentence_starts, gazetteer)
        if not length:
            position += 1
            continue
        for inside in range(position, position + length):
            analysis = result[inside]
            if analysis is None:
                continue
            if inside > position and _adjective(analysis):
                if analysis.pos != "ADJ":
                    result[inside] = dataclasses.replace(analysis, pos="ADJ")
            elif analysis.pos != "PROPN":
                result[inside] = dataclasses.replace(analysis, pos="PROPN")
        position += length
    return result


def _candidates(
    key: str, gazetteer: Gazetteer, candidates: dict[str, tuple[tuple[str, ...], ...]]
) -> tuple[tuple[str, ...], ...]:
    """Every rest of a name whose first word the key can be, in :func:`_match_length` order."""
    rests = tuple(rest for first in first_word_variants(key) for rest in gazetteer.get(first, ()))
    candidates[key] = rests
    return rests


def _match_length(
    keys: Sequence[str], position: int, sentence_starts: frozenset[int], gazetteer: Gazetteer
) -> int:
    for first in first_word_variants(keys[position]):
        for rest in gazetteer.get(first, ()):
            end = position + 1 + len(rest)
            if end > len(keys) or any(p in sentence_starts for p in range(position + 1, end)):
                continue
            if tuple(keys[position + 1 : end]) == rest:
                return 1 + len(rest)
    return 0


def _adjective(analysis: Analysis) -> bool:
    """An adjective completing a name: chosen as one, or a nisba, participle or elative."""
    if analysis.pos == "ADJ" or is_strong_adjective(analysis):
        return True
    return analysis.pos == "NOUN" and adjective_capable(analysis)
