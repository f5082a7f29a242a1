"""What a set's cloze items hide, so that no other item of the set shows it.

A meaning question quotes its sentence whole, an ordering task lists events as the article words
them, a statement may copy a clause: any of them can show a cloze item's answer where its gap is.
The answer with the word before it, or with the word after it, as the article has them, is what
such an item would show; so would the answer word itself anywhere, with or without its
article or conjunction (الأمطار shown for the gap's أمطار, an ordering task's والحرفة). A root
item shows its words in dictionary form (مريض for the gap's مريضا): a cloze answer of the same
lemma is given away too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.items import Item


def answer_stretches(article: ArticleContext, cloze: Iterable[Item]) -> tuple[str, ...]:
    """Each cloze answer with its neighbour on either side, in the article's own text."""
    stretches: list[str] = []
    for item in cloze:
        stretches.extend(word_stretches(article, int(item.extra.get("token", -1))))
    return tuple(stretches)


def word_stretches(article: ArticleContext, index: int) -> tuple[str, ...]:
    """The word at token ``index`` with the token before it, and with the token after it."""
    tokens, text = article.tokens, article.text
    if not 0 <= index < len(tokens):
        return ()
    token = tokens[index].token
    stretches = []
    if index > 0:
        stretches.append(text[tokens[index - 1].token.start : token.end])
    if index + 1 < len(tokens):
        stretches.append(text[token.start : tokens[index + 1].token.end])
    return tuple(stretches)


def shown_text(items: Iterable[Item]) -> str:
    """All the Arabic the items show (prompts, options, pairs, sequences), one part a line."""
    parts: list[str] = []
    for item in items:
        parts.extend([item.prompt, *item.options, *item.sequence])
        parts.extend(text for pair in item.pairs for text in pair)
    return "\n".join(parts)


def practised_lemmas(article: ArticleContext, items: Iterable[Item]) -> frozenset[str]:
    """Keys of the lemmas of the article's words the items are about (``token``/``tokens``)."""
    lemmas = set()
    for item in items:
        marks = item.extra.get("tokens", "") or item.extra.get("token", "")
        for mark in filter(None, marks.split(",")):
            index = int(mark)
            if 0 <= index < len(article.tokens) and article.tokens[index].analysis:
                lemmas.add(normalize_key(article.tokens[index].analysis.lemma))
    return frozenset(lemmas)


def shows_any(item: Item, stretches: tuple[str, ...]) -> bool:
    """Whether the item's prompt, options, pairs or sequence show one of ``stretches``."""
    if not stretches:
        return False
    shown = [item.prompt, *item.options, *item.sequence]
    shown.extend(text for pair in item.pairs for text in pair)
    return any(stretch in part for part in shown for stretch in stretches)


_CLITICS = ("وبال", "ولل", "وال", "فال", "بال", "لل", "ال", "و", "ف")
_WORD = re.compile(r"[\u0621-\u0652\u0670\u0671\u0640]+")  # vowel marks stay inside


def bare_word(word: str) -> str:
    """The word's key without a leading article or conjunction (والحرفة -> حرفة)."""
    key = normalize_key(word)
    for clitic in _CLITICS:
        if key.startswith(clitic) and len(key) - len(clitic) >= 3:
            return key[len(clitic) :]
    return key


def answer_words(article: ArticleContext, cloze: Iterable[Item]) -> frozenset[str]:
    """The cloze answers as ``bare_word`` keys."""
    words = set()
    for item in cloze:
        index = int(item.extra.get("token", -1))
        if 0 <= index < len(article.tokens):
            words.add(bare_word(article.tokens[index].token.text))
    return frozenset(words)


# A shown word behind a preposition is still the word (بلقب shows اللقب); tried besides
# ``bare_word`` only, as the answer's own key never loses its ب/ل/ك.
_PREPOSITION_CLITICS = ("وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك")


def _shown_keys(word: str) -> tuple[str, ...]:
    key = normalize_key(word)
    keys = [bare_word(word)]
    for clitic in _PREPOSITION_CLITICS:
        if key.startswith(clitic) and len(key) - len(clitic) >= 3:
            keys.append(bare_word(key[len(clitic) :]))
    return tuple(keys)


@lru_cache(maxsize=64)
def shown_words(text: str) -> frozenset[str]:
    """The ``bare_word`` keys of the words of ``text``, also without a preposition before."""
    return frozenset(key for word in _WORD.findall(text) for key in _shown_keys(word))


def shows_word(item: Item, words: frozenset[str]) -> bool:
    """Whether the item shows one of ``words`` (``bare_word`` keys) anywhere."""
    return bool(words) and bool(shown_words(shown_text([item])) & words)
