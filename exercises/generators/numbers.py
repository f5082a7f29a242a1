"""Numbers and dates: the article's sentence with a fact blanked, values of its kind as options."""

from __future__ import annotations

from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for, window
from exercises.generators.facts import DATE_KINDS, Fact, find_facts, wrong_values
from exercises.generators.items import BLANK, Item
from exercises.generators.written import clean_statement, drop_leading_wa

# Wrong values come from the facts this many places either side of the asked one (all of them in
# an article of up to FACT_RADIUS + 1 facts), so each item costs the same in a long article.
FACT_RADIUS = 100

_INSTRUCTIONS = {
    "numbers": "Which number completes the sentence, according to the article?",
    "dates": "Which date completes the sentence, according to the article?",
}


def number_items(article: ArticleContext, seed: int) -> list[Item]:
    facts = find_facts(article)
    items = []
    for position, fact in enumerate(facts):
        key = f"comprehension:numbers:{fact.token}"
        nearby = list(window(facts, position, FACT_RADIUS))
        wrong = wrong_values(article, fact, nearby, rng_for(seed, key, "values"))
        subtype = "dates" if fact.kind in DATE_KINDS else "numbers"
        item = choice_item(
            key=key,
            kind="comprehension",
            subtype=subtype,
            prompt=blanked_statement(article, fact),
            instruction=_INSTRUCTIONS[subtype],
            answer=fact.text,
            distractors=wrong,
            seed=seed,
            support=(article.span(fact.sentence),),
            difficulty=0.3,
            extra={"fact": fact.kind},
        )
        if item is not None:
            items.append(item)
    return items


def blanked_statement(article: ArticleContext, fact: Fact) -> str:
    start, end = article.statement(fact.sentence)
    token = article.tokens[fact.token].token
    text = article.text[start : token.start] + BLANK + article.text[token.end : end]
    first = article.sentence_tokens(fact.sentence)
    first_word = next((t for t in first if t.token.start >= start and t.token.kind == "word"), None)
    return clean_statement(drop_leading_wa(text, first_word))
