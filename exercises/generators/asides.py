"""Asides a true or false statement may leave out: what commas set off inside a sentence, a
time or place adverbial (، في جلسة مطولة عقدها مساء الأحد،) or the description after a name
(هبة عبد المنعم، أستاذة الاقتصاد بجامعة القاهرة،). Leaving one out keeps the statement true
and breaks the stretch a learner could match word for word against the article.
"""

from __future__ import annotations

from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.edits import Edit

_MAX_WORDS = 9
_OPENERS = frozenset(
    normalize_key(word)
    for word in [
        "في",
        "خلال",
        "يوم",
        "اليوم",
        "مساء",
        "صباح",
        "أمس",
        "وفق",
        "وفقا",
        "حسب",
        "بحسب",
        "ضمن",
        "عبر",
        "عقب",
        "إثر",
        "بعد",
        "قبل",
        "منذ",
        "وسط",
        "لدى",
        "أثناء",
        "ظهر",
        "فجر",
    ]
)
_QUOTES = frozenset('"«»“”')


def aside_edits(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """Edits that take out each aside between two commas of ``start:end`` (article offsets)."""
    tokens = [
        item
        for item in article.sentence_tokens(sentence_index)
        if start <= item.token.start and item.token.end <= end
    ]
    names = article.people.name_tokens
    commas = [position for position, item in enumerate(tokens) if item.token.text == "،"]
    edits = []
    for first, second in zip(commas, commas[1:], strict=False):
        inside = tokens[first + 1 : second]
        words = [item for item in inside if item.token.kind == "word"]
        if not 2 <= len(words) <= _MAX_WORDS or first == 0 or second + 1 >= len(tokens):
            continue
        if any(item.token.text in _QUOTES for item in inside):
            continue
        opener = normalize_key(words[0].token.text)
        after_name = tokens[first - 1].token.index in names
        if opener in _OPENERS or (
            after_name and words[0].analysis is not None and words[0].analysis.pos == "NOUN"
        ):
            edits.append(Edit(tokens[first].token.start, tokens[second].token.end, ""))
    return edits
