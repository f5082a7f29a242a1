"""How close a statement stays to the sentence it was made from, in words (vowels, tatweel and
punctuation left out): the longest stretch copied word for word, as a share of the statement.

A true statement that copies most of its sentence in one stretch is found by matching, not by
understanding; true/false keeps only statements under ``MAX_COPIED_SHARE``.
"""

from __future__ import annotations

import re

MAX_COPIED_SHARE = 0.7
_MARKS = re.compile("[\u064b-\u0652\u0640]")
_NOT_WORD = re.compile(r"[^\w]+")


def words(text: str) -> list[str]:
    return _NOT_WORD.sub(" ", _MARKS.sub("", text)).split()


def longest_copied_run(statement: str, sentence: str) -> int:
    """The most consecutive words of the statement found consecutive in the sentence."""
    a, b = words(statement), words(sentence)
    best = 0
    previous = [0] * (len(b) + 1)
    for word in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if word == other:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def copied_share(statement: str, sentence: str) -> float:
    """The longest copied stretch as a share of the statement's words (0 for no words)."""
    count = len(words(statement))
    return longest_copied_run(statement, sentence) / count if count else 0.0


def too_close(statement: str, sentence: str) -> bool:
    return copied_share(statement, sentence) > MAX_COPIED_SHARE


def in_order_share(statement: str, sentence: str) -> float:
    """The share of the statement's words the sentence has in the same order (for figures)."""
    a, b = words(statement), words(sentence)
    if not a:
        return 0.0
    previous = [0] * (len(b) + 1)
    for word in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            current[j] = previous[j - 1] + 1 if word == other else max(previous[j], current[j - 1])
        previous = current
    return previous[-1] / len(a)
