"""Small text helpers shared by the exporters."""

from __future__ import annotations

import html
import re

from exercises.arabic.analysis_types import VocabularyEntry
from exercises.arabic.morphology.word_grammar import ROMAN, word_grammar

# Harakat, shadda, sukun, dagger alef, Quranic marks and tatweel: what "without vowels" drops.
_MARK_CHARS = frozenset(
    chr(c) for c in (*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE), 0x640)
)
_MARKS = re.compile("[" + "".join(sorted(_MARK_CHARS)) + "]")
_ARABIC_LETTER = "\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670"
_TAG_UNSAFE = re.compile(r"[\s\"]+")


def without_vowels(text: str) -> str:
    return _MARKS.sub("", text)


def find_form(sentence: str, forms: tuple[str, ...]) -> tuple[int, int] | None:
    """Where one of ``forms`` occurs in ``sentence`` as a whole word: the longest form, and
    among forms of that length the one that comes first in the sentence.

    Vowel marks in the sentence are ignored, so a vocalized example still matches bare forms.
    Returns offsets into ``sentence`` or None.
    """
    bare_chars = [(i, ch) for i, ch in enumerate(sentence) if ch not in _MARK_CHARS]
    bare = "".join(ch for _, ch in bare_chars)
    found = []
    for form in {without_vowels(f) for f in forms if f.strip()}:
        pattern = f"(?<![{_ARABIC_LETTER}]){re.escape(form)}(?![{_ARABIC_LETTER}])"
        match = re.search(pattern, bare)
        if match:
            found.append((-len(form), match.start(), match.end()))
    if not found:
        return None
    _, first, last = min(found)
    start = bare_chars[first][0]
    end = bare_chars[last - 1][0] + 1
    while end < len(sentence) and sentence[end] in _MARK_CHARS:
        end += 1  # keep the marks of the last letter inside the highlight
    return start, end


def example_html(entry: VocabularyEntry) -> str:
    """The example sentence, HTML-escaped, with the word as it occurs wrapped in <b>."""
    sentence = entry.example_text.strip()
    found = find_form(sentence, (*entry.forms, entry.lemma))
    if found is None:
        return html.escape(sentence)
    start, end = found
    return (
        html.escape(sentence[:start])
        + "<b>"
        + html.escape(sentence[start:end])
        + "</b>"
        + html.escape(sentence[end:])
    )


def tag(*parts: str) -> str:
    """An Anki tag: no spaces or quotes, hierarchical parts joined with '::'."""
    cleaned = [_TAG_UNSAFE.sub("_", part.strip()).replace("::", "_") for part in parts]
    return "::".join(part for part in cleaned if part)


def root_display(root: str) -> str:
    """A root as learners see it in dictionaries: letters apart, e.g. "ر ء س"."""
    return " ".join(root.replace(" ", "").replace("-", ""))


def grammar_html(entry: VocabularyEntry) -> str:
    """What the lexicon gives about the word, for the back of its card: a noun's plural, a
    verb's form, present tense (with form I's vowel) and masdar; "" when it gives nothing."""
    found = word_grammar(entry.lemma_vocalized or entry.lemma, entry.pos, entry.root)
    parts = []
    if found.plural:
        parts.append(f"plural {_arabic_span(found.plural)}")
    if found.form:
        parts.append(f"form {ROMAN[found.form]}")
    if found.present:
        vowel = f" ({found.present_vowel})" if found.present_vowel else ""
        parts.append(f"present {_arabic_span(found.present)}{vowel}")
    if found.masdar:
        parts.append(f"masdar {_arabic_span(found.masdar)}")
    return " · ".join(parts)


def _arabic_span(text: str) -> str:
    return f'<span class="ar" dir="rtl" lang="ar">{html.escape(text)}</span>'
