"""How the typed judge treats misspelt right answers to the typed cloze items of the test corpus.

    python scripts/typed_variants.py [ARTICLE.txt ...]

Without arguments it reads tests/corpus/*.txt (never the unseen folder). For every typed cloze
item (gap with clitics shown and without) it types the answer the ways a learner might and still
be right: a hamza dropped to its seat, a final hamza left out, a ZWNJ pasted inside the word, the
shown prefix typed again, the conjunction و left out. It prints how many of each are accepted,
then how many answers with a final ة or ه are rejected when the other letter is typed (those
become another word: زميله / زميلة), with a few examples.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exercises.arabic.pipeline import analyze_text  # noqa: E402
from exercises.arabic.vocabulary import build_vocabulary  # noqa: E402
from exercises.generators.items import GenerationOptions, item_fields  # noqa: E402
from exercises.generators.registry import generate  # noqa: E402
from learning.quiz_items import quiz_item  # noqa: E402

_SEATS = str.maketrans("أإآؤئ", "ااايي")
_SWAP = {"ة": "ه", "ه": "ة"}


def right_variants(item, content: dict) -> dict[str, str]:
    answer = content["answer"]
    variants = {}
    if answer.translate(_SEATS) != answer:
        variants["hamza dropped to its seat"] = answer.translate(_SEATS)
    if answer.endswith("ء"):
        variants["final hamza left out"] = answer[:-1]
    if len(answer) > 3:
        variants["ZWNJ inside the word"] = answer[:2] + "\u200c" + answer[2:]
    prefix = content["extra"].get("prefix", "")
    if prefix:
        variants["shown prefix typed again"] = prefix + answer
    if not prefix and content["extra"].get("prefix_tags", "").startswith("wa/CONJ"):
        variants["conjunction و left out"] = answer[1:]
    return variants


def typed_items(paths: list[Path]):
    for path in paths:
        analysed = analyze_text(path.read_text(encoding="utf-8"))
        vocabulary = build_vocabulary(analysed)
        for keep in (False, True):
            options = GenerationOptions(
                kinds=("cloze",), count=40, cloze_typed=True, keep_clitics=keep
            )
            for item in generate(analysed, vocabulary, options):
                content = item_fields(item) | {"extra": item.extra}
                yield quiz_item(0, content), content


def main(paths: list[Path]) -> None:
    tried, accepted = Counter(), Counter()
    swaps, rejected, examples = 0, 0, []
    for item, content in typed_items(paths):
        for reason, typed in right_variants(item, content).items():
            tried[reason] += 1
            accepted[reason] += item.judge(typed).correct
        answer = content["answer"]
        if answer[-1:] in _SWAP:
            swaps += 1
            typed = answer[:-1] + _SWAP[answer[-1]]
            if not item.judge(typed).correct:
                rejected += 1
                examples.append(f"{answer} -> {typed}")
    for reason in sorted(tried):
        share = 100 * accepted[reason] / tried[reason]
        print(f"{reason:28} {accepted[reason]:4}/{tried[reason]:<4} accepted ({share:.0f}%)")
    total, right = sum(tried.values()), sum(accepted.values())
    print(f"{'all right variants':28} {right:4}/{total:<4} accepted ({100 * right / total:.0f}%)")
    print(f"final ة/ه swapped: {rejected}/{swaps} rejected as another word, e.g. {examples[:8]}")


if __name__ == "__main__":
    args = [Path(arg) for arg in sys.argv[1:]]
    main(args or sorted((ROOT / "tests" / "corpus").glob("*.txt")))
