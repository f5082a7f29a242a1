"""True or false: the article's own sentences, and copies with one fact swapped.

A false statement changes a number, a date or a person for another of the same kind, so it is
as grammatical as the sentence it comes from and clearly contradicted by it.
"""

from __future__ import annotations

from dataclasses import dataclass

from exercises.generators.article_context import ArticleContext
from exercises.generators.common import rng_for, window
from exercises.generators.facts import Fact, find_facts, wrong_values
from exercises.generators.items import Item
from exercises.generators.numbers import FACT_RADIUS
from exercises.generators.people.mentions import Mention
from exercises.generators.people.speech import complement_end
from exercises.generators.written import clean_statement, cut_at_clause, drop_leading_wa

TRUE = "صح"
FALSE = "خطأ"
_MIN_WORDS = 6
_MAX_WORDS = 24


@dataclass(frozen=True, slots=True)
class _Swap:
    start: int  # character offsets of the replaced text
    end: int
    replacement: str


def true_false_items(article: ArticleContext, seed: int) -> list[Item]:
    facts = find_facts(article)
    by_sentence: dict[int, list[int]] = {}
    for position, fact in enumerate(facts):
        by_sentence.setdefault(fact.sentence, []).append(position)
    swaps = _PersonSwaps(article)
    make_false = rng_for(seed, "true_false", "first").random() < 0.5
    items = []
    for sentence_index in article.body_sentences:
        start, end = article.statement(sentence_index)
        if len(article.text[start:end].split()) < _MIN_WORDS:
            continue
        key = f"comprehension:true_false:{sentence_index}"
        positions = by_sentence.get(sentence_index, [])
        swap = (
            _swap(article, sentence_index, facts, positions, seed, key, swaps)
            if make_false
            else None
        )
        if swap is not None:
            prompt, answer = _statement(article, sentence_index, swap), FALSE
            explanation = f"في النص: {_statement(article, sentence_index, None, keep=swap)}"
        else:
            prompt, answer, explanation = _statement(article, sentence_index, None), TRUE, ""
        make_false = not make_false
        items.append(
            Item(
                key=key,
                kind="comprehension",
                type="true_false",
                subtype="true_false",
                prompt=prompt,
                instruction="True or false, according to the article?",
                answer=answer,
                options=(TRUE, FALSE),
                support=(article.span(sentence_index),),
                explanation=explanation,
                difficulty=0.35 if answer == TRUE else 0.5,
            )
        )
    return items


def _swap(
    article: ArticleContext,
    sentence_index: int,
    facts: list[Fact],
    positions: list[int],
    seed: int,
    key: str,
    swaps: _PersonSwaps,
) -> _Swap | None:
    """A number or date of the sentence changed, else a person changed (الرئيس شي/بوتين).

    ``positions``: where the sentence's facts are in ``facts``.
    """
    for position in positions:
        fact = facts[position]
        nearby = list(window(facts, position, FACT_RADIUS))
        wrong = wrong_values(article, fact, nearby, rng_for(seed, key, fact.token), wanted=1)
        if wrong:
            token = article.tokens[fact.token].token
            return _Swap(token.start, token.end, wrong[0])
    return swaps.swap(sentence_index)


class _PersonSwaps:
    """الرئيس شي -> الرئيس بوتين: only between people the article names with the same title.

    The mentions are indexed once, by sentence and by title, in the article's order.
    """

    def __init__(self, article: ArticleContext) -> None:
        self.article = article
        self.mentions = article.people.mentions
        self.by_sentence: dict[int, list[Mention]] = {}
        self.by_title: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if _short(mention):
                self.by_sentence.setdefault(mention.sentence, []).append(mention)
                self.by_title.setdefault(mention.title, []).append(mention)

    def swap(self, sentence_index: int) -> _Swap | None:
        article = self.article
        for mention in self.by_sentence.get(sentence_index, ()):
            for other in self.by_title[mention.title]:
                if other.person == mention.person:
                    continue
                replacement = article.tokens[other.name_tokens[0]].token.text
                if replacement in article.document.sentence_text(sentence_index):
                    continue
                token = article.tokens[mention.name_tokens[0]].token
                return _Swap(token.start, token.end, replacement)
        return None


def _short(mention: Mention) -> bool:
    return mention.bare_title and len(mention.name_tokens) == 1 and mention.person >= 0


def _statement(
    article: ArticleContext, sentence_index: int, swap: _Swap | None, keep: _Swap | None = None
) -> str:
    start, end = article.statement(sentence_index)
    text = article.text[start:end]
    keep_until = 0
    if swap is not None:
        text = article.text[start : swap.start] + swap.replacement + article.text[swap.end : end]
        keep_until = swap.start - start + len(swap.replacement)
    elif keep is not None:
        keep_until = keep.end - start
    keep_until = max(keep_until, complement_end(article, sentence_index) - start)
    text = cut_at_clause(text, max_words=_MAX_WORDS, min_words=_MIN_WORDS, keep_until=keep_until)
    tokens = article.sentence_tokens(sentence_index)
    first = next((t for t in tokens if t.token.start >= start and t.token.kind == "word"), None)
    return clean_statement(drop_leading_wa(text, first))
