"""Reads for corrected meanings: a teacher's overrides of an article's words, and a learner's
own notes on lemmas. Both are laid over the automatic vocabulary, never written into it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.models import VocabularyOverride, WordNote

OverrideKey = tuple[str, str, bool]  # the automatic lemma_vocalized, pos, is_name


def override_key(entry: VocabularyEntry, *, is_name: bool = False) -> OverrideKey:
    """The identity of the automatic entry an override corrects (its automatic vowels)."""
    return (entry.automatic_vocalized or entry.lemma_vocalized, entry.pos, is_name)


def article_overrides(article_id: int) -> dict[OverrideKey, VocabularyOverride]:
    rows = VocabularyOverride.objects.filter(article_id=article_id)
    return {(row.lemma_vocalized, row.pos, row.is_name): row for row in rows}


def with_override(entry: VocabularyEntry, override: VocabularyOverride | None) -> VocabularyEntry:
    """The entry as the teacher corrected it, keeping what the analysis gave beside it."""
    if override is None:
        return entry
    vocalized = override.vocalized or entry.lemma_vocalized
    return replace(
        entry,
        gloss=override.gloss,
        lemma_vocalized=vocalized,
        automatic_gloss=entry.gloss,
        automatic_vocalized=entry.lemma_vocalized,
    )


def entries_overridden(
    entries: Iterable[VocabularyEntry],
    overrides: dict[OverrideKey, VocabularyOverride],
    *,
    is_name: bool = False,
) -> tuple[VocabularyEntry, ...]:
    return tuple(
        with_override(entry, overrides.get(override_key(entry, is_name=is_name)))
        for entry in entries
    )


def hint_glosses(entries: Iterable[VocabularyEntry]) -> dict[str, str]:
    """The corrected gloss of each corrected lemma: what a cloze gap of that word hints."""
    return {entry.lemma: entry.gloss for entry in entries if entry.automatic_gloss}


def article_hint_glosses(article_id: int) -> dict[str, str]:
    """``hint_glosses`` straight from the overrides (one query; no vocabulary needed)."""
    rows = VocabularyOverride.objects.filter(article_id=article_id, is_name=False)
    # By id, as the model's ordering (article, id) has it within one article, without its join.
    return dict(rows.order_by("id").values_list("lemma", "gloss"))


def corrected_hint(hint: str, kind: str, lemma: str, glosses: dict[str, str]) -> str:
    """A cloze item's hint is its word's gloss: a corrected gloss replaces it (a cloze without
    a hint stays without one)."""
    if not hint or kind != "cloze":
        return hint
    return glosses.get(lemma, hint)[:300]


def word_notes(user: AbstractBaseUser | AnonymousUser | None, lemmas: Iterable[str]) -> dict:
    """The user's notes on these lemmas, by lemma (none for a visitor)."""
    if user is None or not user.is_authenticated:
        return {}
    rows = WordNote.objects.filter(user=user, lemma__in=set(lemmas))
    return dict(rows.values_list("lemma", "text"))


def word_note(user: AbstractBaseUser | AnonymousUser | None, lemma: str) -> str:
    return word_notes(user, [lemma]).get(lemma, "")


def entries_noted(
    entries: Iterable[VocabularyEntry], notes: dict[str, str]
) -> tuple[VocabularyEntry, ...]:
    return tuple(replace(e, note=notes[e.lemma]) if e.lemma in notes else e for e in entries)
