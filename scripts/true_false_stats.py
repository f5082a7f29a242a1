"""True/false balance, copied true statements and comprehension types over tests/corpus/*.txt
(the unseen folder is not read): python scripts/true_false_stats.py, from the project folder."""

import re
from collections import Counter
from pathlib import Path

from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import build_vocabulary
from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate


def norm(s):
    s = re.sub(r"[\u064b-\u0652ـ]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


seeds = range(5)
paths = sorted(Path("tests/corpus").glob("*.txt"))
tf_total = Counter()
bad_sets = 0
nsets = 0
copied = 0
ntrue = 0
few_types = []
subtype_counts = Counter()
for path in paths:
    text = path.read_text(encoding="utf-8")
    a = analyze_text(text)
    v = build_vocabulary(a)
    sent_norms = {norm(text[s.start : s.end]) for s in a.document.sentences}
    words = len(text.split())
    for seed in seeds:
        items = generate(a, v, GenerationOptions(kinds=("comprehension",), seed=seed))
        tf = [i for i in items if i.subtype == "true_false"]
        t = sum(i.answer == "صح" for i in tf)
        tf_total["true"] += t
        tf_total["all"] += len(tf)
        nsets += 1
        if not tf or not 0.4 <= t / len(tf) <= 0.6:
            bad_sets += 1
            if words >= 150 or tf:
                print("BAD", path.stem, seed, len(tf), t)
        for i in tf:
            if i.answer == "صح":
                ntrue += 1
                p = norm(i.prompt)
                if (
                    any(
                        p == norm(a.text[s.start : s.end])
                        or p == norm(a.text[s.start : s.end]).removeprefix("و")
                        for s in i.support
                    )
                    or p in sent_norms
                ):
                    copied += 1
                if any(p.removeprefix("و") in norm(a.text[s.start : s.end]) for s in i.support):
                    tf_total["substr"] += 1
        types = {i.subtype for i in items}
        subtype_counts.update(i.subtype for i in items)
        if words >= 150 and len(types) < 3:
            few_types.append((path.stem, seed, sorted(types)))
        if seed == 0:
            print(path.stem, words, len(tf), t, sorted(Counter(i.subtype for i in items).items()))
share = 100 * tf_total["true"] / max(1, tf_total["all"])
print(f"true share overall: {tf_total['true']}/{tf_total['all']} = {share:.1f}%")
print(f"sets outside 40-60%: {bad_sets}/{nsets}")
print("true statements a word-for-word stretch of their sentence:", tf_total["substr"])
print(f"true statements copied: {copied}/{ntrue}")
print("sets with <3 subtypes on 150+ word articles:", len(few_types), few_types[:10])
print("subtypes:", dict(subtype_counts))
