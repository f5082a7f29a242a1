"""Words that belong to a name or a quotation rather than to the author's own wording: cloze
blanks neither; meaning questions ask no word of a name (a word of بنك الائتمان الكويتي is not
"trust")."""

from __future__ import annotations

import bisect
import re

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.context.names import NAME_HEADS
from exercises.arabic.context.organisations import organisation_tokens
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.written import multiword_name_tokens

_SHORT_QUOTE = 5  # words: a title or a term rather than a quotation


def inside_names(article: ArticleContext) -> frozenset[int]:
    """Token indices of quotations, multiword names and bodies' names, found once per article."""
    return article.lookup("inside_names", lambda: _find(article))


def name_words(article: ArticleContext) -> frozenset[int]:
    """Token indices of multiword names (الولايات المتحدة) and bodies' names (البنك المركزي
    المصري): a word of them has the name's sense, not its dictionary one."""
    return article.lookup("name_words", lambda: _names(article))


def term_words(article: ArticleContext) -> frozenset[int]:
    """Token indices of multiword terms (القمر الصناعي، حقوق الإنسان): a word of them alone
    has not the term's sense (a satellite is not "industrial")."""
    return article.lookup(
        "term_words",
        lambda: frozenset(
            index
            for term in article.analysed.terms
            for index in range(term.first_token, term.last_token + 1)
        ),
    )


def _names(article: ArticleContext) -> frozenset[int]:
    found = set(multiword_name_tokens(article.document))
    found |= organisation_tokens(article.tokens)  # المكتب الوطني المغربي للسياحة
    found |= _headed_places(article)  # ساحة الخط، قصر الحمراء
    found |= _kunyas(article)  # أبو منجل، أبو ظبي
    for term in article.analysed.terms:
        span = range(term.first_token, term.last_token + 1)
        if any(_is_name(article.tokens[index]) for index in span):
            found.update(span)  # توقيت غرينتش: a term with a name in it is a name
    return frozenset(found)


def _headed_places(article: ArticleContext) -> set[int]:
    """A head that names (ساحة، قصر، نهر، جامعة) in construct with a definite noun or a name
    right after it: the two words are a place's or a body's name (ساحة الخط)."""
    found: set[int] = set()
    tokens = article.tokens
    for head, following in zip(tokens, tokens[1:], strict=False):
        reading, complement = head.analysis, following.analysis
        if reading is None or complement is None or following.token.kind != "word":
            continue
        stem = normalize_key(head.token.text)[len(normalize_key(reading.prefix_text)) :]
        if stem not in NAME_HEADS or any(tag.endswith("/DET") for tag in reading.prefixes):
            continue
        definite = normalize_key(complement.prefix_text) == "ال"
        if following.token.sentence == head.token.sentence and (
            complement.pos == "PROPN" or (definite and complement.pos == "NOUN")
        ):
            found.update((head.token.index, following.token.index))
    return found


def _kunyas(article: ArticleContext) -> set[int]:
    """أبو and the word after it: a name whatever that word means (أبو منجل is a bird, not
    "father of a sickle"), as news never says "father of" with أبو before a common noun."""
    found: set[int] = set()
    tokens = article.tokens
    for head, following in zip(tokens, tokens[1:], strict=False):
        if normalize_key(head.token.text) not in _KUNYA or following.token.kind != "word":
            continue
        if following.token.sentence == head.token.sentence:
            found.update((head.token.index, following.token.index))
    return found


_KUNYA = frozenset(normalize_key(word) for word in ("أبو", "وأبو", "أبي", "أبا"))


def _is_name(item: AnalyzedToken) -> bool:
    analysis = item.analysis
    return analysis is not None and (analysis.pos == "PROPN" or analysis.gloss[:1].isupper())


def _find(article: ArticleContext) -> frozenset[int]:
    """Words of a quotation in «», of a short one in other quotes (a title, a coined term), of
    a well-known multiword name (الولايات المتحدة) or a body's name (البنك المركزي المصري):
    their words are not the author's to swap."""
    text = article.text
    spans = [match.span() for match in re.finditer(r"«[^»\n]*»", text)]
    for match in re.finditer(r'"[^"\n]*"|“[^”\n]*”', text):
        if len(match.group().split()) <= _SHORT_QUOTE:
            spans.append(match.span())
    starts = sorted(spans)
    found = set(name_words(article))
    for item in article.tokens:
        position = bisect.bisect_right(starts, (item.token.start, len(text))) - 1
        if position >= 0 and item.token.start < starts[position][1]:
            found.add(item.token.index)
    return frozenset(found)
