"""Questions to the morphological analyzer that decide whether an item can be trusted."""

from __future__ import annotations

from exercises.arabic.analysis_types import CONTENT_POS, Analysis, AnalyzedToken
from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.text.sounds_like import sounds_like
from exercises.arabic.wordlists import word_list

ROOTED_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


def parses_as(
    analyzer: Analyzer,
    form: str,
    *,
    pos: str,
    prefixes: tuple[str, ...],
    suffixes: tuple[str, ...],
    lemma_id: str | None = None,
    stem: str | None = None,
) -> bool:
    """True when some reading of ``form`` has this POS and exactly these clitic tags.

    With ``stem``, the reading must also spell the stem with exactly those letters: the
    analyzer forgives a missing hamza (اثرت for أثرت), a distractor must not need forgiving.
    """
    return any(
        reading.pos == pos
        and reading.prefixes == prefixes
        and reading.suffixes == suffixes
        and (lemma_id is None or reading.lemma_id == lemma_id)
        and (stem is None or reading.stem == stem)
        for reading in analyzer.analyze(form)
    )


def is_unambiguous(analyzer: Analyzer, form: str, chosen: Analysis) -> bool:
    """Every reading of the written form is the chosen lemma and sense: its gloss is the meaning.

    Disambiguation in context is still imperfect; items that state a meaning or a root use only
    words where no choice had to be made.
    """
    readings = analyzer.analyze(form)
    return bool(readings) and all(
        reading.lemma_vocalized == chosen.lemma_vocalized
        and reading.pos == chosen.pos
        # one spelling, two senses (شوط: progress / half of a match) is ambiguous too
        and (reading.lemma_id == chosen.lemma_id or reading.gloss == chosen.gloss)
        for reading in readings
    )


def sure_root(analyzer: Analyzer, form: str, chosen: Analysis) -> str:
    """The chosen root when every content reading of the form has that same root, else ""."""
    if not chosen.root or chosen.pos not in ROOTED_POS:
        return ""
    readings = analyzer.analyze(form)
    if any(reading.pos == "PROPN" for reading in readings):
        return ""
    roots = {reading.root for reading in readings if reading.pos in CONTENT_POS}
    return chosen.root if roots == {chosen.root} else ""


def possible_roots(analyzer: Analyzer, form: str) -> frozenset[str]:
    return frozenset(reading.root for reading in analyzer.analyze(form) if reading.root)


def is_loanword(text: str) -> bool:
    """Borrowed words (كورونا، بورصة): the lexicon gives them roots and readings they lack."""
    key = normalize_key(text)
    cores = {key}
    for proclitic in ("و", "ف", "ب", "ل", "ك"):
        if key.startswith(proclitic):
            cores.add(key[1:])
    for core in list(cores):
        for article in ("ال", "ل"):
            if core.startswith(article):
                cores.add(core[len(article) :])
    return any(core.startswith(loan) for core in cores for loan in word_list("loanwords"))


def is_borrowed(item: AnalyzedToken) -> bool:
    """A loanword the list names, or one whose reading's gloss is the word in English letters
    (سيناريو "scenario"): read aloud, it gives its meaning away, and its "root" is made up."""
    analysis = item.analysis
    return is_loanword(item.token.text) or (
        analysis is not None and sounds_like(analysis.lemma, analysis.gloss)
    )
