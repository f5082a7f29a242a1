"""Every morphological analysis of a written Arabic word, from the Buckwalter lexicon.

A word is split every possible way into prefix + stem + suffix; a split is an analysis when the
lexicon knows all three parts and its compatibility tables accept the three pairs. Results are
cached per written form, so a text pays for each distinct word once.
"""

from __future__ import annotations

from exercises.arabic.lexicon import Affix, Lexicon, Stem, default_lexicon
from exercises.arabic.normalize import lookup_form, normalize_key
from exercises.arabic.types import Analysis

_EMPTY: tuple[Analysis, ...] = ()


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
        self._cache[form] = analyses
        return analyses

    def _analyze_form(self, form: str, *, exact: bool):
        lexicon = self.lexicon
        length = len(form)
        seen: set[tuple[str, str, str]] = set()
        for prefix_length in range(0, min(lexicon.max_prefix, length - 1) + 1):
            prefix = form[:prefix_length]
            prefix_entries = lexicon.prefixes.get(prefix)
            if not prefix_entries:
                continue
            for suffix_length in range(0, min(lexicon.max_suffix, length - prefix_length - 1) + 1):
                suffix = form[length - suffix_length :]
                suffix_entries = lexicon.suffixes.get(suffix)
                if not suffix_entries:
                    continue
                stem_text = form[prefix_length : length - suffix_length]
                for stem_written in self._stem_candidates(stem_text, exact):
                    for analysis in self._combine(
                        prefix_entries, lexicon.stems[stem_written], suffix_entries
                    ):
                        identity = (analysis.vocalized, analysis.lemma_id, analysis.tag)
                        if identity not in seen:
                            seen.add(identity)
                            yield analysis

    def _stem_candidates(self, stem_text: str, exact: bool) -> list[str]:
        if exact:
            return [stem_text] if stem_text in self.lexicon.stems else []
        return self.lexicon.stems_by_key.get(normalize_key(stem_text), [])

    def _combine(self, prefixes: list[Affix], stems: list[Stem], suffixes: list[Affix]):
        table_ab, table_ac, table_bc = (
            self.lexicon.table_ab,
            self.lexicon.table_ac,
            self.lexicon.table_bc,
        )
        for prefix in prefixes:
            for stem in stems:
                if (prefix.category, stem.category) not in table_ab:
                    continue
                for suffix in suffixes:
                    if (prefix.category, suffix.category) not in table_ac:
                        continue
                    if (stem.category, suffix.category) not in table_bc:
                        continue
                    yield _analysis(prefix, stem, suffix)


def _analysis(prefix: Affix, stem: Stem, suffix: Affix) -> Analysis:
    return Analysis(
        lemma=stem.lemma,
        lemma_vocalized=stem.lemma_vocalized,
        vocalized=prefix.vocalized + stem.vocalized + suffix.vocalized,
        pos=stem.upos,
        tag=f"{stem.category}/{stem.tag}",
        stem=stem.written,
        prefixes=prefix.tags,
        suffixes=suffix.tags,
        gloss=stem.gloss,
        root=stem.root,
        lemma_id=stem.lemma_id,
        prefix_text=prefix.written,
        suffix_text=suffix.written,
    )


_default_analyzer: Analyzer | None = None


def default_analyzer() -> Analyzer:
    global _default_analyzer
    if _default_analyzer is None:
        _default_analyzer = Analyzer()
    return _default_analyzer
