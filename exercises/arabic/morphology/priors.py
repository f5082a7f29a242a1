"""How likely each reading of a word is out of context, learnt without annotated data.

wordfreq counts written forms, not lemmas: تقول is frequent because it is a form of قال, not
because the rare noun تَقَوُّل is. A reading's probability is modelled as
P(lemma) x P(stem class | verb) x P(prefixes | class) x P(suffixes | class), the class being
perfect, imperfect or imperative verb, noun, name or function word. Expectation-maximisation
over wordfreq's Arabic list shares each form's frequency among its readings in proportion to
that probability and re-estimates the tables from the shares. It starts from how common each
lemma's own citation form is (for nouns with the article, which no verb takes; for verbs the
nouns of their root that share a gloss word, since صَرُح and صَرَّح are spelt alike but
صَراحَة and تَصْرِيح are not), and stops after two rounds: longer runs let lemmas with many
forms absorb their homographs.

The result ships as ``data/lemma_priors.tsv.gz`` (table, key, log10 probability) and is
rebuilt with ``python -m exercises.arabic.morphology.priors`` (under a minute). It derives from wordfreq
(CC BY-SA 4.0) and the Buckwalter lexicon (GPL-2.0); no annotated corpus is used.
"""

from __future__ import annotations

import gzip
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from exercises.arabic import wordlists
from exercises.arabic.analysis_types import Analysis

PRIORS_FILE = "lemma_priors.tsv.gz"
# log10 probability given to a lemma the priors have never seen.
UNSEEN = -8.0
UNSEEN_AFFIX = -6.0
_MIN_ZIPF = 1.5
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


def lemma_key(lemma_id: str) -> str:
    """A lemma id without its sense number: the senses of مَرَّة share one prior."""
    return lemma_id.rsplit("_", 1)[0]


def stem_class(analysis: Analysis) -> str:
    """PV, IV or CV for verbs (perfect, imperfect, imperative), N, PROPN or FUNCTION."""
    return _STEM_CLASSES.get(analysis.tag.rsplit("/", 1)[-1], "FUNCTION")


def affix_keys(analysis: Analysis) -> tuple[str, str]:
    """The prefix and suffix signatures of a reading, within its stem class.

    Affixes are counted per class of stem (perfect, imperfect, imperative verb, noun, name,
    function word): ت is the most common prefix of an imperfect verb and no prefix at all is
    the most common for a noun, so the two must not share one table.
    """
    klass = stem_class(analysis)
    if klass == "FUNCTION":
        # A function word's endings belong to its entry (أَيْضاً); its proclitics and the
        # pronouns it carries (لَها، لَكُنَّ) vary.
        pronouns = "+".join(tag for tag in analysis.suffixes if "PRON" in tag)
        return f"{klass}|{'+'.join(analysis.prefixes)}", f"{klass}|{pronouns}"
    return f"{klass}|{'+'.join(analysis.prefixes)}", f"{klass}|{'+'.join(analysis.suffixes)}"


_VERB_CLASSES = frozenset({"PV", "IV", "CV"})
# Share of each form's frequency spread evenly over its readings, so that EM cannot starve a
# reading whose only form is also claimed by a lemma with many forms (أَيْضاً against أَيَّض).
_FLOOR = 0.1
_STEM_CLASSES = {
    "VERB_PERFECT": "PV",
    "VERB_IMPERFECT": "IV",
    "VERB_IMPERATIVE": "CV",
    "NOUN": "N",
    "ADJ": "N",
    "NUM": "N",
    "NOUN_PROP": "PROPN",
}


# "lemma", "class", "prefix", "suffix" -> key -> log10 probability
Priors = dict[str, dict[str, float]]


def build_priors(
    words: Iterable[tuple[str, float]],
    readings,
    *,
    initial: dict[str, float] | None = None,
    iterations: int = 2,
) -> Priors:
    """Estimate lemma and affix probabilities from form frequencies by expectation-maximisation.

    A reading's probability is P(lemma) * P(class) * P(prefixes | class) * P(suffixes | class);
    each form's frequency is shared among its readings in proportion (a tenth of it evenly),
    and the tables are re-estimated from the shares. Affix tables let rare inflections (second
    person feminine plural, dual) weigh less.

    Args:
        words: written forms with their relative frequency.
        readings: written form to its analyses (e.g. ``Analyzer.analyze``).
        initial: lemma key to a starting weight, see :func:`initial_weights`. EM keeps the
            proportions it starts from between lemmas that share every form (صَرُح and صَرَّح),
            so the start is where outside evidence breaks such ties.
        iterations: EM rounds.

    Returns:
        log10 probabilities per lemma key, verb class, and prefix and suffix signature.
    """
    forms: list[tuple[float, list[tuple[str, str, str, str]]]] = []
    for word, frequency in words:
        options = {(lemma_key(a.lemma_id), stem_class(a), *affix_keys(a)) for a in readings(word)}
        if options:
            forms.append((frequency, sorted(options)))

    names = ("lemma", "class", "prefix", "suffix")
    tables: list[dict[str, float]] = [defaultdict(lambda: 1.0) for _ in names]
    if initial:
        tables[0] = defaultdict(lambda: min(initial.values()), initial)
    for _ in range(iterations):
        mass = _shares(forms, tables)
        tables = [
            _normalized(mass[0], lambda key: ""),
            # A verb's lemma prior covers all its forms; the class says how often they are
            # perfect, imperfect or imperative. Other classes follow from the lemma.
            _normalized(mass[1], lambda key: key if key not in _VERB_CLASSES else "VERB"),
            # Affixes are probabilities within their stem class: P(prefixes | class).
            _normalized(mass[2], lambda key: key.split("|", 1)[0]),
            _normalized(mass[3], lambda key: key.split("|", 1)[0]),
        ]
    priors = {
        name: {key: math.log10(value) for key, value in table.items() if value > 0}
        for name, table in zip(names, tables, strict=True)
    }
    return priors


def _shares(
    forms: list[tuple[float, list[tuple[str, str, str, str]]]], tables: list[dict[str, float]]
) -> list[dict[str, float]]:
    """One expectation step: each form's frequency shared among its readings (lemma, class,
    prefix, suffix), in proportion to the product of their table weights, a tenth evenly."""
    mass: list[dict[str, float]] = [defaultdict(float) for _ in tables]
    for frequency, options in forms:
        weights = [
            tables[0][lemma] * tables[1][klass] * tables[2][prefix] * tables[3][suffix]
            for lemma, klass, prefix, suffix in options
        ]
        total = sum(weights)
        if total <= 0:
            continue
        for option, weight in zip(options, weights, strict=True):
            share = frequency * ((1 - _FLOOR) * weight / total + _FLOOR / len(options))
            for table, key in zip(mass, option, strict=True):
                table[key] += share
    return mass


def initial_weights(lexicon, frequency) -> dict[str, float]:
    """A starting weight per lemma from wordfreq: how common its citation form is.

    A verb also counts the nouns of its root whose gloss shares a word with its own (صَرَّح
    "declare" and تَصْرِيح "declaration", صَرُح "be frank" and صَراحَة "frankness"): forms of
    different verbs of one root are often spelt alike, their nouns are not.

    Args:
        lexicon: the lexicon.
        frequency: written form to its Zipf frequency.

    Returns:
        Lemma key to ``10 ** zipf``.
    """
    nouns: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
    verbs: dict[str, tuple[str, frozenset[str], str]] = {}
    lemmas: dict[str, str] = {}
    nominal: set[str] = set()
    for entries in lexicon.stems.values():
        for stem in entries:
            key = lemma_key(stem.lemma_id)
            lemmas.setdefault(key, stem.lemma)
            stems_of = _gloss_stems(stem.gloss)
            if stem.upos in ("VERB", "AUX") and stem.root:
                verbs.setdefault(key, (stem.root, stems_of, stem.lemma))
            elif stem.upos in ("NOUN", "ADJ"):
                nominal.add(key)
                if stem.root:
                    nouns[stem.root].append((stems_of, stem.lemma))

    def noun_strength(noun: str) -> float:
        # With the article a noun cannot be a verb: الحفاظ is the noun, حافظ may be a verb.
        return frequency("ال" + noun.removeprefix("ال"))

    weights = {}
    for key, lemma in lemmas.items():
        citation = lemma.replace("ٱ", "ا")
        if key in verbs:
            # The citation form of a verb is spelt like its homographs; its nouns are not.
            root, gloss, _ = verbs[key]
            related = [noun_strength(noun) for stems_of, noun in nouns[root] if stems_of & gloss]
            zipf = max(related, default=frequency(citation) - _UNRELATED_VERB_DISCOUNT)
        elif key in nominal:
            zipf = noun_strength(citation)
        else:
            zipf = frequency(citation)
        weights[key] = 10 ** max(zipf, 1.0)
    return weights


# A verb with no related noun may owe its citation form's frequency to a homograph.
_UNRELATED_VERB_DISCOUNT = 1.0
_GLOSS_FILLER = frozenset(wordlists.lines("gloss_filler_verb_nouns"))


def _gloss_stems(gloss: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", gloss.lower())
    return frozenset(word[:5] for word in words if len(word) >= 4 and word not in _GLOSS_FILLER)


def _normalized(table: dict[str, float], group) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for key, value in table.items():
        totals[group(key)] += value
    return defaultdict(float, {key: value / totals[group(key)] for key, value in table.items()})


def wordfreq_forms(min_zipf: float = _MIN_ZIPF) -> list[tuple[str, float]]:
    """Arabic written forms from wordfreq with their frequency, down to ``min_zipf``."""
    from wordfreq import get_frequency_dict

    floor = 10 ** (min_zipf - 9)
    return [
        (word, frequency)
        for word, frequency in get_frequency_dict("ar").items()
        if frequency >= floor and _ARABIC_WORD.match(word)
    ]


def write_priors(priors: Priors, path: Path) -> None:
    lines = [
        f"{kind}\t{key}\t{value:.2f}\n"
        for kind, table in priors.items()
        for key, value in sorted(table.items())
    ]
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.writelines(lines)


@cache
def load_priors() -> Priors:
    """The shipped priors: per table, key to log10 probability (empty if the file is missing)."""
    data = resources.files("exercises.arabic") / "data" / PRIORS_FILE
    priors: Priors = {"lemma": {}, "class": {}, "prefix": {}, "suffix": {}}
    try:
        raw = gzip.decompress(data.read_bytes()).decode("utf-8")
    except FileNotFoundError:
        return priors
    for line in raw.splitlines():
        kind, key, value = line.split("\t")
        priors[kind][key] = float(value)
    return priors


def prior(lemma_id: str) -> float:
    """log10 probability of a lemma (:data:`UNSEEN` when the priors never met it)."""
    return load_priors()["lemma"].get(lemma_key(lemma_id), UNSEEN)


def reading_prior(analysis: Analysis) -> float:
    """log10 probability of a reading out of context: lemma, prefixes and suffixes."""
    priors = load_priors()
    prefix, suffix = affix_keys(analysis)
    lemma = lemma_key(analysis.lemma_id)
    klass = stem_class(analysis)
    return (
        priors["lemma"].get(lemma, UNSEEN)
        + priors["class"].get(klass, 0.0)
        + priors["prefix"].get(prefix, UNSEEN_AFFIX)
        + priors["suffix"].get(suffix, UNSEEN_AFFIX)
    )


def main() -> None:
    from exercises.arabic.frequency import zipf
    from exercises.arabic.morphology.analyzer import Analyzer

    analyzer = Analyzer()
    forms = wordfreq_forms()
    priors = build_priors(
        forms,
        analyzer.analyze,
        initial=initial_weights(analyzer.lexicon, zipf),
    )
    path = Path(__file__).parents[1] / "data" / PRIORS_FILE
    write_priors(priors, path)
    print(f"{len(forms)} forms, {len(priors['lemma'])} lemmas -> {path}")


if __name__ == "__main__":
    main()
