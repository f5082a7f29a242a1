"""Train the learned choice of reading on UD Arabic PUD and write its weights file.

python scripts/train_disambiguator.py [PATH] [--output FILE], from the project folder. PATH is
the treebank's CoNLL-U file (by default ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu);
the weights go to exercises/arabic/data/disambiguator.json. The same treebank, code and seed
give the same file. UD Arabic PUD is CC BY-SA 3.0; the treebank itself never enters the repo.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exercises.arabic.context.ranker import EPOCHS, SEED, WEIGHTS_FILE, train  # noqa: E402
from exercises.arabic.evaluation.conllu import read_conllu  # noqa: E402
from exercises.arabic.evaluation.crossval import gold_words  # noqa: E402

DEFAULT_TREEBANK = ROOT.parent / "shared" / "data" / "ud-arabic-pud" / "ar_pud-ud-test.conllu"
DEFAULT_OUTPUT = ROOT / "exercises" / "arabic" / "data" / WEIGHTS_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_TREEBANK), help="CoNLL-U file")
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="the weights file")
    options = parser.parse_args(argv)
    sentences = read_conllu(options.path)
    words = gold_words(sentences)
    instances = [instance for word in words if (instance := word.instance()) is not None]
    ranker = train(instances)
    ranker.to_json(
        options.output,
        metadata={
            "model": "averaged perceptron over each word's candidate readings",
            "trained_on": "UD Arabic PUD (CC BY-SA 3.0), "
            "https://github.com/UniversalDependencies/UD_Arabic-PUD",
            "sentences": len(sentences),
            "words": len(instances),
            "epochs": EPOCHS,
            "seed": SEED,
            "command": "python scripts/train_disambiguator.py",
        },
    )
    print(f"{len(instances)} words from {len(sentences)} sentences -> {options.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
