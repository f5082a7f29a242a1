"""The lexicon's content stems grouped by shape and sorted by frequency, for distractors."""

from __future__ import annotations

import bisect
import math
from functools import lru_cache

from wordfreq import get_frequency_dict, get_frequency_list

from exercises.arabic.morphology.lexicon import Lexicon, Stem
from exercises.arabic.text.normalize import bare

_MIN_LEXICON_ZIPF = 3.0


class LexiconIndex:
    """Stems grouped by category and part of speech, sorted by the Zipf of their lemma."""

    def __init__(self, lexicon: Lexicon) -> None:
        frequencies = get_frequency_dict("ar")
        by_shape: dict[tuple[str, str], list[tuple[float, str, Stem]]] = {}
        by_lemma: dict[str, list[Stem]] = {}
        spellings: set[tuple[str, str]] = set()
        for written, stems in lexicon.stems.items():
            for stem in stems:
                by_lemma.setdefault(stem.lemma_id, []).append(stem)
                spellings.add((stem.lemma_id, written))
                if stem.upos not in ("NOUN", "VERB", "ADJ", "ADV"):
                    continue
                frequency = frequencies.get(stem.lemma) or frequencies.get(bare(written))
                zipf = math.log10(frequency) + 9 if frequency else 0.0
                if zipf >= _MIN_LEXICON_ZIPF:
                    by_shape.setdefault((stem.category, stem.upos), []).append(
                        (round(zipf, 2), stem.lemma_id, stem)
                    )
        for entries in by_shape.values():
            entries.sort(key=lambda entry: (entry[0], entry[1], entry[2].written))
        self.by_shape = by_shape
        self.by_lemma = by_lemma
        self.spellings = frozenset(spellings)
        release_wordfreq_lists()

    def well_spelled(self, stem: Stem) -> bool:
        """The lexicon lists careless spellings beside the standard ones: a bare alef for a
        hamza (ارجل beside أرجل, تاثير beside تأثير) or a hamza on the wasl alef of forms
        VII-X (إبتكار for ابتكار). Never show those to a learner."""
        written = stem.written
        if written[:1] == "إ" and stem.lemma[:1] == "ا":
            return False
        if written[:1] == "ا" and stem.lemma[:1] in ("أ", "إ", "آ"):
            return False
        for position, letter in enumerate(written):
            if letter != "ا":
                continue
            for seat in "أإآ":
                if (stem.lemma_id, written[:position] + seat + written[position + 1 :]) in (
                    self.spellings
                ):
                    return False  # تاثير beside تأثير
        return True

    def near(
        self, category: str, upos: str, zipf: float, window: float
    ) -> list[tuple[float, Stem]]:
        entries = self.by_shape.get((category, upos), [])
        low = bisect.bisect_left(entries, (zipf - window,))
        high = bisect.bisect_right(entries, (zipf + window, "\uffff"))
        return [(entry[0], entry[2]) for entry in entries[low:high]]


@lru_cache(maxsize=4)
def lexicon_index(lexicon: Lexicon) -> LexiconIndex:
    """The index of a lexicon, built once per process; a few lexicons at most are kept."""
    return LexiconIndex(lexicon)


def release_wordfreq_lists() -> None:
    """Let go of the word lists wordfreq keeps for the process once read: its Arabic list, as
    lists and as a dict, is some 70 MB of small objects, read here and when the Zipf table is
    built (``frequency.zipf_table``), then never again."""
    get_frequency_dict.cache_clear()
    get_frequency_list.cache_clear()
