"""The people of a news article and who said what.

What is a name is the analysis' decision: ``exercises.arabic.context.names`` reads the names of an
article as PROPN (شي after الرئيس, سامر beside another name). This package adds what is about
persons: a title and a name make a mention, mentions cluster into persons, and speech verbs
give them their words. ``mentions.name_evidence`` lists the two things about names it adds.

* ``cues``: titles, heads of bodies and places, speech verbs and participles;
* ``mentions``: a name alone, what makes a name, and the persons mentions cluster into;
* ``titled``: a title and a name, or a name set off after an office;
* ``speech``: a speech verb, its speaker and what was said.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from exercises.generators.people.mentions import (
    Mention,
    Person,
    cluster,
    name_key,
    place_names,
    subject_singletons,
)
from exercises.generators.people.speech import Speech, find_speeches
from exercises.generators.people.titled import title_mentions

if TYPE_CHECKING:
    from exercises.generators.article_context import ArticleContext


@dataclass(frozen=True, slots=True)
class People:
    persons: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    speeches: tuple[Speech, ...]
    name_tokens: frozenset[int]  # token indices that belong to a person's name


def find_people(article: ArticleContext) -> People:
    """People (by title and name), their mentions and their reported speech."""
    singles = subject_singletons(article)
    raw = title_mentions(article, singles)
    persons, mentions = cluster(article, raw)
    speeches, extra_mentions = find_speeches(article, persons, mentions, singles)
    all_mentions = tuple(sorted((*mentions, *extra_mentions), key=lambda m: m.start_token))
    keys = {key for person in persons for key in person.keys}
    name_tokens = (
        frozenset(i for m in all_mentions for i in m.name_tokens)
        | frozenset(
            item.token.index
            for item in article.tokens
            if item.token.kind == "word" and name_key(item.token.text) in keys
        )
        | place_names(article)
    )
    return People(tuple(persons), all_mentions, tuple(speeches), name_tokens)
