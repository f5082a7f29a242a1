"""Vowel figures of the analysis in context: shadda after the article, vowelled lemmas.

Run: ``.venv/bin/python bench/vowel_figures.py [PATH...]`` (default: the seed and
``tests/corpus/*.txt``, never ``tests/corpus/unseen/``). Prints, over every word token:

- sun letters after ال: how many words with the article before a sun letter carry the shadda
  on it (target >= 98% on the seed);
- moon letters after ال: how many carry the sukun on the article's lam (a kasra before
  hamzat al-wasl);
- lemmas without any vowel mark (distinct lemmas; names guessed in context and one-letter
  lemmas apart, since nothing gives their vowels);
- words whose pronoun suffix ه، هم، هما، هن has no vowel.

``--dump DIR`` writes each article's ``analyze --json`` report to DIR (to compare runs).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exercises.arabic.analysis_json import analysis_report  # noqa: E402
from exercises.arabic.pipeline import analyze_text  # noqa: E402

SUN = frozenset("تثدذرزسشصضطظلن")
MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}
KASRA, SHADDA, SUKUN = "\u0650", "\u0651", "\u0652"


def default_paths() -> list[Path]:
    return [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests/corpus").glob("*.txt"))]


def after_article(analysis) -> tuple[str, str] | None:
    """(marks on the article's lam, the first stem letter with its marks), or None."""
    if "Al/DET" not in analysis.prefixes or not analysis.prefix_text:
        return None
    units = _units(analysis.vocalized)
    prefix_letters = len(analysis.prefix_text)
    if len(units) <= prefix_letters:
        return None
    lam = units[prefix_letters - 1] if analysis.prefix_text.endswith("ل") else ("", "")
    written_lam = analysis.prefix_text.endswith(("ال", "لل"))
    return (lam[1] if written_lam else SUKUN + "?"), units[prefix_letters][0] + units[
        prefix_letters
    ][1]


def _units(text: str) -> list[tuple[str, str]]:
    units: list[tuple[str, str]] = []
    for char in text:
        if char in MARKS and units:
            units[-1] = (units[-1][0], units[-1][1] + char)
        elif char not in MARKS:
            units.append((char, ""))
    return units


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--dump", type=Path)
    arguments = parser.parse_args()
    paths = arguments.paths or default_paths()
    counts: Counter[str] = Counter()
    seed_counts: Counter[str] = Counter()
    bare_lemmas: Counter[str] = Counter()
    for path in paths:
        if "unseen" in path.parts:
            continue
        analysed = analyze_text(path.read_text(encoding="utf-8"))
        if arguments.dump:
            arguments.dump.mkdir(parents=True, exist_ok=True)
            report = json.dumps(analysis_report(analysed), ensure_ascii=False, indent=1)
            (arguments.dump / f"{path.stem}.json").write_text(report, encoding="utf-8")
        is_seed = path.parent.name == "seeds"
        for item in analysed.tokens:
            analysis = item.analysis
            if analysis is None:
                continue
            _count(analysis, counts, bare_lemmas)
            if is_seed:
                _count(analysis, seed_counts, Counter())
    for name, table in (("seed", seed_counts), ("all", counts)):
        print(
            f"{name}: shadda on a sun letter after ال {_share(table, 'sun_ok', 'sun')}; "
            f"sukun on the lam before a moon letter {_share(table, 'moon_ok', 'moon')}; "
            f"vowelled ه pronouns {_share(table, 'pron_ok', 'pron')}"
        )
    print(f"distinct lemmas without a vowel mark: {len(bare_lemmas)}")
    for lemma, count in bare_lemmas.most_common(40):
        print(f"  {lemma} ({count})")


def _count(analysis, table: Counter[str], bare_lemmas: Counter[str]) -> None:
    found = after_article(analysis)
    if found is not None:
        lam_marks, letter = found
        if letter[0] in SUN:
            table["sun"] += 1
            table["sun_ok"] += SHADDA in letter and SUKUN not in lam_marks
        else:
            table["moon"] += 1
            # before hamzat al-wasl the lam takes a kasra instead (الِاجْتِماع)
            wasla = letter[0] == "ا" and KASRA in lam_marks
            table["moon_ok"] += SUKUN in lam_marks or wasla
    if any(tag.split("/")[0] in {"hu", "hum", "humA", "hun~a"} for tag in analysis.suffixes):
        table["pron"] += 1
        last = _units(analysis.vocalized)
        pronoun = [unit for unit in last if unit[0] == "ه"]
        table["pron_ok"] += bool(pronoun and pronoun[-1][1])
    lemma = analysis.lemma_vocalized
    guessed = ":" in analysis.lemma_id or not analysis.lemma_id
    if len(lemma) > 1 and not guessed and not any(char in MARKS for char in lemma):
        bare_lemmas[f"{lemma} {analysis.pos}"] += 1


def _share(table: Counter[str], ok: str, total: str) -> str:
    if not table[total]:
        return "n/a"
    return f"{table[ok]}/{table[total]} = {100 * table[ok] / table[total]:.1f}%"


if __name__ == "__main__":
    main()
