"""Learn sense priors and collocations from UD Arabic PUD, and score the sense chooser on it.

    python scripts/build_sense_cues.py ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu
    python scripts/build_sense_cues.py PUD.conllu --evaluate   # 5-fold figures, writes nothing

PUD (CC BY-SA 3.0) gives each sentence its English source (``# text_en``). For a word whose
lemma has several senses in the lexicon, the sense whose gloss words (and no other sense's)
occur in the English sentence is the right one: a labelled sense. The labels give each sense a
count (its prior) and counts of the lemmas within ``WINDOW`` words of it (its collocations),
written to ``exercises/arabic/data/words/sense_cues_pud.txt``. Only these counts ship, never
PUD's text. ``--evaluate`` scores the chooser by 5-fold cross-validation over documents: the
folds' cues are learnt without the fold they are scored on.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exercises.arabic.analysis_types import Analysis  # noqa: E402
from exercises.arabic.context import senses  # noqa: E402
from exercises.arabic.morphology.analyzer import default_analyzer  # noqa: E402
from exercises.arabic.pipeline import analyze_text  # noqa: E402
from exercises.arabic.text.normalize import normalize_key  # noqa: E402
from exercises.arabic.wordlists import word_list  # noqa: E402

OUTPUT = (
    Path(__file__)
    .resolve()
    .parent.parent.joinpath("exercises", "arabic", "data", "words", "sense_cues_pud.txt")
)
FOLDS = 5
MIN_CUE_COUNT = 1
_ENGLISH_WORD = re.compile(r"[a-z]+")
_FUNCTION_WORDS = word_list("stopwords")
_UNINFORMATIVE = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "be",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "and",
        "or",
        "one",
        "one's",
        "sth",
        "sb",
        "etc",
        "per",
        "from",
        "as",
        "make",
        "made",
        "get",
        "have",
        "has",
    ]
)


@dataclass(frozen=True, slots=True)
class Example:
    doc: str
    candidates: tuple[Analysis, ...]
    label: int
    near: frozenset[str]
    topic: frozenset[str]


def read_pud(path: Path) -> list[tuple[str, str, str]]:
    """(document id, Arabic text, English text) of every sentence."""
    found, doc, text, english = [], "", "", ""
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.startswith("# newdoc id"):
            doc = line.partition("=")[2].strip()
        elif line.startswith("# text ="):
            text = line.partition("=")[2].strip()
        elif line.startswith("# text_en"):
            english = line.partition("=")[2].strip()
        elif not line.strip() and text:
            found.append((doc, text, english))
            text, english = "", ""
    return found


def gloss_stems(gloss: str) -> set[str]:
    words = _ENGLISH_WORD.findall(gloss.lower())
    return {_stem(word) for word in words if len(word) >= 3 and word not in _UNINFORMATIVE}


def _stem(word: str) -> str:
    for ending in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s", "e", "y"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def label(candidates: list[Analysis], english: set[str]) -> int:
    """The index of the only sense whose gloss words occur in the English sentence, or -1."""
    stems = [gloss_stems(candidate.gloss) for candidate in candidates]
    matching = []
    for index, own in enumerate(stems):
        others = set().union(*(other for place, other in enumerate(stems) if place != index))
        if (own - others) & english:
            matching.append(index)
    return matching[0] if len(matching) == 1 else -1


def examples(path: Path) -> list[Example]:
    analyzer = default_analyzer()
    found = []
    for doc, text, english in read_pud(path):
        english_stems = {_stem(word) for word in _ENGLISH_WORD.findall(english.lower())}
        words = [item for item in analyze_text(text).tokens if item.analysis is not None]
        keys = [normalize_key(item.analysis.lemma) for item in words]
        topic = frozenset(keys)
        for position, item in enumerate(words):
            analysis = item.analysis
            candidates = senses.sense_candidates(analysis, analyzer.analyze(item.token.text))
            if len(candidates) < 2:
                continue
            # The same order whatever sense the pipeline chose: the lexicon's.
            candidates.sort(key=lambda candidate: candidate.lemma_id)
            right = label(candidates, english_stems)
            if right < 0:
                continue
            low, high = max(0, position - senses.WINDOW), position + senses.WINDOW + 1
            near = {key for index, key in enumerate(keys[low:high], low) if index != position}
            near.add(senses.CLITIC_MARK + normalize_key(analysis.prefix_text))
            found.append(Example(doc, tuple(candidates), right, frozenset(near), topic))
    return found


def learn(training: list[Example]) -> dict[str, senses.SenseCues]:
    priors: Counter[str] = Counter()
    cues: dict[str, Counter[str]] = defaultdict(Counter)
    for example in training:
        lemma_id = example.candidates[example.label].lemma_id
        priors[lemma_id] += 1
        cues[lemma_id].update(key for key in example.near if _telling(key))
    return {
        lemma_id: senses.SenseCues(
            float(count),
            {key: float(n) for key, n in cues[lemma_id].items() if n >= MIN_CUE_COUNT},
        )
        for lemma_id, count in priors.items()
    }


def _telling(key: str) -> bool:
    """Function words, the article and the conjunctions tell no sense apart; a preposition
    (بصورة، للمحافظة) may."""
    if key.startswith(senses.CLITIC_MARK):
        clitic = key[len(senses.CLITIC_MARK) :]
        clitic = clitic.removesuffix("ال").lstrip("وف")
        return bool(clitic)
    return key not in _FUNCTION_WORDS


def predict(example: Example, cues: senses.Cues) -> int:
    scores = [
        senses.sense_score(candidate, set(example.near), example.topic, cues)
        for candidate in example.candidates
    ]
    return max(range(len(scores)), key=lambda index: (scores[index], -index))


def evaluate(found: list[Example]) -> None:
    hand = senses.load_cues().hand
    right: Counter[str] = Counter()
    for fold in range(FOLDS):
        test = [e for e in found if zlib.crc32(e.doc.encode()) % FOLDS == fold]
        training = [e for e in found if zlib.crc32(e.doc.encode()) % FOLDS != fold]
        learnt = learn(training)
        systems = {
            "lexicon's first sense": None,
            "project's cues only": senses.Cues(hand, {}),
            "PUD-learnt cues only": senses.Cues({}, learnt),
            "both (as shipped)": senses.Cues(hand, learnt),
        }
        for example in test:
            for name, cues in systems.items():
                guess = 0 if cues is None else predict(example, cues)
                right[name] += guess == example.label
    total = len(found)
    print(f"{total} labelled senses in {len({e.doc for e in found})} documents, {FOLDS} folds")
    for name, count in right.items():
        print(f"  {name:24s} {count / total:6.1%}  ({count}/{total})")


def write(found: list[Example]) -> None:
    learnt = learn(found)
    lines = [
        "# Sense priors and collocations learnt from UD Arabic PUD (CC BY-SA 3.0,",
        "# https://universaldependencies.org/, Nivre et al.) by scripts/build_sense_cues.py:",
        "# lemma id <TAB> times the sense was right <TAB> lemma keys seen within 3 words:count.",
        "# Rebuild with the script; do not edit by hand.",
    ]
    for lemma_id in sorted(learnt):
        sense = learnt[lemma_id]
        pairs = " ".join(f"{key}:{int(n)}" for key, n in sorted(sense.cues.items()))
        lines.append(f"{lemma_id}\t{int(sense.prior)}\t{pairs}")
    OUTPUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {OUTPUT} ({len(learnt)} senses)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", type=Path)
    parser.add_argument("--evaluate", action="store_true", help="score by 5-fold CV only")
    arguments = parser.parse_args(argv)
    found = examples(arguments.conllu)
    if arguments.evaluate:
        evaluate(found)
    else:
        write(found)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
