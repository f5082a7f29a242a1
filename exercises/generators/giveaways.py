"""What a set's cloze items hide, so that no other item of the set shows it.

A meaning question quotes its sentence whole, an ordering task lists events as the article words
them, a statement may copy a clause: any of them can show a cloze item's answer where its gap is.
The answer with the word before it, or with the word after it, as the article has them, is what
such an item would show.
"""

from __future__ import annotations

from collections.abc import Iterable

from exercises.generators.article_context import ArticleContext
from exercises.generators.items import Item


def answer_stretches(article: ArticleContext, cloze: Iterable[Item]) -> tuple[str, ...]:
    """Each cloze answer with its neighbour on either side, in the article's own text."""
    tokens, text = article.tokens, article.text
    stretches: list[str] = []
    for item in cloze:
        index = int(item.extra.get("token", -1))
        if not 0 <= index < len(tokens):
            continue
        token = tokens[index].token
        if index > 0:
            stretches.append(text[tokens[index - 1].token.start : token.end])
        if index + 1 < len(tokens):
            stretches.append(text[token.start : tokens[index + 1].token.end])
    return tuple(stretches)


def shows_any(item: Item, stretches: tuple[str, ...]) -> bool:
    """Whether the item's prompt, options, pairs or sequence show one of ``stretches``."""
    if not stretches:
        return False
    shown = [item.prompt, *item.options, *item.sequence]
    shown.extend(text for pair in item.pairs for text in pair)
    return any(stretch in part for part in shown for stretch in stretches)
