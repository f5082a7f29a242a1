"""«Which word shares the root of X?»: the pair of words, its look-alike options, and the check
that spotting letters does not solve it.

A learner who knows no morphology looks for the option that resembles X (ارتفع / ارتفاع), or for
the only option with the root's letters in order, or with one of its rarer letters (ظ in
موظف). So X and the answer must differ in pattern and stem, and the wrong options are common
words of other real roots that spell X's root letters in order (قبل: قنبلة; كتب: اكتساب).
"""

from __future__ import annotations

import random
from itertools import combinations

from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.text.normalize import lookup_form
from exercises.generators.readings import is_loanword
from exercises.generators.root_options import (
    body,
    consonants,
    in_order,
    letters,
    radicals,
    words_spelling,
)

_CANDIDATES = 40  # look-alike words examined per item, commonest first
_WANTED = 3
_CONTENT = frozenset({"NOUN", "ADJ", "VERB"})


def looks_alike(analyzer: Analyzer, form: str, other: str) -> bool:
    """The two words visibly share their stem: ارتفع / ارتفاع، تمدد / تمديد، طريق / طريقة."""
    a, b = body(form), body(other)
    if _distance(a, b) <= 2 or _common_run(a, b) >= 3:
        return True
    for one, two in ((form, other), (other, form)):
        for reading in analyzer.analyze(lookup_form(one)):
            if len(reading.stem) >= 2 and letters(reading.stem) in letters(two):
                return True
    return False


def spotting_solves(
    word: str, root: str, answer: str, options: list[str] | tuple[str, ...]
) -> bool:
    """A learner finds the answer by letters alone: it is the only option with the root's
    letters in order, or with one of them, or sharing two letters with the word, or the
    longest run of letters written as in the word."""
    wanted = radicals(root)
    for spelled in (wanted, letters(root)):  # strong letters, then all (ج و ز in جواز)
        if [option for option in options if in_order(spelled, option)] == [answer]:
            return True
    for letter in set(wanted):
        if [option for option in options if letter in body(option)] == [answer]:
            return True
    mine = consonants(word)
    if [option for option in options if len(consonants(option) & mine) >= 2] == [answer]:
        return True
    run = _common_run(body(word), body(answer))  # ممرّ / استمرّ: «مر» written alike
    return run >= 2 and not any(
        _common_run(body(word), body(option)) >= run for option in options if option != answer
    )


def look_alike_words(
    analyzer: Analyzer, root: str, shown: tuple[str, ...], rng: random.Random
) -> list[str]:
    """Common words of other real roots spelling the root's letters in order (all of them
    first, then two), one per root, none a name, a borrowing or a word of ``root``."""
    index = words_spelling(analyzer.lexicon)
    wanted = radicals(root)
    sequences = [wanted] + ["".join(pair) for pair in combinations(wanted, 2)]
    chosen: list[str] = []
    used_roots = {root}
    for sequence in sequences:
        found = [entry for entry in index.get(sequence, ()) if entry[1] not in used_roots]
        found = found[:_CANDIDATES]
        rng.shuffle(found)
        found.sort(key=lambda entry: -round(entry[2]))  # commonest first, shuffled within a band
        for word, other_root, _ in found:
            if len(chosen) >= _WANTED:
                return chosen
            if other_root in used_roots or word in shown or word in chosen:
                continue
            if _weak_variant(other_root, root):
                continue  # قيمة (قيم) for قام (قوم): dictionaries file both under one root
            if len(other_root) > len(root) and other_root.startswith(root):
                continue  # علمانية (ع ل م ن) is made from ع ل م: a second right answer
            if not _plain_word(analyzer, word, other_root):
                continue
            chosen.append(word)
            used_roots.add(other_root)
    return chosen


def _weak_variant(one: str, two: str) -> bool:
    """The roots differ only in weak letters (قوم / قيم، دور / دير)."""
    weak = str.maketrans("ويءا", "____")
    return len(one) == len(two) and one.translate(weak) == two.translate(weak)


def _plain_word(analyzer: Analyzer, word: str, root: str) -> bool:
    """Every reading a noun, adjective or verb of ``root`` (its own): not a name (مدينة is
    also Medina), not a function word (بعد, فوق), not ب + عدّ, not a borrowing."""
    readings = analyzer.analyze(lookup_form(word))
    return (
        bool(readings)
        and all(
            r.pos in _CONTENT and r.root == root and not r.gloss[:1].isupper() for r in readings
        )
        and not is_loanword(word)
    )


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of letters the two words share."""
    best = 0
    for start in range(len(a)):
        size = best + 1
        while start + size <= len(a) and a[start : start + size] in b:
            best = size
            size += 1
    return best


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, small words only."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]
