"""Roots a lemma's own shape shows, where neither the lexicon nor Arramooz gives one.

Two shapes hide a weak or hamzated root letter that the spelling of the lemma loses:
- a noun of two letters and ة that lost its third letter (سَنَة), which another stem of the
  same lemma writes (سَنَوات: س ن و);
- فِعالة / فَعالة with ي after the long ā (بِدايَة، رِعايَة), where ي stands for a final و, ي
  or hamza (ب د أ).
And a noun in ة whose written form without it is a word of a known root (حالَة: حال).

A candidate is taken only when it is a root the lexicon files words under, its letters fit the
lemma, and that family's glosses share a content word with the lemma's (بِدايَة "beginning;
start" and بَدَأ "start; begin", not بَدا "appear"); with more than one such root, none. So
no root is made up; a borrowed word (whose shape rarely matches) would need an Arabic family
of the same meaning besides, and one the loanword list names gets none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from exercises.arabic.morphology.second_roots import second_source_root
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines, word_list

_WEAK_ENDINGS = ("و", "ي", "ء")
_FIAALA = re.compile(r"^(..)ا[يء]ة$")  # بداية، بداءة
_GLOSS_WORD = re.compile(r"[a-z]+")
_MIN_SHARED = 4  # letters: "year" and "yearly" agree, "act" and "action" do not count
# The word lists read here: the lexicon cache is keyed on them.
FILLER_LIST = "gloss_filler_words"
LOANWORD_LIST = "loanwords"


def derived_roots_for(
    stems: dict[str, list[Any]], rooted_pos: frozenset[str], fits: Callable[[str, str], bool]
) -> dict[str, list[Any]]:
    """The lexicon's stems with the roots their lemmas' shapes show where they have none.

    Args:
        stems: the lexicon's stems by written form (named tuples with ``written``, ``lemma``,
            ``lemma_vocalized``, ``lemma_id``, ``upos``, ``gloss`` and ``root``).
        rooted_pos: the parts of speech that have a root.
        fits: whether a root can be the root of a bare lemma.
    """
    families = _family_words(stems, rooted_pos)
    rootless: dict[str, list[Any]] = {}
    for entries in stems.values():
        for stem in entries:
            if not stem.root and stem.upos in rooted_pos:
                rootless.setdefault(stem.lemma_id, []).append(stem)
    found = {}
    for lemma_id, lemma_stems in rootless.items():
        root = _derived_root(lemma_stems, families, fits)
        if root:
            found[lemma_id] = root
    if not found:
        return stems
    for entries in stems.values():
        for index, stem in enumerate(entries):
            if not stem.root and stem.upos in rooted_pos and stem.lemma_id in found:
                entries[index] = stem._replace(root=found[stem.lemma_id])
    return stems


def _derived_root(
    lemma_stems: list[Any], families: dict[str, set[str]], fits: Callable[[str, str], bool]
) -> str:
    first = lemma_stems[0]
    key = normalize_key(first.lemma)
    if any(key.startswith(loan) for loan in word_list(LOANWORD_LIST)):
        return ""  # إستراتيجية، بورصة: borrowed, whatever family its letters meet
    candidates = _candidates(first.lemma, {stem.written for stem in lemma_stems}, first.upos)
    meaning = set().union(*(_content_words(stem.gloss) for stem in lemma_stems))
    agreed = {
        root
        for root in candidates
        if root in families and fits(root, first.lemma) and _agree(meaning, families[root])
    }
    return agreed.pop() if len(agreed) == 1 else ""


def _candidates(lemma: str, written: set[str], upos: str) -> set[str]:
    found = set()
    if len(lemma) == 3 and lemma.endswith("ة"):  # سنة: its plural stem سنو writes the root
        found |= {
            form for form in written if len(form) == 3 and form[:2] == lemma[:2] and form[2] in "وي"
        }
    shape = _FIAALA.match(lemma)
    if shape:
        found |= {shape.group(1) + letter for letter in _WEAK_ENDINGS}
    if lemma.endswith("ة") and len(lemma) >= 4 and upos == "NOUN":
        found.add(second_source_root(lemma[:-1], "NOUN"))  # حالة: the noun حال
    found.discard("")
    return found


def _family_words(stems: dict[str, list[Any]], rooted_pos: frozenset[str]) -> dict[str, set[str]]:
    """Each root's content words of its stems' glosses."""
    families: dict[str, set[str]] = {}
    for entries in stems.values():
        for stem in entries:
            if stem.root and stem.upos in rooted_pos:
                families.setdefault(stem.root, set()).update(_content_words(stem.gloss))
    return families


def _content_words(gloss: str) -> set[str]:
    filler = frozenset(lines(FILLER_LIST))
    return {
        word
        for word in _GLOSS_WORD.findall(gloss.lower())
        if len(word) >= _MIN_SHARED and word not in filler
    }


def _agree(meaning: set[str], family: set[str]) -> bool:
    """Whether a word of one set begins a word of the other (year, yearly)."""
    return any(
        theirs.startswith(ours) or ours.startswith(theirs) for ours in meaning for theirs in family
    )
