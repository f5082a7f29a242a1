"""«مَن قال ...؟»: who said what the article reports, the article's people as options."""

from __future__ import annotations

from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for
from exercises.generators.items import Item
from exercises.generators.written import balance_quotes, cut_at_clause

NOT_IN_TEXT = "لا يذكر النص ذلك"
_MAX_WORDS = 22


def who_said_items(article: ArticleContext, seed: int) -> list[Item]:
    people = article.people
    persons = people.persons
    if len(persons) < 2:
        return []
    items = []
    for speech in people.speeches:
        content = article.text[speech.content_start : speech.content_end]
        content = balance_quotes(cut_at_clause(content, max_words=_MAX_WORDS, min_words=6))
        key = f"comprehension:who_said:{speech.content_start}"
        others = [person.label for person in persons if person.index != speech.person]
        rng_for(seed, key, "people").shuffle(others)
        wrong = others[:3]
        if len(wrong) < 2:
            # Only two people: "not in the text" keeps three options without inventing a person.
            wrong.append(NOT_IN_TEXT)
        item = choice_item(
            key=key,
            kind="comprehension",
            subtype="who_said",
            prompt=f"مَن {speech.verb} {content}؟",
            instruction="Who said this, according to the article?",
            answer=persons[speech.person].label,
            distractors=wrong,
            seed=seed,
            support=tuple(article.span(index) for index in speech.sentences),
            difficulty=0.4,
        )
        if item is not None:
            items.append(item)
    return items
