"""The features a learned ranker reads for each candidate reading of a word in its sentence.

The candidates of a word are the analyser's readings, plus the rules' final choice when a
rewrite pass made a reading of its own (a name, a changed part of speech), plus that choice
with its part of speech changed within a group (NOUN, ADJ, PROPN and ADV, say), the
distinctions the rewrite passes decide. The features are what the rules compute (:mod:`.disambiguate`, :mod:`.scoring`): the
rules' first and final choice, each reading's rule score and prior, then the reading's part of
speech crossed with its clitics, tanween, definiteness, the neighbours' chosen parts of speech,
the neighbouring function words, title and name context and the sentence position. Every
feature is a name with a value; most values are 1.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.disambiguate import RuleTrace
from exercises.arabic.context.scoring import Context, scores
from exercises.arabic.morphology.priors import reading_prior
from exercises.arabic.morphology.reading_traits import definite, has_tanween, is_nominal
from exercises.arabic.text.layout import WordLayout

Features = dict[str, float]

# Parts of speech the rewrite passes and the treebanks' conventions exchange: the rules' final
# choice is also a candidate with each other part of speech of its group.
_EXCHANGED_POS = (("NOUN", "ADJ", "PROPN", "ADV"), ("VERB", "AUX"), ("ADP", "PART", "SCONJ"))
# Neighbours of these classes are named by their own form: في، لم، قد، أن، الذي.
_CLOSED_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "AUX", "INTJ"})
_SCORE_FLOOR = -6.0  # log10 units below the best reading: a hopeless reading
_RANK_CAP = 4
_EMPTY_CONTEXT = Context()


def candidates(readings: Sequence[Analysis], final: Analysis | None) -> list[Analysis]:
    """The readings a ranker chooses among for one word.

    Args:
        readings: the analyser's readings of the word.
        final: the rules' final choice for it.

    Returns:
        The readings, then the final choice if no reading equals it, then the final choice
        with each other part of speech of its group (NOUN, ADJ, PROPN, ADV; VERB, AUX; ADP,
        PART, SCONJ) not already offered.
    """
    return list(_candidates(tuple(readings), final))


@lru_cache(maxsize=65_536)
def _candidates(readings: tuple[Analysis, ...], final: Analysis | None) -> tuple[Analysis, ...]:
    if final is None:
        return readings
    result = list(readings)
    if final not in result:
        result.append(final)
    offered = {(reading.lemma_id, reading.pos) for reading in result}
    for group in _EXCHANGED_POS:
        if final.pos in group:
            for pos in group:
                if (final.lemma_id, pos) not in offered:
                    result.append(dataclasses.replace(final, pos=pos))
    return tuple(result)


def word_features(
    position: int,
    written: str,
    readings: Sequence[Analysis],
    options: Sequence[Analysis],
    trace: RuleTrace,
    layout: WordLayout,
) -> list[Features]:
    """The features of each candidate of the word at ``position``.

    Args:
        position: the word's index among the text's word tokens.
        written: the word as written.
        readings: the analyser's readings of the word.
        options: its candidates, as :func:`candidates` returns them.
        trace: what the rules computed over the text.
        layout: the text's sentences, clauses and numbers.

    Returns:
        One feature dictionary per candidate, in the order of ``options``.
    """
    context = trace.contexts[position] or _EMPTY_CONTEXT
    first = trace.first_pass[position]
    final = trace.final[position]
    rule_scores = scores(readings, context)
    best_score = max(rule_scores, default=0.0)
    priors = _priors(tuple(readings))
    best_prior = max(priors, default=0.0)
    shared = tuple(_word_context(position, written, trace, layout, context))
    result = []
    for option in options:
        try:
            rank = readings.index(option)
        except ValueError:
            rank = -1
        pos = option.pos
        features: Features = {"bias": 1.0, f"{pos}|form={trace.keys[position]}": 1.0}
        if option == final:
            features["rule.final"] = 1.0
            features[f"rule.final|{pos}"] = 1.0
            features[f"rule.final|{pos}|{shared[0]}"] = 1.0
        if first is not None and option.lemma_id == first.lemma_id and pos == first.pos:
            features["rule.first"] = 1.0
        if rank >= 0:
            features["rule.score"] = max(rule_scores[rank] - best_score, _SCORE_FLOOR)
            features[f"rule.score|{pos}"] = features["rule.score"]
            features["prior"] = max(priors[rank] - best_prior, _SCORE_FLOOR)
            features[f"rank={min(rank, _RANK_CAP)}"] = 1.0
        elif option == final:
            features[f"made_by_rules|{option.tag}"] = 1.0  # a name the rules found, say
        elif final is not None:
            features[f"pos_changed|{final.pos}>{pos}"] = 1.0
        for name in _crossed(pos, shared):
            features[name] = 1.0
        for name in _reading_traits(option):
            features[name] = 1.0
        features[f"{pos}|def={definite(option)}|marks={context.nominal_marks}"] = 1.0
        previous = trace.final[position - 1] if position > 0 else None
        if pos == "ADJ" and previous is not None and is_nominal(previous):
            features[f"ADJ|agree={definite(previous) == definite(option)}"] = 1.0
        result.append(features)
    return result


@lru_cache(maxsize=65_536)
def _priors(readings: tuple[Analysis, ...]) -> tuple[float, ...]:
    return tuple(reading_prior(reading) for reading in readings)


@lru_cache(maxsize=65_536)
def _crossed(pos: str, names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{pos}|{name}" for name in names)


def _word_context(
    position: int, written: str, trace: RuleTrace, layout: WordLayout, context: Context
) -> list[str]:
    """Names of what surrounds the word, each to be crossed with a candidate's POS."""
    start = position in layout.sentence_starts or position == 0
    clause_start = start or position in layout.clause_starts
    count = len(trace.final)
    end = position + 1 >= count or position + 1 in layout.sentence_starts
    previous = "<S>" if start else _neighbour(position - 1, trace)
    before_previous = (
        "<S>"
        if start or position - 1 in layout.sentence_starts or position < 2
        else _neighbour(position - 2, trace)
    )
    following = "</S>" if end else _neighbour(position + 1, trace)
    names = [
        f"prev={previous}",
        f"next={following}",
        f"prev={previous}|next={following}",
        f"prev2={before_previous}|prev={previous}",
        f"start={start}",
        f"clause_start={clause_start}",
        f"tanween={has_tanween(written)}",
    ]
    first, final = trace.first_pass[position], trace.final[position]
    if first is not None and final is not None and first.pos != final.pos:
        names.append(f"rewritten={first.pos}>{final.pos}")
    flags = (
        ("after_title", context.after_title),
        ("after_name", context.after_name),
        ("before_number", context.before_number),
        ("after_number", context.after_number),
        ("before_verb", context.before_verb),
        ("before_min", context.before_min),
        ("homograph", context.common_homograph),
        ("dotted_ya", context.final_dotted_ya),
    )
    names.extend(name for name, on in flags if on)
    return names


def _neighbour(position: int, trace: RuleTrace) -> str:
    """A neighbouring word as its chosen part of speech, or its form for a function word."""
    analysis = trace.final[position]
    if analysis is None:
        return "NONE"
    if analysis.pos in _CLOSED_POS and not analysis.prefixes:
        return f"{analysis.pos}:{trace.keys[position]}"
    article = "+def" if definite(analysis) else ""
    return f"{analysis.pos}{article}"


@lru_cache(maxsize=65_536)
def _reading_traits(analysis: Analysis) -> tuple[str, ...]:
    """Names of what a reading is, out of context: its POS with its tag, clitics, lemma."""
    pos = analysis.pos
    stem_tag = analysis.tag.rsplit("/", 1)[-1]
    prefixes = "+".join(tag.rsplit("/", 1)[-1] for tag in analysis.prefixes) or "-"
    suffixes = "+".join(tag.rsplit("/", 1)[-1].split("_")[0] for tag in analysis.suffixes) or "-"
    return (
        f"pos={pos}",
        f"{pos}|tag={stem_tag}",
        f"{pos}|pre={prefixes}",
        f"{pos}|suf={suffixes}",
        f"{pos}|lemma={analysis.lemma_id}",
    )


def text_features(
    words: Sequence[tuple[str, Sequence[Analysis]]], trace: RuleTrace, layout: WordLayout
) -> list[tuple[list[Analysis], list[Features]]]:
    """Every word's candidates with their features.

    Args:
        words: the text's words, each with its readings.
        trace: the rules' trace over the same words.
        layout: the text's layout.

    Returns:
        For each word, its candidates and one feature dictionary per candidate.
    """
    result = []
    for position, (written, readings) in enumerate(words):
        options = candidates(readings, trace.final[position])
        if len(options) < 2:
            result.append((options, [{} for _ in options]))
            continue
        result.append((options, word_features(position, written, readings, options, trace, layout)))
    return result
