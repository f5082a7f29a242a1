"""Figures a false statement must not change, or must change by much: bounds and approximations;
and the bound a «كم» question keeps in every option (``bound_phrase``, ``beyond``).

«أكثر من 900 ألف لوح» changed to «أكثر من 675 ألف» is still true, and to «أكثر من 1200 ألف» may be:
a bound (``figure_bounds.txt``, [bounds]) is never changed. «نحو 120 وظيفة» changed to «نحو 123»
may be the same figure: an approximation ([approximate]) changes by a fifth or more.
"""

from __future__ import annotations

from typing import Literal

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.facts import Fact, figure_value

Qualifier = Literal["bound", "approximate", ""]

_BOUNDS = frozenset(normalize_key(word) for word in word_list("figure_bounds", "bounds"))
_APPROXIMATE = frozenset(normalize_key(word) for word in word_list("figure_bounds", "approximate"))
_PHRASE_WORDS = word_list("figure_bounds", "bound phrases")
_LINKS = frozenset(normalize_key(w) for w in ("من", "على", "عن"))
_MORE = frozenset(normalize_key(w) for w in ("أكثر", "أزيد", "يزيد", "تزيد"))
_NOT = normalize_key("لا")
_WHAT = normalize_key("ما")
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


def bound_phrase(article: ArticleContext, fact: Fact) -> tuple[int, bool] | None:
    """Where bound words written right before the figure start (أكثر من، أقل من، ما يزيد على،
    ما لا يقل عن), and whether they make it a lower bound; None when there are none, or the
    bound is a verb of the clause (تجاوز، يزيد على without «ما»)."""
    tokens = article.tokens
    position = fact.token - 1
    if position < 1 or normalize_key(tokens[position].token.text) not in _LINKS:
        return None
    position -= 1
    word = tokens[position]
    key = normalize_key(word.token.text)
    if key not in _PHRASE_WORDS:
        return None
    negated = False
    if word.analysis is not None and word.analysis.pos == "VERB":
        if position < 2:
            return None  # a verb opening the text has no «ما» before it
        negated = normalize_key(tokens[position - 1].token.text) == _NOT
        position -= negated
        if normalize_key(tokens[position - 1].token.text) != _WHAT:
            return None
        position -= 1
    if tokens[position].token.sentence != fact.sentence:
        return None
    return position, (key in _MORE) != negated


def beyond(fact: Fact, values: list[str], lower: bool) -> list[str]:
    """Wrong values a bound does not make true: above a lower bound (أكثر من 130 ألف is not
    «أكثر من 90 ألف»), below an upper one, each a fifth away or more."""
    value = figure_value(fact.text)
    return [
        v
        for v in dict.fromkeys(values)
        if far_apart(v, fact.text) and (figure_value(v) > value) == lower
    ]


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
