"""A direction turned into its opposite for a false statement: ارتفعت الأسعار -> انخفضت الأسعار.

The pairs are in ``data/words/directions.txt``, by the part of speech the word must be read as.
Never when the opposite is already in the sentence's paragraph (ارتفعت الصادرات وانخفضت
الواردات: the opposite may be the paragraph's own fact for another subject), nor when the
statement holds a level (``level_words.txt``) beside another direction word (ارتفعت ... إلى أعلى مستوى: one turned,
it would contradict the other and be found false without the article).
"""

from __future__ import annotations

from functools import cache

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import rows, sections, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.edits import Edit
from exercises.generators.swaps import paragraph_key

# What may come before the word and stays: conjunctions, prepositions, the article, the future.
_CLITICS = (
    *("وبال", "بال", "وال", "فال", "لل", "ال", "وب", "ول", "وس", "فس"),
    *("و", "ف", "ب", "ل", "س", ""),
)


_LEVELS = word_list("level_words")


@cache
def _opposites() -> dict[tuple[str, str], str]:
    """(part of speech, matching key) -> the opposite as written."""
    found = {}
    for pos in sections("directions"):
        if not pos:
            continue
        for one, other in rows("directions", pos):
            found[pos, normalize_key(one)] = other
            found[pos, normalize_key(other)] = one
    return found


def direction_swap(
    article: ArticleContext, sentence_index: int, start: int, end: int
) -> Edit | None:
    """The first word between ``start`` and ``end`` turned into its opposite, else None."""
    paragraph = paragraph_key(article, sentence_index)
    found = []
    for item in article.sentence_tokens(sentence_index):
        token, analysis = item.token, item.analysis
        if token.kind != "word" or analysis is None or not start <= token.start < end:
            continue
        turned = _turned(token.text, analysis.pos)
        if turned is not None:
            found.append((token, turned, analysis.pos))
    if len(found) > 1 and any(_is_level(token.text) for token, *_ in found):
        return None  # ارتفعت ... إلى أعلى مستوى: a level agrees with the move
    for token, (kept, opposite), _ in found:
        if opposite and normalize_key(opposite) not in paragraph:
            return Edit(token.start, token.end, kept + opposite)
    return None


def _is_level(written: str) -> bool:
    key = normalize_key(written)
    return any(key.startswith(c) and key[len(c) :] in _LEVELS for c in _CLITICS)


def _turned(written: str, pos: str) -> tuple[str, str] | None:
    """(clitics as written, the opposite) for a direction word; ("", "") when its clitic carries
    a vowel (the split is not sure); None for any other word."""
    key = normalize_key(written)
    for clitic in _CLITICS:
        opposite = _opposites().get((pos, key[len(clitic) :]))
        if not key.startswith(clitic) or opposite is None:
            continue
        kept = written[: len(clitic)]
        return (kept, opposite) if normalize_key(kept) == clitic else ("", "")
    return None


def turn_words(text: str) -> str:
    """``text`` (a generator's own words) with its first direction word turned, else ""."""
    opposites = {key: other for (_, key), other in _opposites().items()}
    words = text.split(" ")
    for position, word in enumerate(words):
        key = normalize_key(word)
        for clitic in _CLITICS:
            opposite = opposites.get(key[len(clitic) :]) if key.startswith(clitic) else None
            if opposite is not None and normalize_key(word[: len(clitic)]) == clitic:
                words[position] = word[: len(clitic)] + opposite
                return " ".join(words)
    return ""
