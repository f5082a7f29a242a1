"""Anki decks (.apkg) of an article's vocabulary and cloze items, written with genanki.

Identity is what makes re-exports safe. Anki matches note types by id, decks by id and name,
and notes by GUID, so none of them may come from the clock:

- the note type ids (in ``anki_note_types``) are fixed forever; change the fields or templates
  of a note type only together with a new id (Anki refuses to merge notes whose note type
  changed shape);
- a deck id is a hash of the article key (and of the parent deck's name when nested);
- a note's GUID is ``genanki.guid_for(article key, lemma)`` for vocabulary and
  ``genanki.guid_for(article key, item key)`` for cloze notes.

Importing a newer export of the same article therefore updates the learner's notes (and keeps
their review history) instead of adding duplicates.
"""

from __future__ import annotations

import hashlib
import html
import time
import unicodedata
from collections.abc import Sequence

import genanki

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.exports.anki_media import (
    AnkiDeck,
    DeckAudio,
    example_text,
    package_bytes,
    word_text,
)
from exercises.exports.anki_note_types import cloze_note_type, vocabulary_note_type
from exercises.exports.article import ExportArticle
from exercises.exports.text import (
    example_html,
    grammar_html,
    root_display,
    tag,
    without_vowels,
)
from exercises.generators.items import BLANK, Item
from exercises.speech import Speaker

DEFAULT_PARENT_DECK = "Arabic articles"
_DECK_ID_OFFSET = 1 << 31  # above genanki's suggested random range, far from Anki's deck 1
TAG_ROOT = "arabic-exercises"
# What a cloze card asks, whatever the item asked on the site: the card has a box to type the
# word in and no choices.
CLOZE_INSTRUCTION = "Type the missing word."


def deck_id(*parts: str) -> int:
    """A deck id that depends only on ``parts`` (the article key, the parent deck's name)."""
    digest = hashlib.sha256("\x1f".join(("deck", *parts)).encode()).digest()
    return _DECK_ID_OFFSET + (int.from_bytes(digest[:4], "big") & 0x7FFFFFFF)


def word_fields(
    entry: VocabularyEntry,
    *,
    examples: str,
    sources: str,
    audio: str = "",
    example_audio: str = "",
) -> list[str]:
    """The word note's fields, in the note type's order: the word, its bare form, meaning, part
    of speech, root, example sentences (HTML), where it comes from, the ``[sound:...]`` of the
    word and of its examples (empty without audio), and its grammar (plural, verb form, present
    tense, masdar, as far as the lexicon gives them), and the learner's own note."""
    arabic = word_text(entry)
    return [
        html.escape(arabic),
        html.escape(entry.lemma or without_vowels(arabic)),
        html.escape(entry.gloss),
        html.escape(entry.pos),
        html.escape(root_display(entry.root)),
        examples,
        html.escape(sources),
        audio,
        example_audio,
        grammar_html(entry),
        html.escape(entry.note),
    ]


def vocabulary_note(
    article: ExportArticle,
    entry: VocabularyEntry,
    note_type: genanki.Model,
    audio: DeckAudio | None = None,
) -> genanki.Note:
    sounds = audio or DeckAudio((), None)
    return genanki.Note(
        model=note_type,
        fields=word_fields(
            entry,
            examples=example_html(entry),
            sources=article.title,
            audio=sounds.sound(word_text(entry)),
            example_audio=sounds.sound(example_text(entry)),
        ),
        tags=_tags(article, pos=entry.pos, level=entry.level),
        # Homographs (وَعْد promise / وَعَد to promise) are separate entries, so the vowels and
        # the part of speech belong in the identity; NFC keeps it stable across mark orders.
        guid=genanki.guid_for(
            article.key,
            # the automatic vowels: a teacher's correction updates the note, not a new one
            unicodedata.normalize(
                "NFC", entry.automatic_vocalized or entry.lemma_vocalized or entry.lemma
            ),
            entry.pos,
        ),
    )


def cloze_text(item: Item) -> str | None:
    """The prompt with its blank turned into ``{{c1::answer::hint}}``; None if it has no blank."""
    if item.prompt.count(BLANK) != 1 or not item.answer.strip():
        return None
    before, after = item.prompt.split(BLANK)
    deletion = _cloze_safe(item.answer.strip())
    hint = _cloze_safe(item.hint.strip())
    inner = f"{deletion}::{hint}" if hint else deletion
    return f"{html.escape(before)}{{{{c1::{inner}}}}}{html.escape(after)}"


def cloze_note(article: ExportArticle, item: Item, note_type: genanki.Model) -> genanki.Note | None:
    text = cloze_text(item)
    if text is None:
        return None
    extra = item.explanation or item.hint
    return genanki.Note(
        model=note_type,
        fields=[
            text,
            CLOZE_INSTRUCTION,
            html.escape(extra),
            html.escape(article.title),
        ],
        tags=_tags(article, kind="cloze"),
        guid=genanki.guid_for(article.key, item.key),
    )


def anki_deck_bytes(
    articles: Sequence[ExportArticle],
    *,
    include_cloze: bool = True,
    deck_name: str | None = None,
    timestamp: float | None = None,
    audio: bool = True,
    speaker: Speaker | None = None,
) -> bytes:
    """``anki_deck(...).data``: the .apkg file's bytes."""
    return anki_deck(
        articles,
        include_cloze=include_cloze,
        deck_name=deck_name,
        timestamp=timestamp,
        audio=audio,
        speaker=speaker,
    ).data


def anki_deck(
    articles: Sequence[ExportArticle],
    *,
    include_cloze: bool = True,
    deck_name: str | None = None,
    timestamp: float | None = None,
    audio: bool = True,
    speaker: Speaker | None = None,
) -> AnkiDeck:
    """An .apkg with one deck per article (sub-decks of ``deck_name`` when there are several).

    Args:
        articles: what to export; every vocabulary entry given becomes a note.
        include_cloze: add a cloze note for each cloze item whose prompt has one blank.
        deck_name: the deck's name for one article, the parent deck's name for several.
        timestamp: the notes' modification time (seconds); defaults to now. Anki only
            updates an existing note from an import whose note is newer.
        audio: give word notes the speech of the word and of its example (espeak-ng).
        speaker: what makes the speech; a ``Speaker()`` with the default cache if None.

    Returns:
        The .apkg's bytes, and why it has no audio if espeak-ng is missing.
    """
    sounds = DeckAudio(
        (entry for article in articles for entry in article.vocabulary),
        (speaker or Speaker()) if audio else None,
    )
    nested = len(articles) > 1
    parent = deck_name or DEFAULT_PARENT_DECK
    decks = []
    seen: set[str] = set()  # one note per GUID, even if an entry comes twice
    vocabulary_type, cloze_type = vocabulary_note_type(), cloze_note_type()
    for article in articles:
        if nested:
            name = f"{parent}::{_deck_title(article)}"
            deck = genanki.Deck(deck_id(article.key, parent), name)
        else:
            deck = genanki.Deck(deck_id(article.key), deck_name or _deck_title(article))
        notes = [
            vocabulary_note(article, entry, vocabulary_type, sounds) for entry in article.vocabulary
        ]
        if include_cloze:
            notes += [cloze_note(article, item, cloze_type) for item in article.items_of("cloze")]
        for note in notes:
            if note is not None and note.guid not in seen:
                seen.add(note.guid)
                deck.add_note(note)
        decks.append(deck)
    stamp = time.time() if timestamp is None else timestamp
    files = sounds.files()
    data = package_bytes(genanki.Package(decks), stamp, files)
    return AnkiDeck(data, sounds.problem, len(files))


def _deck_title(article: ExportArticle) -> str:
    # "::" would nest one level deeper than meant.
    return " ".join(article.title.replace("::", ":").split()) or article.key[:12]


def _tags(article: ExportArticle, **facets: str) -> list[str]:
    tags = [TAG_ROOT, tag("article", _deck_title(article))]
    tags += [tag(name, value) for name, value in facets.items() if value.strip()]
    return tags


def _cloze_safe(text: str) -> str:
    # "}}" would close the deletion early and "::" would start the hint.
    return html.escape(text).replace("}}", "}\u200b}").replace("::", ":\u200b:")
