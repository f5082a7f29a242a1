"""Names of bodies written as a head noun and its modifiers: المكتب الوطني المغربي للسياحة.

A head of ``organisation_heads`` followed by a chain of definite words (nouns, adjectives and
names, ل + a definite noun, و + a definite noun) is the name of one body when the chain holds
a name or a nisba adjective (الوطني، المغربي، الجوية): "the national office" alone could be
any office, "the Moroccan national office for tourism" is one. None of its words is the
author's to swap, so no exercise blanks or asks about one of them alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.analysis_types import Analysis, AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list

ORGANISATION_HEADS = word_list("organisation_heads", "heads")
NAMING_ADJECTIVES = word_list("organisation_heads", "adjectives")
TITLES = word_list("titles")
_LONGEST = 7  # words after the head
_NAME_POS = frozenset({"NOUN", "ADJ", "PROPN"})


def organisation_spans(tokens: Sequence[AnalyzedToken]) -> list[tuple[int, int]]:
    """(first, last) token indices, inclusive, of each body's name, in text order."""
    spans: list[tuple[int, int]] = []
    position = 0
    while position < len(tokens):
        end = _name_end(tokens, position)
        if end is None:
            position += 1
            continue
        spans.append((tokens[position].token.index, tokens[end].token.index))
        position = end + 1
    return spans


def organisation_tokens(tokens: Sequence[AnalyzedToken]) -> frozenset[int]:
    """Indices of every token inside a body's name."""
    return frozenset(
        index for first, last in organisation_spans(tokens) for index in range(first, last + 1)
    )


def _name_end(tokens: Sequence[AnalyzedToken], position: int) -> int | None:
    head = tokens[position]
    analysis = head.analysis
    if analysis is None or head.token.kind != "word":
        return None
    if not (_is_head(head.token.text, analysis) or _named_body(tokens, position)):
        return None
    # a complement (ل, or the genitive after a head in construct: إدارة الأرصاد) makes a
    # describing nisba part of the name: إدارة الأرصاد الجوية, not المركز الصحي
    last, named, complement = position, False, not _definite(analysis)
    described = False  # an adjective has described the chain so far
    for offset in range(1, _LONGEST + 1):
        index = position + offset
        if index >= len(tokens) or tokens[index].token.sentence != head.token.sentence:
            break
        word = tokens[index]
        reading = word.analysis
        if word.token.kind != "word" or reading is None or reading.pos not in _NAME_POS:
            break
        clitics = _proclitics(reading)
        if reading.pos == "PROPN" and clitics in ("", "ل"):
            pass  # جامعة القاهرة، لجنة برلين
        elif not _definite(reading):
            if clitics not in ("", "ل") or not _next_is_definite(tokens, index):
                break  # لمكافحة الفساد، معلومات الطاقة: a noun in construct with a definite one
            previous = tokens[index - 1].analysis
            if not clitics and (reading.pos != "NOUN" or previous is None or _definite(previous)):
                break  # a construct noun continues a construct chain only (البنك المركزي أسعار)
        elif clitics not in ("", "ل", "و"):
            break
        if (described and reading.pos == "NOUN" and not clitics) or (
            (named or _definite(analysis)) and _is_title(word.token.text)
        ):
            break  # الاتحاد العربي / اللجنة, then الدكتور ناصر: a person (جامعة الملك سعود is one)
        if clitics == "و" and _starts_another(word.token.text, reading):
            break  # مجلس التعاون والاتحاد الأوروبي، للمجلس والممثل الأعلى: a second name
        complement = complement or clitics == "ل"
        described = (described or reading.pos == "ADJ") and clitics != "ل"  # a new complement
        if reading.pos == "PROPN" or _names(reading) or (complement and _is_nisba(reading)):
            named = True
        elif reading.pos == "ADJ" and not _is_nisba(reading):
            continue  # لجنة السياسة النقدية المقبل: "next" describes the meeting's body
        last = index
    return last if named and last > position else None


def _is_head(text: str, analysis: Analysis) -> bool:
    stem = normalize_key(text)[len(normalize_key(analysis.prefix_text)) :]
    return analysis.pos in ("NOUN", "PROPN") and stem in ORGANISATION_HEADS


def _named_body(tokens: Sequence[AnalyzedToken], position: int) -> bool:
    """A definite noun, a naming adjective and ل + a definite noun (الفرقة الوطنية للتمثيل،
    الهيئة العامة للطرق): one body's name whatever its head, no list needs to know it."""
    if position + 2 >= len(tokens):
        return False
    head, adjective, complement = (tokens[position + i].analysis for i in range(3))
    return (
        head is not None
        and adjective is not None
        and complement is not None
        and head.pos == "NOUN"
        and _definite(head)
        and _names(adjective)
        and _definite(adjective)
        and _proclitics(complement) == "ل"
        and complement.pos == "NOUN"
    )


def _next_is_definite(tokens: Sequence[AnalyzedToken], index: int) -> bool:
    following = tokens[index + 1].analysis if index + 1 < len(tokens) else None
    return following is not None and (_definite(following) or following.pos == "PROPN")


def _definite(reading: Analysis) -> bool:
    return any(tag.endswith("/DET") for tag in reading.prefixes)


def _proclitics(reading: Analysis) -> str:
    """The written proclitics but the article: ل of للسياحة, و of والماء."""
    written = normalize_key(reading.prefix_text)
    if _definite(reading):
        written = written[:-1] if written.endswith("لل") else written.removesuffix("ال")
    return written


def _is_title(text: str) -> bool:
    return normalize_key(text).removeprefix("ال") in TITLES


def _starts_another(text: str, reading: Analysis) -> bool:
    stem = normalize_key(text)[len(normalize_key(reading.prefix_text)) :]
    return stem in ORGANISATION_HEADS or stem in TITLES


def _names(reading: Analysis) -> bool:
    """An adjective that names: a nationality (المغربي) or one of ``NAMING_ADJECTIVES``."""
    return reading.pos == "ADJ" and (
        reading.gloss[:1].isupper() or normalize_key(reading.lemma) in NAMING_ADJECTIVES
    )


def _is_nisba(reading: Analysis) -> bool:
    """الوطني، المغربية، الجوية: an adjective of relation (lemma in ي)."""
    return reading.pos == "ADJ" and normalize_key(reading.lemma).endswith("ي")
