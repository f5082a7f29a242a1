"""The two Anki note types of the exports: vocabulary (both ways) and cloze, with their style.

Their ids are fixed forever. Fields may only be appended at the end (the vocabulary note
type's Audio, ExampleAudio and Grammar were): Anki 23.10 and later then merge the note type into
the learner's when "Merge note types" is ticked on import, and keep every note with its review
history (without it, Anki keeps the old notes as they are and adds nothing). Never remove,
rename or reorder fields or templates. What a template shows may change freely
(tests/exports/test_anki_audio.py imports a deck with the older fields and templates first; the
newer one updates it in place). Each export builds its own ``genanki.Model``: genanki fills in
a model's templates and fields while it writes a package, so one shared between threads would
change under another export.
"""

from __future__ import annotations

import genanki

VOCABULARY_MODEL_ID = 1_742_917_301
CLOZE_MODEL_ID = 1_742_917_302

ARABIC_FONTS = '"Amiri", "Noto Naskh Arabic", "Scheherazade New", "Geeza Pro", serif'

# Shipped in every deck's media (a leading "_" keeps Anki's "check media" from removing it).
FONT_MEDIA_NAME = "_Amiri-Regular.ttf"

CSS = f"""
@font-face {{ font-family: "Amiri"; src: url("{FONT_MEDIA_NAME}"); }}
.card {{
  font-family: "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #1d1d1f;
  background-color: #fdfcf8;
}}
.arabic {{
  font-family: {ARABIC_FONTS};
  font-size: 46px;
  line-height: 1.9;
}}
.bare {{ font-family: {ARABIC_FONTS}; font-size: 24px; color: #6b6b6b; }}
.english {{ font-size: 26px; }}
.meta {{ font-size: 15px; color: #6b6b6b; margin-top: 0.6em; }}
.meta .root {{ font-family: {ARABIC_FONTS}; font-size: 22px; }}
.grammar {{ font-size: 15px; color: #6b6b6b; margin-top: 0.3em; }}
.grammar .ar {{ font-family: {ARABIC_FONTS}; font-size: 22px; color: #1d1d1f; }}
.example {{
  font-family: {ARABIC_FONTS};
  font-size: 26px;
  line-height: 2;
  margin: 0.8em auto 0;
  max-width: 36em;
  text-align: right;
}}
.example b {{ color: #9a3412; }}
.source {{ font-family: {ARABIC_FONTS}; font-size: 14px; color: #8a8a8a; margin-top: 0.8em; }}
.cloze {{ font-weight: bold; color: #1d4ed8; }}
.note {{ font-size: 17px; font-style: italic; margin-top: 0.6em; }}
.instruction {{ font-size: 15px; color: #6b6b6b; }}
.nightMode.card, .night_mode .card {{ color: #e8e6e3; background-color: #1e1e1e; }}
.nightMode .bare, .night_mode .bare,
.nightMode .meta, .night_mode .meta,
.nightMode .grammar, .night_mode .grammar,
.nightMode .instruction, .night_mode .instruction,
.nightMode .source, .night_mode .source {{ color: #a8a8a8; }}
.nightMode .example b, .night_mode .example b {{ color: #fdba74; }}
.nightMode .grammar .ar, .night_mode .grammar .ar {{ color: #e8e6e3; }}
.nightMode .cloze, .night_mode .cloze {{ color: #93c5fd; }}
"""

_ARABIC = '<div class="arabic" dir="rtl" lang="ar">{{Arabic}}</div>'
# The word's recorded speech (espeak-ng, shipped in the media); without it, Anki reads the word
# aloud with the device's Arabic voice, where it has one.
_SPEAK = "{{#Audio}}{{Audio}}{{/Audio}}{{^Audio}}{{tts ar_SA:Arabic}}{{/Audio}}"
_SPEAK_EXAMPLE = (
    "{{#ExampleAudio}}{{ExampleAudio}}{{/ExampleAudio}}"
    "{{^ExampleAudio}}{{#Example}}{{tts ar_SA:Example}}{{/Example}}{{/ExampleAudio}}"
)
_DETAILS = (
    '<div class="meta">{{POS}}{{#Root}} · <span class="root" dir="rtl" lang="ar">{{Root}}</span>'
    "{{/Root}}</div>"
    '{{#Grammar}}<div class="grammar">{{Grammar}}</div>{{/Grammar}}'
    '{{#Example}}<div class="example" dir="rtl" lang="ar">{{Example}}</div>{{/Example}}'
    + _SPEAK_EXAMPLE
    + '<div class="source" dir="rtl" lang="ar">{{Article}}</div>'
    + '{{#Note}}<div class="note" dir="auto">{{Note}}</div>{{/Note}}'
)


def vocabulary_note_type() -> genanki.Model:
    """Arabic to English and back: two cards per word."""
    return genanki.Model(
        VOCABULARY_MODEL_ID,
        "Arabic vocabulary (arabic-exercises)",
        fields=[
            {"name": "Arabic", "rtl": True, "font": "Amiri", "size": 28},
            {"name": "Bare", "rtl": True, "font": "Amiri"},
            {"name": "English"},
            {"name": "POS"},
            {"name": "Root", "rtl": True, "font": "Amiri"},
            {"name": "Example", "rtl": True, "font": "Amiri"},
            {"name": "Article", "rtl": True, "font": "Amiri"},
            # Appended (never inserted) so that a deck from before the audio merges into the
            # learner's notes: see "Anki decks and their updates" in the README.
            {"name": "Audio"},
            {"name": "ExampleAudio"},
            {"name": "Grammar"},
            {"name": "Note"},  # the learner's own note, in a learner's deck only
        ],
        templates=[
            {
                "name": "Recognise (Arabic → English)",
                "qfmt": _ARABIC + _SPEAK,
                "afmt": '{{FrontSide}}<hr id="answer"><div class="english">{{English}}</div>'
                + _DETAILS,
            },
            {
                "name": "Produce (English → Arabic)",
                "qfmt": '<div class="english">{{English}}</div><div class="meta">{{POS}}</div>',
                "afmt": '{{FrontSide}}<hr id="answer">'
                + _ARABIC
                + _SPEAK
                + '<div class="bare" dir="rtl" lang="ar">{{Bare}}</div>'
                + _DETAILS,
            },
        ],
        css=CSS,
        sort_field_index=0,
    )


def cloze_note_type() -> genanki.Model:
    """One card per sentence, its blank to type in (the hint, if any, stands in the blank)."""
    return genanki.Model(
        CLOZE_MODEL_ID,
        "Arabic cloze (arabic-exercises)",
        fields=[
            {"name": "Text", "rtl": True, "font": "Amiri", "size": 24},
            {"name": "Instruction"},
            {"name": "Extra"},
            {"name": "Article", "rtl": True, "font": "Amiri"},
        ],
        templates=[
            {
                "name": "Cloze",
                "qfmt": '<div class="instruction">{{Instruction}}</div>'
                '<div class="example" dir="rtl" lang="ar">{{cloze:Text}}</div>'
                '<div dir="rtl" lang="ar">{{type:cloze:Text}}</div>',
                "afmt": '<div class="instruction">{{Instruction}}</div>'
                '<div class="example" dir="rtl" lang="ar">{{cloze:Text}}</div>'
                '<div dir="rtl" lang="ar">{{type:cloze:Text}}</div>'
                '{{#Extra}}<div class="meta">{{Extra}}</div>{{/Extra}}'
                '<div class="source" dir="rtl" lang="ar">{{Article}}</div>',
            },
        ],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )
