"""The sense of a chosen reading: among the lexicon's entries for one lemma, the one the context means.

The Buckwalter lexicon files one lemma several times when it has several senses (تَقْرِير:
"decision; determination" and "report; account"); the choice of reading settles the lemma and
part of speech, and this module then chooses among the lemma's senses by context:

- sense priors: how often a sense is the right one in news;
- collocations: lemmas of the words around it in the sentence (أصدر تقريرا, حكم بالسجن) and
  the word's own proclitics (بصورة: "manner", written ``+ب``);
- the article's topic: the lemmas of the whole article, with a smaller weight.

Cues come from two data files: ``sense_cues.txt``, the project's own list (a sense by a word of
its gloss, its prior, its cue lemmas), and ``sense_cues_pud.txt``, counts learnt from UD Arabic
PUD (CC BY-SA 3.0) by ``scripts/build_sense_cues.py``: a word's English translation in PUD's
``# text_en`` tells which gloss is right. A word with no cue keeps the reading it was given.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from exercises.arabic import wordlists
from exercises.arabic.analysis_types import Analysis
from exercises.arabic.morphology.lexicon import default_lexicon
from exercises.arabic.text.normalize import normalize_key

# How far (in words, within the sentence) a neighbour counts as a collocation.
WINDOW = 3
# A verb's object may stand further on (قد أطلقت منذ فاتح نونبر برنامج ...): its meaning cues
# are looked for this many words after it.
OBJECT_WINDOW = 6
ADDED_MARK = "+"  # a gloss word "+launch": a sense the lexicon's entry lacks
PRIOR_WEIGHT = 0.5
NEAR_WEIGHT = 2.0
LEARNT_NEAR_WEIGHT = 1.0
TOPIC_WEIGHT = 0.3
CLITIC_MARK = "+"  # a cue "+ب" is the word's own proclitic ب
HAND_FILE = "sense_cues"
LEARNT_FILE = "sense_cues_pud"


@dataclass(frozen=True, slots=True)
class SenseCues:
    """What tells one sense: its prior weight and its cue lemmas (keys) with their weights."""

    prior: float
    cues: dict[str, float]


@dataclass(frozen=True, slots=True)
class Cues:
    hand: dict[str, tuple[tuple[str, SenseCues], ...]]  # lemma key -> (gloss word, cues)
    learnt: dict[str, SenseCues]  # lemma id -> cues


def sense_candidates(chosen: Analysis, readings: Sequence[Analysis]) -> list[Analysis]:
    """The readings of the word that are the chosen lemma in another sense, chosen first.

    A sense is another lexicon entry (lemma id) of the same vowelled lemma and lexicon POS,
    with another gloss; the stems of one entry (a passive "be known", a plural "hours") are
    forms of one sense, not senses.
    """
    identity = chosen.lemma_vocalized  # the lexicon's, in NFC
    if identity not in _lemmas_with_senses():
        return [chosen]  # most words: one entry for their lemma
    passive = "_Pass" in chosen.tag
    pos = _lexicon_pos(chosen)
    best: dict[str, Analysis] = {}
    for reading in readings:
        if reading.lemma_id == chosen.lemma_id or not reading.gloss:
            continue
        if _lexicon_pos(reading) != pos or reading.prefix_text != chosen.prefix_text:
            continue
        if ("_Pass" in reading.tag) != passive or reading.lemma_vocalized != identity:
            continue
        if reading.gloss[:1].isupper() != chosen.gloss[:1].isupper():
            continue  # a name (Tanzim, Hakam) is not a sense of the common word
        held = best.get(reading.lemma_id)
        if held is None or _likeness(reading, chosen) > _likeness(held, chosen):
            best[reading.lemma_id] = reading
    found = [chosen]
    glosses = {chosen.gloss}
    for reading in best.values():
        if reading.gloss not in glosses:
            found.append(reading)
            glosses.add(reading.gloss)
    return found


def _lexicon_pos(reading: Analysis) -> str:
    # The lexicon's part of speech: context may have retold the UPOS (a noun used as an
    # adjective, a common noun inside a name), and the senses are the lexicon's.
    return reading.tag.rsplit("/", 1)[-1]


def _likeness(reading: Analysis, chosen: Analysis) -> tuple[bool, bool]:
    return (reading.vocalized == chosen.vocalized, reading.tag == chosen.tag)


def choose_senses(
    readings: Sequence[Sequence[Analysis]],
    chosen: Sequence[Analysis | None],
    sentence_of: Sequence[int],
) -> list[Analysis | None]:
    """Each word's sense in context; the others go to its reading's ``other_glosses``.

    Args:
        readings: every reading of each word, in text order.
        chosen: the reading chosen for each word (None when there is none).
        sentence_of: the sentence index of each word.

    Returns:
        The chosen readings, each replaced by the reading of its chosen sense.
    """
    keys = [_context_key(analysis) for analysis in chosen]
    topic = frozenset(key for key in keys if key)
    cues = load_cues()
    result: list[Analysis | None] = []
    with_senses = _lemmas_with_senses()
    for position, analysis in enumerate(chosen):
        if analysis is None:
            result.append(analysis)
            continue
        candidates = (
            sense_candidates(analysis, readings[position])
            if analysis.lemma_vocalized in with_senses
            else [analysis]
        )
        if len(candidates) == 1:
            if keys[position] in cues.hand:  # one entry, several meanings in its gloss
                near = _near(keys, sentence_of, position, analysis)
                analysis = _meaning_first(
                    analysis, near | _object(keys, sentence_of, position, analysis), cues
                )
            result.append(analysis)
            continue
        near = _near(keys, sentence_of, position, analysis)
        scores = [_score(candidate, near, topic, cues) for candidate in candidates]
        best = max(range(len(candidates)), key=lambda index: (scores[index], -index))
        winner = _meaning_first(
            candidates[best], near | _object(keys, sentence_of, position, analysis), cues
        )
        others = tuple(c.gloss for index, c in enumerate(candidates) if index != best)
        # The sense changes the meaning, never the part of speech context gave the word.
        result.append(dataclasses.replace(winner, pos=analysis.pos, other_glosses=others))
    return result


def _near(
    keys: list[str], sentence_of: Sequence[int], position: int, analysis: Analysis
) -> set[str]:
    near = _near_keys(keys, sentence_of, position)
    near.add(CLITIC_MARK + normalize_key(analysis.prefix_text))
    return near


def _object(
    keys: list[str], sentence_of: Sequence[int], position: int, analysis: Analysis
) -> set[str]:
    """The words after a verb, where its object stands (أطلق ... مبادرة): none for other words."""
    if analysis.pos != "VERB":
        return set()
    sentence = sentence_of[position]
    end = min(len(keys), position + OBJECT_WINDOW + 1)
    return {keys[i] for i in range(position + 1, end) if keys[i] and sentence_of[i] == sentence}


def _meaning_first(analysis: Analysis, near: set[str], cues: Cues) -> Analysis:
    """An entry whose gloss lists several meanings (جَوْلَة: "tour; patrol; round") shows first
    the one a listed cue near it points to (الجولة الثانية من المفاوضات: "round"). A sense the
    entry lacks (أطلق مبادرة: "launch", listed "+launch") replaces its gloss, which becomes one
    of its other senses."""
    parts = analysis.gloss.split("; ")
    for word, sense in cues.hand.get(normalize_key(analysis.lemma), ()):
        if word.startswith(ADDED_MARK):
            if not near.isdisjoint(sense.cues):
                return dataclasses.replace(
                    analysis,
                    gloss=word[len(ADDED_MARK) :],
                    other_glosses=(analysis.gloss, *analysis.other_glosses),
                )
            continue
        if word in analysis.gloss and not near.isdisjoint(sense.cues):
            place = next((i for i, part in enumerate(parts) if word in part), 0)
            if place:
                gloss = "; ".join([parts[place], *parts[:place], *parts[place + 1 :]])
                return dataclasses.replace(analysis, gloss=gloss)
            return analysis
    return analysis


def sense_score(
    candidate: Analysis, near: set[str], topic: frozenset[str], cues: Cues | None = None
) -> float:
    """How well a sense fits words near it (keys) and the article's topic (keys), by the
    shipped cues or by ``cues`` (the evaluation's, learnt without the part it scores)."""
    return _score(candidate, near, topic, cues or load_cues())


def _score(candidate: Analysis, near: set[str], topic: frozenset[str], cues: Cues) -> float:
    score = 0.0
    for sense in _hand_senses(candidate, cues):
        score += PRIOR_WEIGHT * math.log1p(sense.prior)
        for key, weight in sense.cues.items():
            if key in near:
                score += NEAR_WEIGHT * weight
            elif key in topic:
                score += TOPIC_WEIGHT * weight
    learnt = cues.learnt.get(candidate.lemma_id)
    if learnt is not None:
        score += PRIOR_WEIGHT * math.log1p(learnt.prior)
        for key, count in learnt.cues.items():
            if key in near:
                score += LEARNT_NEAR_WEIGHT * math.log1p(count)
    return score


def _hand_senses(candidate: Analysis, cues: Cues) -> list[SenseCues]:
    listed = cues.hand.get(normalize_key(candidate.lemma), ())
    return [sense for word, sense in listed if word in candidate.gloss]


def _near_keys(keys: list[str], sentence_of: Sequence[int], position: int) -> set[str]:
    sentence = sentence_of[position]
    start, end = max(0, position - WINDOW), min(len(keys), position + WINDOW + 1)
    return {
        keys[other]
        for other in range(start, end)
        if other != position and keys[other] and sentence_of[other] == sentence
    }


def _context_key(analysis: Analysis | None) -> str:
    return normalize_key(analysis.lemma) if analysis is not None else ""


@cache
def _lemmas_with_senses() -> frozenset[str]:
    """The vowelled lemmas the full lexicon files more than once (a set looked up per word)."""
    entries = Counter(stem.lemma_vocalized for stem in default_lexicon().lemmas_by_id.values())
    return frozenset(lemma for lemma, count in entries.items() if count > 1)


@cache
def load_cues() -> Cues:
    """The two cue files, read once per process."""
    hand: dict[str, list[tuple[str, SenseCues]]] = {}
    for line in wordlists.lines(HAND_FILE):
        lemma, word, prior, *cue_words = line.split("\t")
        cues = {normalize_key(cue) if not cue.startswith(CLITIC_MARK) else cue: 1.0
                for cue in " ".join(cue_words).split()}  # fmt: skip
        hand.setdefault(normalize_key(lemma.strip()), []).append(
            (word.strip(), SenseCues(float(prior), cues))
        )
    learnt: dict[str, SenseCues] = {}
    for line in wordlists.lines(LEARNT_FILE):
        lemma_id, prior, *pairs = line.split("\t")
        counts = {}
        for pair in " ".join(pairs).split():
            key, _, count = pair.rpartition(":")
            counts[key] = float(count)
        learnt[lemma_id] = SenseCues(float(prior), counts)
    return Cues({key: tuple(value) for key, value in hand.items()}, learnt)
