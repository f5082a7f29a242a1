"""Warm generation time per article: each kind alone and all kinds together.

    python bench/bench_generation.py [ARTICLE.txt ...] [--runs 15]

Without arguments it times the seed article and the test articles in tests/generators/articles.
"Warm" means the lexicon is loaded and the analyzer has seen the article's words (one untimed
run first); every timed run gets a fresh copy of the analysed article, as a new request would,
so nothing computed for one run is reused by the next. Prints the median in milliseconds, wall
clock per kind and for the total, and the total in CPU time of this process (steadier on a
machine that other jobs share).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exercises.arabic.pipeline import analyze_text  # noqa: E402
from exercises.arabic.vocabulary import build_vocabulary  # noqa: E402
from exercises.generators.article_context import ArticleContext  # noqa: E402
from exercises.generators.items import GenerationOptions  # noqa: E402
from exercises.generators.registry import GENERATORS, generate  # noqa: E402

DEFAULT_ARTICLES = [
    ROOT / "seeds" / "000_ad039091c34c510c.txt",
    *sorted((ROOT / "tests" / "generators" / "articles").glob("*.txt")),
]


def median_ms(run, runs: int, clock=time.perf_counter) -> float:
    timings = []
    for _ in range(runs):
        started = clock()
        run()
        timings.append((clock() - started) * 1000)
    return statistics.median(timings)


def bench(path: Path, runs: int) -> dict[str, float]:
    analysed = analyze_text(path.read_text(encoding="utf-8"))
    vocabulary = build_vocabulary(analysed)
    options = GenerationOptions()
    generate(analysed, vocabulary, options)  # warm-up: lexicon index, analyzer cache
    figures = {}
    for kind, generator in GENERATORS.items():
        # A new ArticleContext per run: the kind pays for the lookups it needs.
        figures[kind] = median_ms(
            lambda g=generator: g(ArticleContext(analysed, vocabulary), options), runs
        )
    figures["total"] = median_ms(lambda: generate(analysed, vocabulary, options), runs)
    # CPU time of this process: what the generators cost when other processes share the CPU.
    figures["total cpu"] = median_ms(
        lambda: generate(analysed, vocabulary, options), runs, time.process_time
    )
    figures["items"] = len(generate(analysed, vocabulary, options))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    paths = args.articles or DEFAULT_ARTICLES
    columns = [*GENERATORS, "total", "total cpu"]
    header = f"{'article':<34}" + "".join(f"{column:>15}" for column in columns) + "  items"
    print(header)
    for path in paths:
        figures = bench(path, args.runs)
        cells = "".join(f"{figures[column]:>12.1f} ms" for column in columns)
        print(f"{path.stem[:34]:<34}{cells}  {figures['items']:>5}")
    print(f"median of {args.runs} warm runs, default options (count 20 per kind); wall clock,")
    print("and the process's CPU time for the total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
