"""Root items over tests/corpus/*.txt: how many a learner solves by spotting letters.

Run from the project's folder: ``python scripts/root_item_figures.py`` (never reads unseen/ or
holdout/).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.generators.root_checks import is_real_root  # noqa: E402
from tests.generators.test_roots_corpus import (  # noqa: E402
    ARTICLES,
    SUBTYPES,
    _words,
    corpus_items,
    named_or_borrowed,
    solved,
)


def main() -> None:
    items = corpus_items()
    print(f"{len(items)} root items over {len(ARTICLES)} articles (target: <= 20% solvable)")
    for subtype in (None, *SUBTYPES):
        bad, total, _ = solved(subtype)
        label = subtype or "all"
        print(f"{label}: {bad}/{total} solvable by letters ({bad / max(total, 1):.0%})")
    per_article = Counter(name for name, _ in items)
    two = sum(1 for path in ARTICLES if per_article[path.stem] >= 2)
    print(f"articles with >= 2 root items: {two}/{len(ARTICLES)} ({two / len(ARTICLES):.0%})")
    roots = [
        option for _, item in items if item.subtype == "root_identify" for option in item.options
    ]
    fake = [root for root in roots if not is_real_root(root)]
    print(f"option roots not real: {len(fake)}/{len(roots)} {sorted(set(fake))[:12]}")
    words = [word for _, item in items for word in _words(item)]
    wrong = [word for word in words if named_or_borrowed(word)]
    print(f"names or borrowed words: {len(wrong)}/{len(words)} {sorted(set(wrong))}")


if __name__ == "__main__":
    main()
