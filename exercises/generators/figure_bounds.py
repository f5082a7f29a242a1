"""Figures a false statement must not change, or must change by much: bounds and approximations.

«أكثر من 900 ألف لوح» changed to «أكثر من 675 ألف» is still true, and to «أكثر من 1200 ألف» may be:
a bound (``figure_bounds.txt``, [bounds]) is never changed. «نحو 120 وظيفة» changed to «نحو 123»
may be the same figure: an approximation ([approximate]) changes by a fifth or more.
"""

from __future__ import annotations

from typing import Literal

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.facts import figure_value

Qualifier = Literal["bound", "approximate", ""]

_BOUNDS = frozenset(normalize_key(word) for word in word_list("figure_bounds", "bounds"))
_APPROXIMATE = frozenset(normalize_key(word) for word in word_list("figure_bounds", "approximate"))
_REACH = 3  # words before the figure: «ما يزيد على 900»، «لا تتجاوز 10»
_MIN_GAP = 0.2


def figure_qualifier(article: ArticleContext, token: int) -> Qualifier:
    """ "bound", "approximate" or "" for the figure at ``token``, from the words before it (and
    «تقريبا» right after it) in its sentence."""
    tokens = article.tokens
    sentence = tokens[token].token.sentence
    found: Qualifier = ""
    following = token + 1
    while following < len(tokens) and following <= token + 2:
        if tokens[following].token.sentence != sentence:
            break
        if _key(tokens[following].token.text) in _APPROXIMATE:
            found = "approximate"
        following += 1
    for index in range(token - 1, max(token - 1 - _REACH, -1), -1):
        item = tokens[index].token
        if item.sentence != sentence or item.kind not in ("word", "number"):
            break
        key = _key(item.text)
        if key in _BOUNDS:
            return "bound"
        if key in _APPROXIMATE:
            found = "approximate"
    return found


def far_apart(value: str, original: str) -> bool:
    """The two figures differ by a fifth of the original or more."""
    new, old = figure_value(value), figure_value(original)
    return old > 0 and abs(new - old) >= _MIN_GAP * old


def _key(text: str) -> str:
    key = normalize_key(text)
    for prefix in ("و", "ف", "ب"):
        if key.startswith(prefix) and key[1:] in _BOUNDS | _APPROXIMATE:
            return key[1:]
    return key
