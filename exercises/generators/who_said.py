"""«مَن قال ...؟»: who said what the article reports, the article's speakers as options.

An option is a person the article names in full (two words or more, each read as a name, not a
word of the lexicon: بلاغ or «المتحدث باسم» is no person); when fewer than three are named, the
offices that speak unnamed (``role_speakers``: «المتحدث باسم الوزارة») join them, but never an
office written beside a named person (it may be that person). Four options, or three; with two
speakers there is no item (a made-up person or «not in the text» makes a weak option, two
people a coin toss).
"""

from __future__ import annotations

from dataclasses import dataclass

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.context.names import has_name_reading
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for
from exercises.generators.items import Item
from exercises.generators.people.mentions import Mention
from exercises.generators.people.offices import office_words
from exercises.generators.role_speakers import role_speeches
from exercises.generators.written import balance_quotes, cut_at_clause

_MAX_WORDS = 22
_OPTIONS = 4
_MIN_PEOPLE = 3
_PRONOUNS = ("ها", "هم", "هما", "هن")


def who_said_items(article: ArticleContext, seed: int) -> list[Item]:
    """Each speech of a person named in full or of an office, the others as options: at least
    three of them in all, never two offices of one head (مدير الدائرة، مدير المستشفى)."""
    named = full_names(article)
    persons = article.people.persons
    asked = _named_speeches(article, named)
    options = [persons[index].label for index in sorted(named)]
    offices: list[str] = []
    if len(named) < _MIN_PEOPLE:  # «قال المتحدث باسم الوزارة إن ...»: offices make up the set
        titles = office_words(article, named)
        roles = [s for s in role_speeches(article) if _head(s.role) not in titles]
        offices = list(dict.fromkeys(speech.role for speech in roles))
        asked += [
            _Asked(f"role:{s.sentence}", s.verb, s.content, s.role, (article.span(s.sentence),))
            for s in roles
            if not _opens_on_pronoun(s.content)
        ]
    if len(options) + len(offices) < _MIN_PEOPLE:
        return []  # two people: a coin toss
    items = []
    for question in asked:
        key = f"comprehension:who_said:{question.key}"
        # two offices of one head word (مدير الدائرة، مدير المستشفى) are never options of each
        # other: a learner could not tell which director the article meant
        head = _head(question.answer) if question.answer in offices else None
        others = [o for o in [*options, *offices] if o != question.answer and _head(o) != head]
        rng_for(seed, key, "people").shuffle(others)
        item = choice_item(
            key=key,
            kind="comprehension",
            subtype="who_said",
            prompt=f"مَن {question.verb} {question.content}؟",
            instruction="Who said this, according to the article?",
            answer=question.answer,
            distractors=others[: _OPTIONS - 1],
            seed=seed,
            support=question.support,
            difficulty=0.4,
        )
        if item is not None and len(item.options) >= _MIN_PEOPLE:
            items.append(item)
    return items


@dataclass(frozen=True, slots=True)
class _Asked:
    key: str
    verb: str
    content: str
    answer: str
    support: tuple


def _named_speeches(article: ArticleContext, named: frozenset[int]) -> list[_Asked]:
    found = []
    persons = article.people.persons
    for speech in article.people.speeches:
        content = article.text[speech.content_start : speech.content_end]
        content = balance_quotes(cut_at_clause(content, max_words=_MAX_WORDS, min_words=6))
        if speech.person not in named or "؟" in content or "?" in content:
            continue  # a question inside the question reads as two
        if _opens_on_pronoun(content):
            continue
        support = tuple(article.span(index) for index in speech.sentences)
        label = persons[speech.person].label
        found.append(_Asked(str(speech.content_start), speech.verb, content, label, support))
    return found


def _opens_on_pronoun(content: str) -> bool:
    """«أنها خصصت ...»، «إنهم ...»: "she" or "they" is someone the question does not show (a
    company, or one of the women among the options); «إنه» after «مَن قال» is the speaker."""
    first = normalize_key(content.split(" ", 1)[0]) if content else ""
    return first in _HER_OR_THEIR


_HER_OR_THEIR = frozenset(
    normalize_key(f"{that}{pronoun}") for that in ("أن", "إن", "بأن") for pronoun in _PRONOUNS
)


def _head(option: str) -> str:
    """An office's first word without its article (مدير)."""
    return normalize_key(option.split(" ", 1)[0]).removeprefix("ال") if option else option


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
        given = _given_name(article, tokens[0]) or _after_title(mention, tokens[0])
        family = tokens[-1] if given else None  # خالد العدوان، ريم الزعبي
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


def _after_title(mention: Mention, item: AnalyzedToken) -> bool:
    """A bare word right after a title (الدكتورة نورة): a title takes no indefinite word, so it
    is a given name in apposition, whatever the lexicon reads it as ("light")."""
    analysis = item.analysis
    return (
        bool(mention.title)
        and mention.bare_title
        and analysis is not None
        and not analysis.prefixes
    )


def _common_definite(item) -> bool:
    """الوزارة، الدولي: a definite noun or adjective of the lexicon ends a body, not a name."""
    analysis = item.analysis
    return (
        item.in_lexicon
        and analysis is not None
        and analysis.pos in ("NOUN", "ADJ")
        and "Al/DET" in analysis.prefixes
    )
