"""The evaluation's figures as a plain-text table, with the most frequent errors."""

from __future__ import annotations

from exercises.arabic.evaluation.scoring import Scores
from exercises.arabic.pipeline import Strategy


def format_report(results: dict[Strategy, Scores], *, errors: int = 0) -> str:
    """A plain-text table of the figures, and optionally the most frequent errors.

    Args:
        results: scores per strategy, as :func:`evaluate` returns them.
        errors: how many of the most frequent confusions and lemma errors to list.

    Returns:
        Lines of text ready to print.
    """
    names = {"context": "in context", "first": "first analysis", "learned": "learned"}
    lines = [
        f"{'strategy':<16}{'words':>8}{'lemma':>9}{'UPOS':>9}{'UPOS N/PN/A/V':>15}"
        f"{'same, PN=N':>12}{'lemma reachable':>17}{'unaligned':>11}"
    ]
    for strategy, scores in results.items():
        lines.append(
            f"{names.get(strategy, strategy):<16}{scores.words:>8}"
            f"{scores.lemma_accuracy:>9.2%}{scores.upos_accuracy:>9.2%}"
            f"{scores.content_upos_accuracy:>15.2%}{scores.content_coarse_accuracy:>12.2%}"
            f"{scores.lemma_recall:>17.2%}{scores.unaligned:>11}"
        )
    if errors:
        for strategy, scores in results.items():
            lines.append("")
            lines.append(f"{names.get(strategy, strategy)}: UPOS confusions (gold -> ours)")
            for (gold, ours), count in scores.confusion.most_common(errors):
                lines.append(f"  {count:>5}  {gold:<6} -> {ours}")
            lines.append(f"{names.get(strategy, strategy)}: lemma errors (form, gold, ours)")
            for (form, gold, ours), count in scores.lemma_errors.most_common(errors):
                lines.append(f"  {count:>5}  {form}  {gold}  {ours}")
    return "\n".join(lines)
