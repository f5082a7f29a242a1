"""Comprehension items per type, and articles short of three types, over a folder of articles.

    python scripts/comprehension_figures.py tests/corpus/*.txt [--seed 0] [--dump FILE.json]

Counts every comprehension subtype at the default count (20) and at count 100, and lists the
articles of 150+ words with fewer than three types that need no subheadings; ``--dump`` writes
every item (article, subtype, prompt, answer, options, sequence) for a before/after diff.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exercises.arabic.pipeline import analyze_text  # noqa: E402
from exercises.arabic.vocabulary import build_vocabulary  # noqa: E402
from exercises.generators.article_context import ArticleContext  # noqa: E402
from exercises.generators.giveaways import answer_stretches, shows_any  # noqa: E402
from exercises.generators.items import GenerationOptions  # noqa: E402
from exercises.generators.registry import generate  # noqa: E402

NEWS_TYPES = {"who_said", "numbers", "true_false", "meaning", "main_idea", "cause", "reference"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args(argv)
    counts: dict[int, Counter] = {20: Counter(), 100: Counter()}
    short: list[str] = []
    shown = [
        0,
        0,
    ]  # comprehension items of a cloze + comprehension set, those showing a cloze answer
    dump = []
    for path in args.articles:
        text = path.read_text(encoding="utf-8")
        analysed = analyze_text(text)
        vocabulary = build_vocabulary(analysed)
        both = GenerationOptions(kinds=("cloze", "comprehension"), seed=args.seed, count=20)
        made = generate(analysed, vocabulary, both)
        hidden = answer_stretches(
            ArticleContext(analysed, vocabulary), [i for i in made if i.kind == "cloze"]
        )
        asked = [item for item in made if item.kind == "comprehension"]
        shown[0] += len(asked)
        shown[1] += sum(shows_any(item, hidden) for item in asked)
        for count in counts:
            options = GenerationOptions(kinds=("comprehension",), seed=args.seed, count=count)
            items = generate(analysed, vocabulary, options)
            counts[count].update(item.subtype for item in items)
            if count == 20:
                types = {"numbers" if i.subtype == "dates" else i.subtype for i in items}
                if len(text.split()) >= 150 and len(types & NEWS_TYPES) < 3:
                    short.append(f"{path.name} ({', '.join(sorted(types))})")
            else:
                dump.extend(
                    {
                        "article": path.name,
                        "subtype": i.subtype,
                        "prompt": i.prompt,
                        "answer": i.answer,
                        "options": list(i.options),
                        "sequence": list(i.sequence),
                    }
                    for i in items
                )
    for count, counter in counts.items():
        print(f"count={count}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))
    print(
        f"cloze + comprehension sets: {shown[1]} of {shown[0]} comprehension items show a cloze answer"
    )
    print(f"{len(short)} article(s) of 150+ words with fewer than 3 types:")
    print("\n".join(f"  {line}" for line in short))
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
