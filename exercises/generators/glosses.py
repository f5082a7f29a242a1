"""English glosses from the lexicon: a short form to show, the sense a word has in context (or
none, when the lexicon leaves it open), and a test for shared meaning."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.wordlists import lines
from exercises.generators.readings import is_unambiguous

# Words of a gloss that say nothing about its meaning ("to make sth. ...", "one's ...").
_FILLER = frozenset(lines("gloss_filler_words"))
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=50_000)
def short_gloss(gloss: str, senses: int = 2) -> str:
    """The first senses of a lexicon gloss (``trust; confidence; faith`` -> ``trust; confidence``).

    Parenthesised remarks are dropped: they explain, they do not translate.
    """
    cleaned = re.sub(r"\([^)]*\)?", "", gloss)
    parts = [part.strip(" ,") for part in re.split(r"[;/]", cleaned) if part.strip(" ,")]
    return "; ".join(parts[:senses])


@lru_cache(maxsize=50_000)
def gloss_keys(gloss: str) -> frozenset[str]:
    """Crude stems of the content words of a gloss, and their synonym groups.

    ``cooperation`` and ``cooperate`` share a stem; ``last`` and ``final`` share a group.
    """
    keys = set()
    groups = _synonym_groups()
    for word in _WORD.findall(gloss.lower()):
        if word in _FILLER or len(word) < 3:
            continue
        keys.add(word[:5] if len(word) >= 5 else word)
        keys.update(f"#{group}" for group in groups.get(word, ()))
    return frozenset(keys)


def glosses_overlap(a: str, b: str) -> bool:
    """True when two glosses share a content word or a synonym group: both may fit one gap."""
    return bool(gloss_keys(a) & gloss_keys(b))


@lru_cache(maxsize=50_000)
def looks_plural(gloss: str) -> bool:
    """The lexicon glosses broken plurals in the plural (``games``, ``years``, ``cities``)."""
    first = short_gloss(gloss, 1).split(" ")[-1].lower() if gloss else ""
    return len(first) > 3 and first.endswith("s") and not first.endswith(("ss", "us", "is", "ics"))


@lru_cache(maxsize=50_000)
def is_generic_adjective(gloss: str) -> bool:
    """An adjective that fits almost any noun (big, other, high): its first sense says so."""
    first = short_gloss(gloss, 1).lower()
    return bool(set(_WORD.findall(first)) & _generic_adjectives())


@cache
def _generic_adjectives() -> frozenset[str]:
    return frozenset(lines("gloss_generic_adjectives"))


@cache
def _synonym_groups() -> dict[str, tuple[int, ...]]:
    groups: dict[str, tuple[int, ...]] = {}
    for number, line in enumerate(lines("gloss_synonyms")):
        for word in line.split():
            groups[word] = (*groups.get(word, ()), number)
    return groups


@cache
def _quantity_words() -> frozenset[str]:
    return frozenset(lines("gloss_cardinals") + lines("gloss_ordinals") + lines("gloss_quantities"))


def is_quantity(gloss: str) -> bool:
    """The gloss's first sense is a number, a fraction or a round quantity (one third; half;
    scores; thousands): any other number would fit where the word stands."""
    first = gloss.split(";")[0].strip().lower().removeprefix("one ").removeprefix("a ")
    words = _WORD.findall(first)
    return bool(words) and words[0] in _quantity_words()


def context_gloss(analyzer: Analyzer, item: AnalyzedToken) -> str:
    """The English meaning to show for a word in its sentence (a meaning item, a cloze hint),
    or "" when the lexicon leaves it open.

    Open: the written form has readings of other lemmas or senses (قدرة: قِدْرة "pot" and
    قُدْرة "power"; تقرير: "decision" and "report"), which nothing here picks by context; or the
    gloss lists three senses or more that share no meaning (جولة: tour; patrol; round). Two
    distinct senses are both shown (نتيجة: result; consequence); senses that share a meaning
    (ability; capacity) are kept together, at most two.
    """
    analysis = item.analysis
    if analysis is None or not analysis.gloss:
        return ""
    if not is_unambiguous(analyzer, item.token.text, analysis):
        return ""
    return sense_gloss(analysis.gloss)


def one_sense(shown: str) -> bool:
    """Whether a gloss as shown (``sense_gloss``) is one meaning: its parts share a meaning."""
    parts = shown.split("; ")
    return all(glosses_overlap(parts[0], other) for other in parts[1:])


@lru_cache(maxsize=50_000)
def sense_gloss(gloss: str) -> str:
    """The gloss cut to its first sense (with a synonym), or to both of two senses (a word
    of each: the sentence tells which, and the first alone was often the wrong one, صاروخ
    "missile" launching a satellite); "" for three senses or more."""
    cleaned = re.sub(r"\([^)]*\)?", "", gloss)
    senses = [part.strip(" ,") for part in re.split(r"[;/]", cleaned) if part.strip(" ,")]
    groups: list[list[str]] = []
    for sense in senses:
        for group in groups:
            if any(glosses_overlap(sense, other) for other in group):
                group.append(sense)
                break
        else:
            groups.append([sense])
    if not groups or len(groups) >= 3:
        return ""
    if len(groups) == 2:
        return f"{groups[0][0]}; {groups[1][0]}"
    return "; ".join(groups[0][:2])
