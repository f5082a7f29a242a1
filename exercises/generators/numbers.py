"""Numbers: «إلامَ يشير الرقم «50 ألف» في النص؟», the things other figures count as options.

A figure is a number of a prose sentence (never the headline, the dateline, a list line or a
code: ``facts.find_facts``) followed by the noun it counts (50 ألف مشجع، 70 مليار معامل). The
right option is that noun, the wrong ones the nouns the article's other figures count: the
learner finds the figure and reads what it is about, no sentence is copied with a blank. A figure
written twice in the article, or an article with fewer than four counted things, gives no item.
Dates are asked with «متى» (``dates``).
"""

from __future__ import annotations

from dataclasses import dataclass

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for
from exercises.generators.dates import date_items
from exercises.generators.facts import Fact, find_facts
from exercises.generators.how_much import how_much_items, what_items
from exercises.generators.items import Item

# Wrong values come from the facts this many places either side of the asked one (all of them in
# an article of up to FACT_RADIUS + 1 facts), so each item costs the same in a long article.
FACT_RADIUS = 100
_MULTIPLIERS = word_list("number_multipliers")
_NOT_COUNTED = word_list("noun_prepositions")
_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class Figure:
    fact: Fact
    shown: str  # the figure as the question shows it: 50 ألف
    counted: str  # what it counts: مشجع
    key: str  # the counted noun's lemma key, to tell two figures of one thing apart


def number_items(article: ArticleContext, seed: int) -> list[Item]:
    facts = find_facts(article)
    asked = [*how_much_items(article, facts, seed), *what_items(article, facts, seed)]
    taken = {item.key.rsplit(":", 1)[-1] for item in asked}
    figures = [
        item
        for item in _figure_items(article, facts, seed)
        if item.key.rsplit(":", 1)[-1] not in taken
    ]
    return [*asked, *figures, *date_items(article, facts, seed)]


def _figure_items(article: ArticleContext, facts: list[Fact], seed: int) -> list[Item]:
    figures = [figure for fact in facts if (figure := counted_figure(article, fact))]
    written: dict[str, int] = {}
    for item in article.tokens:
        if item.token.kind == "number":
            key = normalize_key(item.token.text)
            written[key] = written.get(key, 0) + 1
    items = []
    for figure in figures:
        if written.get(normalize_key(figure.fact.text), 0) != 1:
            continue  # the same number twice: which one is asked?
        key = f"comprehension:numbers:{figure.fact.token}"
        others = [other for other in figures if other.key != figure.key]
        rng_for(seed, key, "counted").shuffle(others)
        by_thing = {other.key: other.counted for other in others}  # one per counted thing
        wrong = list(by_thing.values())
        if len(wrong) < 3:
            continue
        item = choice_item(
            key=key,
            kind="comprehension",
            subtype="numbers",
            prompt=f"إلامَ يشير الرقم «{figure.shown}» في النص؟",
            instruction="What does this figure of the article count?",
            answer=figure.counted,
            distractors=wrong,
            seed=seed,
            support=(article.span(figure.fact.sentence),),
            difficulty=0.4,
            extra={"fact": figure.fact.kind},
        )
        if item is not None and len(item.options) == 4:
            items.append(item)
    return items


def counted_figure(article: ArticleContext, fact: Fact) -> Figure | None:
    """The figure and the noun it counts (with its adjectives), when a noun follows it."""
    if fact.kind not in ("number", "decimal"):
        return None
    tokens = article.tokens
    sentence = fact.sentence
    position = fact.token + 1
    shown = [fact.text]
    while position < len(tokens) and _word(tokens[position], sentence):
        if normalize_key(tokens[position].token.text) not in _MULTIPLIERS:
            break
        shown.append(tokens[position].token.text)
        position += 1
    counted: list[AnalyzedToken] = []
    names = article.people.name_tokens
    while position < len(tokens) and len(counted) < _MAX_WORDS:
        item = tokens[position]
        analysis = item.analysis
        if (
            not _word(item, sentence)
            or analysis is None
            or analysis.pos != ("NOUN" if not counted else "ADJ")
            or item.is_stopword
            or analysis.prefixes
            or item.token.index in names
            or normalize_key(analysis.lemma) in _NOT_COUNTED
            or normalize_key(item.token.text) in _NOT_COUNTED
        ):
            break
        if counted and _feminine(item) != _feminine(counted[0]):
            break  # an adjective of another noun (200 فيلم موزعة على ...)
        counted.append(item)
        position += 1
    if not counted or counted[0].analysis is None:
        return None
    text = " ".join(_unmarked(item) for item in counted)
    return Figure(fact, " ".join(shown), text, normalize_key(counted[0].analysis.lemma))


def _feminine(item: AnalyzedToken) -> bool:
    return normalize_key(_unmarked(item)).endswith("ه")


def _word(item: AnalyzedToken, sentence: int) -> bool:
    return item.token.kind == "word" and item.token.sentence == sentence


def _unmarked(item: AnalyzedToken) -> str:
    """The word without the accusative alef a counted noun takes after 11-99 (دولارا -> دولار)."""
    text = item.token.text
    analysis = item.analysis
    if (
        analysis is not None
        and text.endswith("ا")
        and normalize_key(text[:-1]) == normalize_key(analysis.lemma)
    ):
        return text[:-1]
    return text
