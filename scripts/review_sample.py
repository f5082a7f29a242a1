"""Print a seeded random sample of generated items for a quick human judgement.

    python scripts/review_sample.py ARTICLE.txt [ARTICLE.txt ...] [-n 50] [--seed 0]
    python scripts/review_sample.py tests/corpus/unseen/*.txt --per-kind 30 --seed 2026

``--per-kind N`` draws N items of each kind (cloze, comprehension, roots), so that each kind's
share of good items can be judged; the blind review uses it on the articles kept aside.

Each item shows its kind, prompt, options (the right one marked), the answer and the sentence(s)
of the article that support it, so a reviewer can judge: one right answer, answerable from the
text, grammatical.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exercises.arabic.pipeline import analyze_text  # noqa: E402
from exercises.arabic.vocabulary import build_vocabulary  # noqa: E402
from exercises.generators.items import GenerationOptions, Item  # noqa: E402
from exercises.generators.registry import generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("-n", "--count", type=int, default=50, help="items to sample")
    parser.add_argument("--seed", type=int, default=0, help="seed for generation and sampling")
    parser.add_argument("--per-kind", type=int, default=0, help="items of each kind instead")
    parser.add_argument("--typed", action="store_true", help="typed cloze answers")
    parser.add_argument("--keep-clitics", action="store_true", help="blank only the stem")
    args = parser.parse_args(argv)

    pool: list[tuple[str, str, Item]] = []
    options = GenerationOptions(
        seed=args.seed, cloze_typed=args.typed, keep_clitics=args.keep_clitics
    )
    for path in args.articles:
        text = path.read_text(encoding="utf-8")
        analysed = analyze_text(text)
        items = generate(analysed, build_vocabulary(analysed), options)
        pool.extend((path.name, text, item) for item in items)
    sample = _draw(pool, args.count, args.per_kind, random.Random(args.seed))
    for number, (name, text, item) in enumerate(sample, 1):
        print(render(number, name, text, item))
    print(f"{len(sample)} of {len(pool)} items from {len(args.articles)} article(s)")
    return 0


def _draw(
    pool: list[tuple[str, str, Item]], count: int, per_kind: int, rng: random.Random
) -> list[tuple[str, str, Item]]:
    if not per_kind:
        return rng.sample(pool, min(count, len(pool)))
    sample = []
    for kind in sorted({item.kind for _name, _text, item in pool}):
        of_kind = [entry for entry in pool if entry[2].kind == kind]
        sample += rng.sample(of_kind, min(per_kind, len(of_kind)))
    rng.shuffle(sample)
    return sample


def render(number: int, name: str, text: str, item: Item) -> str:
    lines = [f"#{number}  {name}  {item.kind}/{item.subtype} ({item.type})  [{item.key}]"]
    lines.append(f"  instruction: {item.instruction}")
    lines.append(f"  prompt: {item.prompt}")
    if item.pairs:
        lines.extend(f"    {left}  ⟷  {right}" for left, right in item.pairs)
    elif item.sequence:  # as the learner sees them (shuffled), then the right order
        lines.append("  shown:")
        lines.extend(f"    - {event}" for event in item.options or item.sequence)
        lines.append("  right order:")
        lines.extend(f"    {position}. {event}" for position, event in enumerate(item.sequence, 1))
    elif item.options:
        lines.extend(
            f"    {'*' if option == item.answer else ' '} {option}" for option in item.options
        )
    if item.type not in ("matching", "ordering"):
        lines.append(f"  answer: {item.answer}")
    if item.hint:
        lines.append(f"  hint: {item.hint}")
    if item.explanation:
        lines.append(f"  explanation: {item.explanation}")
    for span in item.support:
        lines.append(f"  support: {text[span.start : span.end]}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
