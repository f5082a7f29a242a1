"""The vocabulary of an analysed article: one entry per lemma, names apart.

Forms of one lemma are one entry (الرئيس، الرئيسان، رئيس -> رَئِيس). Content words (NOUN, VERB,
ADJ, ADV) make the word list; proper names (PROPN) make their own list, with their glosses.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Literal

from exercises.arabic.analysis_types import (
    CONTENT_POS,
    Analysis,
    AnalyzedDocument,
    AnalyzedToken,
    Span,
    Term,
    VocabularyEntry,
)
from exercises.arabic.calendar_words import calendar_gloss, calendar_root, is_calendar_word
from exercises.arabic.frequency import level_for_zipf, level_rank, zipf
from exercises.arabic.gc_pause import gc_paused
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel

Order = Literal["appearance", "level"]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    words: tuple[VocabularyEntry, ...]
    names: tuple[VocabularyEntry, ...]


@gc_paused()
def build_vocabulary(analysed: AnalyzedDocument, *, order: Order = "appearance") -> Vocabulary:
    """Collect the article's lemmas with counts, frequency, level and first example sentence.

    Every lemma appears once, in the list of its most frequent part of speech (a word read as
    NOUN here and ADJ there is one entry), and every written form belongs to one lemma: a
    form that context read two ways goes to the lemma it was read as most often.

    Args:
        analysed: the analysed article.
        order: ``"appearance"`` (first occurrence) or ``"level"`` (easiest first).

    Returns:
        The content words (NOUN, VERB, ADJ, ADV) and the multiword terms (their lemma holds
        a space; their words are entries too) and, apart, the proper names.
    """
    groups: dict[str, list[AnalyzedToken]] = {}
    for item in analysed.tokens:
        analysis = item.analysis
        if analysis is None or item.is_stopword:
            continue
        if is_calendar_word(analysis):  # مارس، الجمعة: words to learn, with their English
            analysis = dataclasses.replace(
                analysis,
                pos="NOUN",
                gloss=calendar_gloss(analysis),
                root=calendar_root(analysis),
            )
            item = dataclasses.replace(item, analysis=analysis)
        if analysis.pos == "PROPN" or analysis.pos in CONTENT_POS:
            groups.setdefault(_lemma_identity(analysis), []).append(item)
    groups = _merge_unvowelled(groups)
    groups = _one_lemma_per_form(groups)
    words, names = [], []
    for group in groups.values():
        main = _main_reading(group)
        if main.analysis is not None and main.analysis.pos == "PROPN":
            names.append(_entry(analysed, group, main))
        elif main.analysis is not None and main.analysis.pos in CONTENT_POS:
            words.append(_entry(analysed, group, main))
    words.extend(_term_entries(analysed))
    return Vocabulary(
        words=sort_entries(words, order),
        names=sort_entries(names, "appearance"),
    )


def sort_entries(entries: list[VocabularyEntry], order: Order) -> tuple[VocabularyEntry, ...]:
    if order == "level":
        return tuple(sorted(entries, key=lambda e: (level_rank(e.level), -e.zipf, e.first_token)))
    return tuple(sorted(entries, key=lambda e: e.first_token))


def _lemma_identity(analysis: Analysis) -> str:
    # The vocalized lemma separates homographs (عامّ general / عام year) that share bare letters.
    return unicodedata.normalize("NFC", analysis.lemma_vocalized)


def _merge_unvowelled(
    groups: dict[str, list[AnalyzedToken]],
) -> dict[str, list[AnalyzedToken]]:
    """A lemma known only by its letters (a name guessed in context) joins the vowelled one of
    its kind: جمعة in المدرب جمعة الحسيني is a name, not the weekday الجمعة."""
    by_letters: dict[tuple[str, bool], str] = {}
    for identity, group in groups.items():
        if identity != strip_tashkeel(identity):
            by_letters.setdefault((normalize_key(identity), _named(group)), identity)
    merged: dict[str, list[AnalyzedToken]] = {}
    for identity, group in groups.items():
        target = identity
        if identity == strip_tashkeel(identity):
            target = by_letters.get((normalize_key(identity), _named(group)), identity)
        merged.setdefault(target, []).extend(group)
    for group in merged.values():
        group.sort(key=lambda item: item.token.index)
    return merged


def _named(group: list[AnalyzedToken]) -> bool:
    return all(item.analysis is not None and item.analysis.pos == "PROPN" for item in group)


def _one_lemma_per_form(
    groups: dict[str, list[AnalyzedToken]],
) -> dict[str, list[AnalyzedToken]]:
    """Each written form goes to the lemma it was read as most often (first seen on a tie)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for identity, group in groups.items():
        for item in group:
            counts[_form_key(item)][identity] += 1
    owner = {form: found.most_common(1)[0][0] for form, found in counts.items()}
    regrouped: dict[str, list[AnalyzedToken]] = {}
    for group in groups.values():
        for item in group:
            regrouped.setdefault(owner[_form_key(item)], []).append(item)
    for group in regrouped.values():
        group.sort(key=lambda item: item.token.index)
    return regrouped


def _form_key(item: AnalyzedToken) -> str:
    return normalize_key(item.token.text)


def _main_reading(group: list[AnalyzedToken]) -> AnalyzedToken:
    """The first occurrence of the group's most frequent part of speech."""
    pos_counts = Counter(_list_pos(item.analysis) for item in group if item.analysis)
    best_pos = max(pos_counts, key=lambda pos: (pos_counts[pos], pos != "PROPN"))
    main = next(item for item in group if item.analysis and _list_pos(item.analysis) == best_pos)
    assert main.analysis is not None
    if main.analysis.pos != best_pos:
        return dataclasses.replace(main, analysis=dataclasses.replace(main.analysis, pos=best_pos))
    return main


def _list_pos(analysis: Analysis) -> str:
    """The part of speech a learner's list files the word under.

    A noun used as a time adverb (يوم الجمعة) is still the noun it is, and a common noun or
    adjective inside a multiword name (منظمة شانغهاي، الأمم المتحدة) is a word worth learning,
    so it stays in the word list; only the lexicon's proper nouns and unknown names are names.
    """
    if analysis.pos == "ADV" and analysis.tag.endswith("/NOUN"):
        return "NOUN"
    if analysis.pos == "PROPN" and analysis.gloss and analysis.tag.endswith(("/NOUN", "/ADJ")):
        return "ADJ" if analysis.tag.endswith("/ADJ") else "NOUN"
    return analysis.pos


def _entry(
    analysed: AnalyzedDocument, group: list[AnalyzedToken], main: AnalyzedToken
) -> VocabularyEntry:
    first = group[0]
    analysis = main.analysis
    assert analysis is not None
    document = analysed.document
    sentence = document.sentences[first.token.sentence]
    forms = tuple(dict.fromkeys(item.token.text for item in group))
    lemma_zipf = max([zipf(analysis.lemma), *(item.zipf for item in group)])
    gloss = analysis.gloss or next(
        (item.analysis.gloss for item in group if item.analysis and item.analysis.gloss), ""
    )
    return VocabularyEntry(
        lemma=analysis.lemma,
        lemma_vocalized=analysis.lemma_vocalized,
        gloss=gloss,
        pos=analysis.pos,
        root=analysis.root,
        count=len(group),
        zipf=round(lemma_zipf, 2),
        level=level_for_zipf(lemma_zipf),
        example=Span(sentence.start, sentence.end),
        example_text=document.text[sentence.start : sentence.end],
        first_token=first.token.index,
        forms=forms,
        other_glosses=_other_glosses(group, analysis),
    )


def _other_glosses(group: list[AnalyzedToken], main: Analysis) -> tuple[str, ...]:
    """The lemma's senses other than the entry's: those the article uses elsewhere first,
    then those it never uses (another stem of the same sense, a plural, is no other sense)."""
    used = [
        item.analysis.gloss
        for item in group
        if item.analysis and item.analysis.lemma_id != main.lemma_id
    ]
    unused = [other for item in group if item.analysis for other in item.analysis.other_glosses]
    same_sense = {
        item.analysis.gloss
        for item in group
        if item.analysis and item.analysis.lemma_id == main.lemma_id
    }
    return tuple(
        other for other in dict.fromkeys(used + unused) if other and other not in same_sense
    )


def _term_entries(analysed: AnalyzedDocument) -> list[VocabularyEntry]:
    """One entry per multiword term: as hard as its rarest word, filed by its first word."""
    groups: dict[str, list[Term]] = {}
    for term in analysed.terms:
        groups.setdefault(term.lemma_vocalized, []).append(term)
    document = analysed.document
    entries = []
    for occurrences in groups.values():
        first = occurrences[0]
        members = analysed.tokens[first.first_token : first.last_token + 1]
        words = [item for item in members if item.analysis is not None]
        rarest = min(max(zipf(item.analysis.lemma), item.zipf) for item in words if item.analysis)
        sentence = document.sentences[document.tokens[first.first_token].sentence]
        forms = tuple(
            dict.fromkeys(
                document.text[
                    document.tokens[t.first_token].start : document.tokens[t.last_token].end
                ]
                for t in occurrences
            )
        )
        head = words[0].analysis.pos if words and words[0].analysis else "NOUN"
        entries.append(
            VocabularyEntry(
                lemma=first.lemma,
                lemma_vocalized=first.lemma_vocalized,
                gloss=first.gloss,
                pos=_TERM_POS.get(head, "ADV"),
                root="",
                count=len(occurrences),
                zipf=round(rarest, 2),
                level=level_for_zipf(rarest),
                example=Span(sentence.start, sentence.end),
                example_text=document.text[sentence.start : sentence.end],
                first_token=first.first_token,
                forms=forms,
            )
        )
    return entries


# A term is filed by its first word: a noun phrase, a verb phrase, else an adverbial.
_TERM_POS = {"NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "NOUN", "VERB": "VERB"}
