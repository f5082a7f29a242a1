"""How each stage grows with the article's length: 1k, 10k, 100k and 1M characters.

    python bench/bench_scaling.py [--sizes 1000,10000,100000,1000000]

The texts are built from the project's own articles (seeds/ and tests/generators/articles):
paragraphs of sentences drawn at random from them, with a heading every few paragraphs (headings
drive the comprehension items that match headings and paragraphs). Each size runs in a fresh
process (so its peak memory is its own), with the lexicon loaded before any timing. Stages:
segmentation, analysis in context, vocabulary, each generator kind, the stored JSON (encode,
decode), then through Django (SQLite in a temporary folder, DEBUG off): import, generating a
set, the article page (every page is fetched for its size; first and last page timed), the
reader bar and a word lookup on the last page. Peak memory is read twice: after import and
generation (``peak MB gen``), and after the pages too (``peak MB``). The baseline is a trivial
linear pass over the same text (split and count words), timed in the same process: its ratio
shows what 10x the work costs on this machine right now. A ratio over 12 for 10x the text is
flagged.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "seeds" / "000_ad039091c34c510c.txt",
    *sorted((ROOT / "tests" / "generators" / "articles").glob("*.txt")),
]
SIZES = (1_000, 10_000, 100_000, 1_000_000)
RATIO_LIMIT = 12.0
PLAIN_STAGES = (
    "baseline", "segment", "analyse", "vocabulary", "cloze", "comprehension", "roots",
    "json encode", "json decode",
)  # fmt: skip
DJANGO_STAGES = ("import", "generate set", "page first", "page last", "reader bar", "lookup")


def build_text(size: int) -> str:
    """About ``size`` characters of paragraphs drawn from the project's articles, with headings."""
    sys.path.insert(0, str(ROOT))
    from exercises.arabic.text.segment import segment

    sentences, words = [], []
    for path in SOURCES:
        document = segment(path.read_text(encoding="utf-8"))
        headings = {p.index for p in document.paragraphs if p.is_heading}
        for sentence in document.sentences:
            if sentence.paragraph not in headings:
                sentences.append(document.sentence_text(sentence.index))
        words.extend(re.findall(r"[\u0621-\u064a]{3,}", document.text))
    rng = random.Random(size)
    lines: list[str] = []
    length = 0
    while length < size:
        if len(lines) % rng.randint(3, 6) == 0:
            lines.append(" ".join(rng.sample(words, rng.randint(3, 6))))
        lines.append(" ".join(rng.sample(sentences, rng.randint(2, 5))))
        length += len(lines[-1]) + 1
    return "\n".join(lines)


def median_seconds(run, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def baseline(text: str) -> int:
    counts: dict[str, int] = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return len(counts)


def plain_stages(text: str, runs: int) -> dict[str, float]:
    from exercises.arabic.analysis_json import analysis_from_json, analysis_to_json
    from exercises.arabic.pipeline import analyze_text
    from exercises.arabic.text.segment import segment
    from exercises.arabic.vocabulary import build_vocabulary
    from exercises.generators.article_context import ArticleContext
    from exercises.generators.items import GenerationOptions
    from exercises.generators.registry import GENERATORS

    figures = {
        "baseline": median_seconds(lambda: baseline(text), runs),
        "segment": median_seconds(lambda: segment(text), runs),
        "analyse": median_seconds(lambda: analyze_text(text), runs),
    }
    analysed = analyze_text(text)
    figures["vocabulary"] = median_seconds(lambda: build_vocabulary(analysed), runs)
    vocabulary = build_vocabulary(analysed)
    options = GenerationOptions()
    for kind, generator in GENERATORS.items():
        figures[kind] = median_seconds(
            lambda g=generator: g(ArticleContext(analysed, vocabulary), options), runs
        )
    # As the article stores it: without the text (the article holds it), tokens packed.
    encoded = json.dumps(analysis_to_json(analysed, with_text=False), ensure_ascii=False)
    figures["json encode"] = median_seconds(
        lambda: json.dumps(analysis_to_json(analysed, with_text=False), ensure_ascii=False), runs
    )
    figures["json decode"] = median_seconds(
        lambda: analysis_from_json(json.loads(encoded), text), runs
    )
    return figures


def django_stages(text: str, folder: str) -> dict[str, float]:
    os.environ.update(
        DATABASE_URL=f"sqlite:///{folder}/bench.sqlite3",
        DEBUG="0",
        SECRET_KEY="bench-scaling",
        ALLOWED_HOSTS="testserver",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from exercises.generators.items import GenerationOptions
    from exercises.services.articles import article_import
    from exercises.services.sets import exercise_set_generate

    call_command("migrate", verbosity=0, interactive=False)
    # Untimed: a small article imported, generated from and shown, so that templates, URLs and
    # the generators' shared tables are ready before the timings.
    small, _ = article_import(text=SOURCES[0].read_text(encoding="utf-8"), title="warm-up")
    exercise_set_generate(article=small, options=GenerationOptions())
    Client().get(f"/articles/{small.pk}/")
    figures: dict[str, float] = {}
    started, cpu = time.perf_counter(), time.process_time()
    article, _ = article_import(text=text, title="bench")
    figures["import"] = time.perf_counter() - started
    figures["import cpu"] = time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    exercise_set_generate(article=article, options=GenerationOptions())
    figures["generate set"] = time.perf_counter() - started
    figures["generate set cpu"] = time.process_time() - cpu
    figures["peak MB gen"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures.update(_pages(Client(), article.pk))
    return figures


def _pages(client, article_id: int) -> dict[str, float]:
    """Fetch every page of the article; time the first and the last (both cold: a new process
    decodes the stored analysis on its first page), the reader bar and a lookup."""
    figures: dict[str, float] = {}
    url = f"/articles/{article_id}/"
    started = time.perf_counter()
    first = client.get(url)
    figures["page first"] = time.perf_counter() - started
    html = first.content.decode()
    found = re.search(r'data-pages="(\d+)"', html)
    pages = int(found.group(1)) if found else 1
    sizes = [len(first.content)]
    for number in range(2, pages + 1):
        started = time.perf_counter()
        response = client.get(url, {"page": number})
        figures["page last"] = time.perf_counter() - started
        sizes.append(len(response.content))
        html = response.content.decode()
    figures.setdefault("page last", figures["page first"])
    figures["pages"] = pages
    figures["largest page KB"] = max(sizes) / 1024
    started = time.perf_counter()
    client.get(f"/learn/reader/{article_id}/")
    figures["reader bar"] = time.perf_counter() - started
    token = re.findall(r'data-token="(\d+)"', html)[-1]
    started = time.perf_counter()
    lookup = client.get(f"/learn/reader/{article_id}/words/{token}/")
    figures["lookup"] = time.perf_counter() - started
    if lookup.status_code != 200:
        raise RuntimeError(f"lookup of token {token} answered {lookup.status_code}")
    return figures


def one_size(size: int) -> dict[str, float]:
    """Every stage for one size, in this process; peak memory after the Django stages."""
    sys.path.insert(0, str(ROOT))
    from exercises.arabic.pipeline import analyze_text

    analyze_text(SOURCES[0].read_text(encoding="utf-8"))  # lexicon and priors loaded, untimed
    text = build_text(size)
    figures: dict[str, float] = {"characters": len(text)}
    with tempfile.TemporaryDirectory() as folder:
        figures.update(django_stages(text, folder))
    figures["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    runs = max(1, min(5, 100_000 // size))
    figures.update(plain_stages(text, runs))
    return figures


def run_size(size: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--one", str(size)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(result.stdout.strip().splitlines()[-1])


def print_table(results: dict[int, dict[str, float]]) -> None:
    sizes = list(results)
    print(f"{'stage':<15}" + "".join(f"{size:>17,}" for size in sizes))
    flagged = []
    for stage in (*PLAIN_STAGES, *DJANGO_STAGES):
        cells = []
        for position, size in enumerate(sizes):
            value = results[size][stage]
            cell = f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
            if position:
                ratio = value / max(results[sizes[position - 1]][stage], 1e-9)
                mark = "!" if ratio > RATIO_LIMIT and value > 0.01 else " "
                if mark == "!":
                    flagged.append(f"{stage} at {size:,}")
                cell += f" {ratio:>4.1f}x{mark}"
            cells.append(f"{cell:>17}")
        print(f"{stage:<15}" + "".join(cells))
    for extra in ("pages", "largest page KB", "peak MB gen", "peak MB", "characters"):
        print(f"{extra:<15}" + "".join(f"{results[s][extra]:>17,.0f}" for s in sizes))
    last = results[sizes[-1]]
    print(
        f"\nlargest size: import + generate set {last['import'] + last['generate set']:.1f} s "
        f"(target <= 15 s), peak {last['peak MB gen']:.0f} MB after them and "
        f"{last['peak MB']:.0f} MB after the pages (target <= 400 MB), "
        f"pages {last['page first']:.2f} / {last['page last']:.2f} s (target <= 1 s)"
    )
    cpu = last["import cpu"] + last["generate set cpu"]
    print(
        f"(import + generate set in CPU time of the process, less swayed by other jobs: {cpu:.1f} s)"
    )
    print(f"ratio: time / time at the previous size (10x the text); ! over {RATIO_LIMIT:.0f}x")
    print("(ratios of stages under 10 ms are not flagged: timer noise)")
    print("flagged: " + (", ".join(flagged) if flagged else "none"))
    load = os.getloadavg()
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one_size(args.one)))
        return 0
    results = {}
    for size in (int(value) for value in args.sizes.split(",")):
        results[size] = run_size(size)
        print(f"{size:,} characters done", file=sys.stderr, flush=True)
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
