"""Warm timings of the worksheet PDF and the Anki deck for a seed-sized article.

Usage (from the project root):
    .venv/bin/python bench/bench_exports.py [--runs N]

Two articles: the seed with ~100 vocabulary entries and ~40 items fabricated from its own
words, and the real seed export (its analysis, full vocabulary and generated items, as the app
exports it). Prints the median of N runs after one warm-up run, against the targets: worksheet
<= 1 s, .apkg <= 300 ms; the .apkg with espeak-ng audio <= 300 ms warm (every sound cached) and
<= 5 s cold (an empty audio cache each run, median of --cold-runs), beside the deck without
audio as the baseline of the same run.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exercises.arabic.analysis_types import Paragraph, Span, VocabularyEntry  # noqa: E402
from exercises.exports.anki import anki_deck_bytes  # noqa: E402
from exercises.exports.article import ExportArticle  # noqa: E402
from exercises.exports.pdf.worksheet import WorksheetOptions, worksheet_pdf_bytes  # noqa: E402
from exercises.generators.items import BLANK, Item  # noqa: E402
from exercises.speech import Speaker  # noqa: E402

SEED = ROOT / "seeds" / "000_ad039091c34c510c.txt"
TARGETS = {
    "worksheet PDF": 1.0,
    "Anki .apkg": 0.3,
    "Anki no audio": 0.3,
    "Anki audio warm": 0.3,
    "Anki audio cold": 5.0,
}
VOWELS = "َُِ"  # a fatha, damma or kasra on each letter, to weigh like vocalized lemmas
POS = ("NOUN", "VERB", "ADJ", "NOUN", "ADV")
LEVELS = ("A1", "A2", "B1", "B2", "C1")


def seed_article() -> ExportArticle:
    text = SEED.read_text(encoding="utf-8").strip()
    paragraphs, start = [], 0
    for index, line in enumerate(text.split("\n")):
        heading = not line.rstrip().endswith((".", "»", "”", ":"))
        paragraphs.append(Paragraph(index, start, start + len(line), heading))
        start += len(line) + 1
    sentences = [
        (m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.\n]?", text) if m.group().strip()
    ]
    words = [(m.group(), m.start()) for m in re.finditer(r"[\u0621-\u064a]{4,}", text)]
    vocabulary: list[VocabularyEntry] = []
    seen: set[str] = set()
    for index, (word, at) in enumerate(words):
        lemma = word.removeprefix("وال").removeprefix("ال").removeprefix("و")
        if lemma in seen or len(lemma) < 3:
            continue
        seen.add(lemma)
        s_start, s_end = next((a, b) for a, b in sentences if a <= at < b)
        vocalized = "".join(ch + VOWELS[i % 3] for i, ch in enumerate(lemma))
        vocabulary.append(
            VocabularyEntry(
                lemma=lemma, lemma_vocalized=vocalized, gloss=f"meaning of word {len(seen)}",
                pos=POS[len(seen) % 5], root=lemma[:3], count=1 + index % 4,
                zipf=3 + (index % 30) / 10, level=LEVELS[len(seen) % 5],
                example=Span(s_start, s_end), example_text=text[s_start:s_end].strip(),
                first_token=index, forms=(word,),
            )
        )  # fmt: skip
        if len(vocabulary) == 100:
            break
    return ExportArticle(
        key="000_ad039091c34c510c",
        title="الصين وروسيا: تعزيز التعاون والتنسيق",
        text=text,
        paragraphs=tuple(paragraphs),
        vocabulary=tuple(vocabulary),
        items=tuple(_items(text, sentences, vocabulary)),
        source="PR Newswire, 5 February 2022",
    )


def _items(text: str, sentences, vocabulary: list[VocabularyEntry]) -> list[Item]:
    items = []
    for n, entry in enumerate(vocabulary[:15]):
        sentence = entry.example_text
        form = entry.forms[0]
        others = [v.forms[0] for v in vocabulary[n + 1 : n + 3]]
        items.append(
            Item(
                key=f"cloze-{n}", kind="cloze", type="multiple_choice", subtype="cloze",
                prompt=sentence.replace(form, BLANK, 1), answer=form,
                options=(form, *others), hint=entry.gloss, instruction="Fill in the blank.",
            )
        )  # fmt: skip
    for n in range(15):
        a, b = sentences[n % len(sentences)]
        prompt = text[a:b].strip()[:90] + "؟"
        kind = ("multiple_choice", "true_false", "typed", "matching", "ordering")[n % 5]
        words = [v.lemma for v in vocabulary[n * 3 : n * 3 + 3]]
        meanings = tuple(v.gloss for v in vocabulary[n * 3 : n * 3 + 3])
        items.append(
            Item(
                key=f"comp-{n}", kind="comprehension", type=kind, subtype=kind,
                prompt=prompt, answer=words[0] if kind != "true_false" else "صح",
                options={"true_false": ("صح", "خطأ"), "matching": meanings[::-1]}.get(
                    kind, tuple(words)
                ),
                pairs=tuple(zip(words, meanings, strict=True)),
                sequence=tuple(words), instruction="Answer the question.",
            )
        )  # fmt: skip
    for n in range(10):
        words = [v.lemma for v in vocabulary[40 + n * 3 : 43 + n * 3]]
        items.append(
            Item(
                key=f"roots-{n}", kind="roots", type="multiple_choice", subtype="root_share",
                prompt=f"أي كلمة من جذر «{words[0][:3]}»؟", answer=words[0], options=tuple(words),
                instruction="Which word shares the root?",
            )
        )  # fmt: skip
    return items


def real_seed_article() -> ExportArticle:
    """The seed as the app exports it: its own analysis, vocabulary and generated items."""
    from exercises.arabic.pipeline import analyze_text
    from exercises.arabic.vocabulary import build_vocabulary
    from exercises.generators.items import GenerationOptions
    from exercises.generators.registry import generate

    analysed = analyze_text(SEED.read_text(encoding="utf-8"))
    vocabulary = build_vocabulary(analysed)
    return ExportArticle.from_document(
        key="seed",
        title="الصين وروسيا تعززان التعاون خلال زيارة بوتين إلى بكين",
        document=analysed.document,
        vocabulary=vocabulary.words,
        names=vocabulary.names,
        items=generate(analysed, vocabulary, GenerationOptions(seed=1)),
        source="PR Newswire",
    )


def median_seconds(run: Callable[[], bytes], runs: int) -> tuple[float, int]:
    size = len(run())  # warm-up: fonts registered, shaping caches filled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed: the audio figures below are of decks without audio")
    options = WorksheetOptions(line_numbers=True)
    for label, article in (("fabricated", seed_article()), ("real seed", real_seed_article())):
        print(
            f"{label}: {len(article.text.split())} words, {len(article.vocabulary)} vocabulary "
            f"entries, {len(article.items)} items; every section; median of {args.runs} warm runs"
        )
        run_cases(article, options, args.runs, args.cold_runs)


def cold_seconds(article: ExportArticle, runs: int) -> tuple[float, int]:
    """The deck with audio from an empty audio cache, each run."""
    times, size = [], 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as directory:
            start = time.perf_counter()
            size = len(anki_deck_bytes([article], speaker=Speaker(Path(directory))))
            times.append(time.perf_counter() - start)
    return statistics.median(times), size


def run_cases(article: ExportArticle, options: WorksheetOptions, runs: int, cold: int) -> None:
    with tempfile.TemporaryDirectory() as directory:
        warm = Speaker(Path(directory))
        cases = {
            "worksheet PDF": lambda: worksheet_pdf_bytes(article, options),
            "Anki no audio": lambda: anki_deck_bytes([article], audio=False),
            "Anki audio warm": lambda: anki_deck_bytes([article], speaker=warm),
        }
        figures = {name: median_seconds(run, runs) for name, run in cases.items()}
    figures["Anki audio cold"] = cold_seconds(article, cold)
    for name, (seconds, size) in figures.items():
        verdict = "ok" if seconds <= TARGETS[name] else "OVER TARGET"
        print(
            f"{name:14} {seconds * 1000:7.1f} ms  (target {TARGETS[name] * 1000:.0f} ms, "
            f"{size / 1024:.0f} KiB)  {verdict}"
        )


if __name__ == "__main__":
    main()
