"""A learned choice among a word's candidate readings: a linear model over :mod:`.features`.

The model is an averaged perceptron (Collins 2002) over each word's candidates: a candidate's
score is the sum of its features' weights times their values, and the highest scores wins.
Its features include the rules' own choice and score, so it starts from the rules and learns
where they go wrong. Training is :func:`train` (run by ``scripts/train_disambiguator.py`` over
UD Arabic PUD); the weights ship as ``data/disambiguator.json`` and are loaded once.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.disambiguate import rule_trace
from exercises.arabic.context.features import Features, text_features
from exercises.arabic.text.layout import WordLayout

WEIGHTS_FILE = "disambiguator.json"
EPOCHS = 12
SEED = 13


@dataclass(frozen=True, slots=True)
class Instance:
    """One word to learn from: its candidates' features and which candidates are right."""

    features: tuple[Features, ...]
    right: frozenset[int]  # indices of the right candidates; never empty


class Ranker:
    """A weight per feature name; a candidate's score is the weighted sum of its features."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def scores(self, options: Sequence[Features]) -> list[float]:
        weights = self.weights
        return [
            sum(weights.get(name, 0.0) * value for name, value in features.items())
            for features in options
        ]

    def best(self, options: Sequence[Features]) -> int:
        """The index of the highest-scoring candidate; the first one on a tie."""
        values = self.scores(options)
        return max(range(len(values)), key=values.__getitem__)

    def to_json(self, path: str | Path, *, metadata: dict[str, object]) -> None:
        """Write the weights (rounded, zeros left out) with a note of how they were made."""
        weights = {name: round(value, 4) for name, value in sorted(self.weights.items())}
        payload = {"about": metadata, "weights": {k: v for k, v in weights.items() if v}}
        Path(path).write_text(
            json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
            encoding="utf-8",
        )


@cache
def default_ranker() -> Ranker:
    """The shipped ranker, read once from ``data/disambiguator.json``."""
    source = resources.files("exercises.arabic").joinpath("data", WEIGHTS_FILE)
    return Ranker(json.loads(source.read_text(encoding="utf-8"))["weights"])


def rerank(
    words: Sequence[tuple[str, Sequence[Analysis]]],
    layout: WordLayout | None = None,
    ranker: Ranker | None = None,
) -> list[Analysis | None]:
    """One reading per word, chosen by the learned ranker over the rules' trace.

    Args:
        words: the text's word tokens in order, each with its written form and its readings.
        layout: the text's layout, as for :func:`.disambiguate.disambiguate`.
        ranker: the model; the shipped one by default.

    Returns:
        The chosen reading for each word, ``None`` where the lexicon has none.
    """
    layout = layout or WordLayout.one_sentence()
    ranker = ranker or default_ranker()
    trace = rule_trace(words, layout)
    chosen: list[Analysis | None] = []
    for (options, features), final in zip(
        text_features(words, trace, layout), trace.final, strict=True
    ):
        if len(options) < 2:
            chosen.append(final)
        else:
            chosen.append(options[ranker.best(features)])
    return chosen


def train(instances: Sequence[Instance], *, epochs: int = EPOCHS, seed: int = SEED) -> Ranker:
    """An averaged perceptron over the instances, in an order shuffled with ``seed``.

    Args:
        instances: words with their candidates' features and the right candidates.
        epochs: passes over the instances.
        seed: the shuffle's seed; the same instances and seed give the same weights.

    Returns:
        The ranker with the averaged weights.
    """
    weights: dict[str, float] = {}
    totals: dict[str, float] = {}  # sum over steps of each weight, kept lazily
    stamps: dict[str, int] = {}  # the step at which each weight last changed
    order = list(range(len(instances)))
    shuffle = random.Random(seed).shuffle
    step = 0
    model = Ranker(weights)
    for _ in range(epochs):
        shuffle(order)
        for index in order:
            step += 1
            instance = instances[index]
            values = model.scores(instance.features)
            guess = max(range(len(values)), key=values.__getitem__)
            if guess in instance.right:
                continue
            truth = max(instance.right, key=values.__getitem__)
            for sign, features in (
                (1.0, instance.features[truth]),
                (-1.0, instance.features[guess]),
            ):
                for name, value in features.items():
                    old = weights.get(name, 0.0)
                    totals[name] = totals.get(name, 0.0) + old * (step - stamps.get(name, 0))
                    stamps[name] = step
                    weights[name] = old + sign * value
    averaged = {}
    for name, value in weights.items():
        total = totals.get(name, 0.0) + value * (step - stamps.get(name, 0))
        averaged[name] = total / step if step else 0.0
    return Ranker(averaged)
