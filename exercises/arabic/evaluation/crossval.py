"""Cross-validated comparison of the rules and the learned ranker on a gold treebank.

Every word of the treebank that :func:`.scoring.align_words` aligns becomes a :class:`GoldWord`:
its candidates' features (:mod:`exercises.arabic.context.features`), which of them carry the
gold lemma, their parts of speech and the rules' choice. The sentences are shuffled with a
fixed seed and cut into k folds; for each fold the ranker is trained on the other folds and
scored on it, so every figure is on sentences the model did not train on. The rules are scored
on the same words. Each figure comes with a 95% interval from a bootstrap over sentences, and
so does the difference between the two (paired: the same resampled sentences for both).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from exercises.arabic.context.disambiguate import rule_trace
from exercises.arabic.context.features import Features, text_features
from exercises.arabic.context.ranker import Instance, Ranker, train
from exercises.arabic.evaluation.conllu import GoldSentence
from exercises.arabic.evaluation.scoring import Scores, align_words, documents, lemma_matches
from exercises.arabic.pipeline import text_readings

SEED = 2026
RESAMPLES = 1000
SYSTEMS = ("rules", "learned")
PER_POS = ("NOUN", "PROPN", "ADJ", "VERB")


@dataclass(frozen=True, slots=True)
class GoldWord:
    """One aligned word: its candidates, what the gold data says of them, the rules' pick."""

    sentence: int  # index of its sentence among those read
    features: tuple[Features, ...]
    lemma_ok: tuple[bool, ...]  # each candidate's lemma is the gold one
    pos: tuple[str, ...]  # each candidate's UPOS
    gold_upos: str
    rule: int  # the index of the rules' choice among the candidates
    form: str = ""  # the word as written
    lemmas: tuple[str, ...] = ()  # each candidate's vowelled lemma, to list errors

    def instance(self) -> Instance | None:
        """What training learns from this word: the candidates right in lemma and UPOS, or
        else right in lemma, or else in UPOS; ``None`` when none is right in either."""
        candidates = range(len(self.pos))
        for right in (
            [i for i in candidates if self.lemma_ok[i] and self.pos[i] == self.gold_upos],
            [i for i in candidates if self.lemma_ok[i]],
            [i for i in candidates if self.pos[i] == self.gold_upos],
        ):
            if right:
                return Instance(self.features, frozenset(right))
        return None


def gold_words(sentences: Sequence[GoldSentence]) -> list[GoldWord]:
    """The aligned words of the sentences, with their candidates' features.

    Args:
        sentences: gold sentences; those of one document are analysed as one text.

    Returns:
        One :class:`GoldWord` per aligned word, in text order.
    """
    result: list[GoldWord] = []
    unaligned = Scores()
    for group in _by_document(sentences):
        ((text, gold),) = documents(sentences[index] for index in group)
        starts, offset = [], 0  # each sentence's offset in the document's text
        for index in group:
            starts.append((offset, index))
            offset += len(sentences[index].text) + 1
        prepared = text_readings(text)
        words = prepared.words()
        trace = rule_trace(words, prepared.layout)
        features = text_features(words, trace, prepared.layout)
        for position, core in align_words(prepared.word_tokens, gold, unaligned):
            options, option_features = features[position]
            final = trace.final[position]
            sentence = max(i for start, i in starts if start <= core[0].start)
            result.append(
                GoldWord(
                    sentence=sentence,
                    features=tuple(option_features),
                    lemma_ok=tuple(lemma_matches(option, core) for option in options),
                    pos=tuple(option.pos for option in options),
                    gold_upos=core[0].upos,
                    rule=options.index(final) if final in options else 0,
                    form=prepared.word_tokens[position].text,
                    lemmas=tuple(option.lemma_vocalized for option in options),
                )
            )
    return result


def _by_document(sentences: Sequence[GoldSentence]) -> list[list[int]]:
    """The indices of the sentences, grouped into runs of one document."""
    groups: list[list[int]] = []
    for index, sentence in enumerate(sentences):
        if groups and sentences[groups[-1][-1]].doc_id == sentence.doc_id:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def cross_validate(
    words: Sequence[GoldWord], sentence_count: int, *, folds: int = 10, seed: int = SEED
) -> dict[str, list[tuple[int, int, int, dict[str, tuple[int, int]]]]]:
    """Per-sentence counts of the rules and of the ranker trained on the other folds.

    Args:
        words: the aligned gold words, as :func:`gold_words` returns them.
        sentence_count: how many sentences were read.
        folds: k of k-fold cross-validation.
        seed: the seed of the sentences' shuffle (training has its own fixed seed).

    Returns:
        For each system, per sentence: words, right lemmas, right UPOS, and per gold POS of
        :data:`PER_POS` (words, right UPOS).
    """
    order = list(range(sentence_count))
    random.Random(seed).shuffle(order)
    fold_of = {sentence: place % folds for place, sentence in enumerate(order)}
    picks: dict[str, list[int]] = {"rules": [word.rule for word in words], "learned": []}
    learned = [0] * len(words)
    for fold in range(folds):
        training = [
            instance
            for word in words
            if fold_of[word.sentence] != fold and (instance := word.instance()) is not None
        ]
        model = train(training)
        for place, word in enumerate(words):
            if fold_of[word.sentence] == fold:
                learned[place] = _pick(model, word)
    picks["learned"] = learned
    return {system: _per_sentence(words, picks[system], sentence_count) for system in SYSTEMS}


def _pick(model: Ranker, word: GoldWord) -> int:
    return model.best(word.features) if len(word.features) > 1 else word.rule


def _per_sentence(
    words: Sequence[GoldWord], picks: Sequence[int], sentence_count: int
) -> list[tuple[int, int, int, dict[str, tuple[int, int]]]]:
    counts = [[0, 0, 0, {pos: [0, 0] for pos in PER_POS}] for _ in range(sentence_count)]
    for word, pick in zip(words, picks, strict=True):
        row = counts[word.sentence]
        upos_ok = word.pos[pick] == word.gold_upos
        row[0] += 1
        row[1] += word.lemma_ok[pick]
        row[2] += upos_ok
        if word.gold_upos in PER_POS:
            row[3][word.gold_upos][0] += 1
            row[3][word.gold_upos][1] += upos_ok
    return [
        (row[0], row[1], row[2], {pos: (n, ok) for pos, (n, ok) in row[3].items()})
        for row in counts
    ]


Metric = tuple[float, float, float]  # the figure, and its 95% interval's low and high ends


def figures(
    counts: dict[str, list[tuple[int, int, int, dict[str, tuple[int, int]]]]],
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> dict[str, dict[str, Metric]]:
    """Each metric of each system, and of the difference learned - rules, with a bootstrap
    95% interval over sentences.

    Args:
        counts: per-sentence counts, as :func:`cross_validate` returns them.
        resamples: bootstrap resamples.
        seed: the bootstrap's seed.

    Returns:
        ``{system or "difference": {metric: (value, low, high)}}``; metrics are ``lemma``,
        ``upos`` and ``upos <POS>`` for each of :data:`PER_POS`.
    """
    sentences = len(counts["rules"])
    draws = random.Random(seed)
    samples = [list(range(sentences))] + [
        draws.choices(range(sentences), k=sentences) for _ in range(resamples)
    ]
    values: dict[str, dict[str, list[float]]] = {name: {} for name in (*SYSTEMS, "difference")}
    for sample in samples:
        for system in SYSTEMS:
            for metric, value in _metrics(counts[system], sample).items():
                values[system].setdefault(metric, []).append(value)
        for metric in values["rules"]:
            learned, rules = values["learned"][metric][-1], values["rules"][metric][-1]
            values["difference"].setdefault(metric, []).append(learned - rules)
    return {
        name: {metric: _interval(series) for metric, series in per_metric.items()}
        for name, per_metric in values.items()
    }


def _metrics(
    rows: Sequence[tuple[int, int, int, dict[str, tuple[int, int]]]], sample: Iterable[int]
) -> dict[str, float]:
    words = lemma = upos = 0
    per_pos = {pos: [0, 0] for pos in PER_POS}
    for index in sample:
        row = rows[index]
        words += row[0]
        lemma += row[1]
        upos += row[2]
        for pos, (n, ok) in row[3].items():
            per_pos[pos][0] += n
            per_pos[pos][1] += ok
    result = {"lemma": lemma / max(words, 1), "upos": upos / max(words, 1)}
    for pos, (n, ok) in per_pos.items():
        result[f"upos {pos}"] = ok / max(n, 1)
    return result


def _interval(series: list[float]) -> Metric:
    """The first value (on all sentences) and the 2.5th and 97.5th percentiles of the rest."""
    value, resampled = series[0], sorted(series[1:])
    if not resampled:
        return value, value, value
    low = resampled[int(0.025 * (len(resampled) - 1))]
    high = resampled[int(0.975 * (len(resampled) - 1))]
    return value, low, high


def format_cv(results: dict[str, dict[str, Metric]], *, folds: int, words: int) -> str:
    """The cross-validated figures as a plain-text table, the two systems side by side."""
    lines = [
        f"{folds}-fold cross-validation over sentences, {words} words; 95% bootstrap intervals",
        f"{'metric':<12}{'rules':>24}{'learned':>24}{'learned - rules':>26}",
    ]
    for metric in results["rules"]:
        cells = [
            _cell(results[name][metric], signed=name == "difference")
            for name in (*SYSTEMS, "difference")
        ]
        lines.append(f"{metric:<12}{cells[0]:>24}{cells[1]:>24}{cells[2]:>26}")
    return "\n".join(lines)


def _cell(metric: Metric, *, signed: bool) -> str:
    value, low, high = (100 * part for part in metric)
    sign = "+" if signed else ""
    return f"{value:{sign}.2f} [{low:{sign}.2f}, {high:{sign}.2f}]"
