"""«مَن قال ...؟»: who said what the article reports, the article's people as options.

Every option is a person the article names in full (two words or more, each read as a name, not
a word of the lexicon: بلاغ or «المتحدث باسم» is no person): four options, or three when the
article names three people; with two there is no item (a made-up person or «not in the text»
makes a weak option, two people a coin toss). An article that names fewer people asks by office
(``role_speakers``: «المتحدث باسم الوزارة»).
"""

from __future__ import annotations

from exercises.arabic.context.names import has_name_reading
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for
from exercises.generators.items import Item
from exercises.generators.role_speakers import role_items
from exercises.generators.written import balance_quotes, cut_at_clause

_MAX_WORDS = 22
_OPTIONS = 4
_MIN_PEOPLE = 3


def who_said_items(article: ArticleContext, seed: int) -> list[Item]:
    people = article.people
    named = full_names(article)
    persons = people.persons
    if len(named) < _MIN_PEOPLE:
        return role_items(article, seed)  # «قال المتحدث باسم الوزارة إن ...»: the offices
    items = []
    for speech in people.speeches:
        content = article.text[speech.content_start : speech.content_end]
        content = balance_quotes(cut_at_clause(content, max_words=_MAX_WORDS, min_words=6))
        key = f"comprehension:who_said:{speech.content_start}"
        if speech.person not in named or "؟" in content or "?" in content:
            continue  # a question inside the question reads as two
        others = [persons[index].label for index in sorted(named) if index != speech.person]
        rng_for(seed, key, "people").shuffle(others)
        wrong = others[: _OPTIONS - 1]
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


def full_names(article: ArticleContext) -> frozenset[int]:
    """Indices of the persons named in full: a mention of two name words or more, none with a
    preposition or a pronoun attached (استياءه) and none a definite common word (باسم الوزارة).
    Found once per article."""
    return article.lookup("full_names", lambda: _full_names(article))


def _full_names(article: ArticleContext) -> frozenset[int]:
    found = set()
    for mention in article.people.mentions:
        if mention.person < 0 or len(mention.name_tokens) < 2:
            continue
        tokens = [article.tokens[index] for index in mention.name_tokens]
        analyses = [item.analysis for item in tokens if item.analysis is not None]
        if any(
            any("PRON" in tag for tag in analysis.suffixes)
            or any("PREP" in tag for tag in analysis.prefixes)
            for analysis in analyses
        ):
            continue
        family = tokens[-1] if _given_name(article, tokens[0]) else None  # خالد العدوان، ريم الزعبي
        if not any(_common_definite(item) for item in tokens if item is not family):
            found.add(mention.person)
    return frozenset(found)


def _given_name(article: ArticleContext, item) -> bool:
    """A first word read as a name, or one the lexicon knows as a name (مصطفى "chosen"), with no
    article: the definite word after it is a family name (خالد العدوان، مصطفى الخزرجي), not a
    body (المتحدث باسم الوزارة)."""
    analysis = item.analysis
    if analysis is None or "Al/DET" in analysis.prefixes:
        return False
    return analysis.pos == "PROPN" or has_name_reading(article.analyzer.analyze(item.token.text))


def _common_definite(item) -> bool:
    """الوزارة، الدولي: a definite noun or adjective of the lexicon ends a body, not a name."""
    analysis = item.analysis
    return (
        item.in_lexicon
        and analysis is not None
        and analysis.pos in ("NOUN", "ADJ")
        and "Al/DET" in analysis.prefixes
    )
