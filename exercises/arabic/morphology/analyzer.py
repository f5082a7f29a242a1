"""Every morphological analysis of a written Arabic word, from the Buckwalter lexicon.

A word is split every possible way into prefix + stem + suffix; a split is an analysis when the
lexicon knows all three parts and its compatibility tables accept the three pairs. Results are
cached per written form, so a text pays for each distinct word once.
"""

from __future__ import annotations

from functools import cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.lexicon import Affix, Lexicon, Stem, default_lexicon
from exercises.arabic.text.normalize import lookup_form, normalize_key

# Written forms whose readings an analyser keeps; past it, it starts afresh.
_CACHE_LIMIT = 300_000


class Analyzer:
    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self._cache: dict[str, tuple[Analysis, ...]] = {}

    def analyze(self, word: str) -> tuple[Analysis, ...]:
        """All analyses of ``word`` (vowel marks in the input are ignored), lexicon order."""
        form = lookup_form(word)
        cached = self._cache.get(form)
        if cached is not None:
            return cached
        analyses = tuple(self._analyze_form(form, exact=True))
        if not analyses:
            # News text often drops hamzas and writes ى for ي: try the lexicon's stems that
            # share the normalized key (الى -> إلى، اعوام -> أعوام).
            analyses = tuple(self._analyze_form(form, exact=False))
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[form] = analyses
        return analyses

    def _analyze_form(self, form: str, *, exact: bool) -> list[Analysis]:
        lexicon = self.lexicon
        prefixes, suffixes = lexicon.prefixes, lexicon.suffixes
        ab, ac, bc = lexicon.ab_by_prefix, lexicon.ac_by_prefix, lexicon.bc_by_stem
        empty: frozenset[str] = frozenset()
        length = len(form)
        found: list[Analysis] = []
        seen: set[tuple[str, str, str, str]] = set()
        for prefix_length in range(0, min(lexicon.max_prefix, length - 1) + 1):
            prefix_entries = prefixes.get(form[:prefix_length])
            if not prefix_entries:
                continue
            for suffix_length in range(0, min(lexicon.max_suffix, length - prefix_length - 1) + 1):
                suffix_entries = suffixes.get(form[length - suffix_length :])
                if not suffix_entries:
                    continue
                stem_text = form[prefix_length : length - suffix_length]
                for stem_written in self._stem_candidates(stem_text, exact):
                    stems = lexicon.stems[stem_written]
                    for prefix in prefix_entries:
                        stem_categories = ab.get(prefix.category, empty)
                        suffix_categories = ac.get(prefix.category, empty)
                        for stem in stems:
                            if stem.category not in stem_categories:
                                continue
                            with_stem = bc.get(stem.category, empty)
                            for suffix in suffix_entries:
                                category = suffix.category
                                if category not in suffix_categories or category not in with_stem:
                                    continue
                                vocalized = prefix.vocalized + stem.vocalized + suffix.vocalized
                                identity = (vocalized, stem.lemma_id, stem.category, stem.tag)
                                if identity not in seen:
                                    seen.add(identity)
                                    found.append(_analysis(prefix, stem, suffix, vocalized))
        return found

    def _stem_candidates(self, stem_text: str, exact: bool) -> list[str]:
        if exact:
            return [stem_text] if stem_text in self.lexicon.stems else []
        return self.lexicon.stems_by_key.get(normalize_key(stem_text), [])


def _analysis(prefix: Affix, stem: Stem, suffix: Affix, vocalized: str) -> Analysis:
    return Analysis(
        lemma=stem.lemma,
        lemma_vocalized=stem.lemma_vocalized,
        vocalized=vocalized,
        pos=stem.upos,
        tag=f"{stem.category}/{stem.tag}",
        stem=stem.written,
        prefixes=prefix.tags + stem.inner_prefixes if stem.inner_prefixes else prefix.tags,
        suffixes=stem.inner_suffixes + suffix.tags if stem.inner_suffixes else suffix.tags,
        gloss=stem.gloss,
        root=stem.root,
        lemma_id=stem.lemma_id,
        prefix_text=prefix.written,
        suffix_text=suffix.written,
    )


@cache
def default_analyzer() -> Analyzer:
    """The analyser over the full lexicon, shared by the whole process."""
    return Analyzer()
