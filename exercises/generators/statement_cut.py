"""A long statement cut before a verb joined by «و» when no comma cuts it short enough: «انطلق
التصوير في جويلية واستمر حتى أوت» -> «انطلق التصوير في جويلية». The first clause says a fact of
its own; the cut is never after a relative pronoun or a subordinator (التي تأسست ... وتوسعت:
the joined verb may still belong to that clause), nor inside a quotation or brackets.
``open_range`` tells a cut that keeps a change's «من» and leaves out its «إلى».
"""

from __future__ import annotations

import re

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext

_OPENERS = word_list("clause_openers")
_OPENING_MARKS = frozenset('«"“(')
_RANGE_START = re.compile(r"(?<!أكثر)(?<!أقل) من (?:نحو |حوالي |قرابة )?[0-9٠-٩]")


def cut_before_joined_verb(
    article: ArticleContext,
    sentence_index: int,
    start: int,
    end: int,
    *,
    max_words: int,
    min_words: int,
    keep_until: int = 0,
) -> int | None:
    """The article offset to cut ``start:end`` at (the last fitting one), else None."""
    words = 0
    best = None
    for item in article.sentence_tokens(sentence_index):
        token = item.token
        if token.start < start:
            continue
        if token.end > end or token.text in _OPENING_MARKS:
            break
        if token.kind != "word":
            continue
        if normalize_key(token.text) in _OPENERS:
            break  # what follows may be that clause's
        analysis = item.analysis
        if (
            min_words <= words <= max_words
            and token.start >= keep_until
            and analysis is not None
            and analysis.pos == "VERB"
            and analysis.prefixes[:1] == ("wa/CONJ",)
        ):
            best = token.start
        words += 1
    return best


def open_range(kept: str, dropped: str) -> bool:
    """A cut between «من» and its «إلى» (تراجعت من نحو 10 مليارات في 2023، ...، إلى نحو 4): the
    start of a change kept, its end left out. Not «أكثر من 10»: a bound, no start."""
    starts = list(_RANGE_START.finditer(kept))
    if not starts or " إلى " not in f" {dropped}":
        return False
    return " إلى " not in kept[starts[-1].start() :]
