"""Writes for corrected meanings: a teacher's override of a word of an article, and a learner's
note on a lemma. Both keep the automatic vocabulary as it is."""

from __future__ import annotations

import uuid

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from exercises.arabic.text.normalize import display_form, strip_tashkeel
from exercises.models import Article, VocabularyOverride, VocabularyWord, WordNote

GLOSS_MAX = 500
VOCALIZED_MAX = 120


def same_word(vocalized: str, automatic: str) -> bool:
    """The same letters once the vowel marks are removed (so only the vowels changed)."""
    return strip_tashkeel(display_form(vocalized)) == strip_tashkeel(display_form(automatic))


@transaction.atomic
def vocabulary_override_set(
    *, word: VocabularyWord, gloss: str, vocalized: str = "", user: AbstractBaseUser | None
) -> VocabularyOverride | None:
    """Correct a word's gloss and vowels for its article.

    Args:
        word: the automatic entry being corrected.
        gloss: the meaning in this article; required.
        vocalized: the lemma with the right vowels; blank keeps the automatic vowels.

    Returns the stored override, or None when both values are the automatic ones (the word is
    then reverted). Raises ValidationError (with a message for the teacher) on an empty gloss
    or on a vocalization of other letters.
    """
    gloss = " ".join(gloss.split())
    vocalized = display_form(vocalized.strip())
    errors = {}
    if not gloss:
        errors["gloss"] = _("Give a meaning: it cannot be empty.")
    elif len(gloss) > GLOSS_MAX:
        errors["gloss"] = _("The meaning is too long (at most %(n)d characters).") % {
            "n": GLOSS_MAX
        }
    if vocalized and (
        len(vocalized) > VOCALIZED_MAX or not same_word(vocalized, word.lemma_vocalized)
    ):
        errors["vocalized"] = _(
            "The vowelled form must be the same word: only vowel marks may change (%(word)s)."
        ) % {"word": word.lemma_vocalized}
    if errors:
        raise ValidationError(errors)
    if vocalized == word.lemma_vocalized:
        vocalized = ""
    if gloss == word.gloss and not vocalized:
        vocabulary_override_revert(word=word)
        return None
    override, _created = VocabularyOverride.objects.update_or_create(
        article_id=word.article_id,
        lemma_vocalized=word.lemma_vocalized,
        pos=word.pos,
        is_name=word.is_name,
        defaults={"lemma": word.lemma, "gloss": gloss, "vocalized": vocalized, "updated_by": user},
    )
    _bump(word.article_id)
    return override


@transaction.atomic
def vocabulary_override_revert(*, word: VocabularyWord) -> bool:
    """Back to the automatic gloss and vowels; False when there was nothing to revert."""
    deleted, _rows = VocabularyOverride.objects.filter(
        article_id=word.article_id,
        lemma_vocalized=word.lemma_vocalized,
        pos=word.pos,
        is_name=word.is_name,
    ).delete()
    if deleted:
        _bump(word.article_id)
    return bool(deleted)


def _bump(article_id: int) -> None:
    Article.objects.filter(pk=article_id).update(vocabulary_edit=uuid.uuid4().hex)


def word_note_set(*, user: AbstractBaseUser, lemma: str, text: str) -> WordNote | None:
    """Keep the learner's note on a lemma; an empty note deletes it (returns None)."""
    text = text.strip()
    if len(text) > WordNote.MAX_LENGTH:
        raise ValidationError(
            {
                "text": _("A note may have at most %(n)d characters (this one has %(m)d).")
                % {"n": WordNote.MAX_LENGTH, "m": len(text)}
            }
        )
    if not lemma:
        raise ValidationError({"text": _("This word has no dictionary form to note.")})
    if not text:
        WordNote.objects.filter(user=user, lemma=lemma).delete()
        return None
    note, _created = WordNote.objects.update_or_create(
        user=user, lemma=lemma[:100], defaults={"text": text}
    )
    return note
