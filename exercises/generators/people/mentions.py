"""Mentions of persons (a title and a name, or a name alone) and their clustering into persons.

News introduces a person by a title and a name (الرئيس الروسي فلاديمير بوتين، وزير المالية
عادل منصور) and then refers to them by title and one name (الرئيس بوتين) or by family name
alone (وأضاف منصور).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.context.names import has_name_reading
from exercises.arabic.stopwords import stopword_keys
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.arabic.wordlists import word_list
from exercises.generators.people.cues import (
    NAMED_PLACES,
    NOT_NAMES,
    PARTICIPLES,
    SAYING,
    is_organisation,
    is_that,
    is_title,
    speech_verb,
)

if TYPE_CHECKING:
    from exercises.generators.article_context import ArticleContext

_COMPOUND_NAMES = word_list("name_compounds")


@dataclass(frozen=True, slots=True)
class Mention:
    sentence: int
    start_token: int  # the title, or the first name token when there is no title
    name_tokens: tuple[int, ...]
    title: str  # the title as a dictionary shape (الرئيس), "" when none
    bare_title: bool  # title directly before the name (الرئيس بوتين), nothing in between
    person: int = -1


@dataclass(frozen=True, slots=True)
class Person:
    index: int
    label: str  # how options name the person: الرئيس بوتين، منى الشريف
    keys: tuple[str, ...]  # normalized name words


def place_names(article: ArticleContext) -> frozenset[int]:
    """Tokens of the proper names after نادي، ملعب، مدينة ...: words there are not vocabulary."""
    found: set[int] = set()
    tokens = article.tokens
    for index, item in enumerate(tokens):
        key = normalize_key(item.token.text)
        if key[:1] in ("و", "ف", "ب", "ل") and key[1:] in NAMED_PLACES:
            key = key[1:]
        if key not in NAMED_PLACES:
            continue
        position = index + 1
        while position < len(tokens) and position - index <= 3:
            following = tokens[position]
            previous = normalize_key(tokens[position - 1].token.text)
            compound = previous in _COMPOUND_NAMES
            if following.token.sentence != item.token.sentence or following.token.kind != "word":
                break
            if not compound and (
                boundary(article, position) or normalize_key(following.token.text) in NOT_NAMES
            ):
                break
            found.add(position)
            position += 1
    return frozenset(found)


def boundary(article: ArticleContext, index: int, *, clitics: bool = True) -> bool:
    """Tokens a name never runs into: punctuation, function words, prepositional phrases."""
    if index >= len(article.tokens):
        return True
    item = article.tokens[index]
    if item.token.kind != "word":
        return True
    text = item.token.text
    key = normalize_key(text)
    if is_that(key) or key in SAYING or speech_verb(item) or key in PARTICIPLES:
        return True
    if key in stopword_keys():
        return True  # في and على have name readings (Fi, Ali) but are never names here
    if item.is_stopword and not is_name(item):
        return True
    if not clitics:
        return False
    readings = article.analyzer.analyze(text)
    return bool(readings) and all(
        any(tag.endswith(("/PREP", "/CONJ")) for tag in reading.prefixes) for reading in readings
    )


def is_name(item: AnalyzedToken) -> bool:
    """The analysis read the word as a proper name (``exercises.arabic.context.names`` decides)."""
    return item.analysis is not None and item.analysis.pos == "PROPN"


def definite(text: str) -> bool:
    """The article on a word of two letters or more: إلى normalises to الى, which is no
    definite word."""
    key = normalize_key(text)
    prefix = next((p for p in _DEFINITE if key.startswith(p)), None)
    return prefix is not None and len(key) - len(prefix) >= 2


_DEFINITE = ("بال", "وال", "فال", "كال", "لل", "ال")


def name_evidence(article: ArticleContext, index: int, singles: frozenset[str]) -> bool:
    """Whether the word at ``index``, in a place where a person's name may stand (after a title,
    after a speech verb, inside a run of names), is a name.

    The analysis decides (``is_name``), with two things it does not know:

    * ``singles``: a word standing alone as the subject of a speech verb elsewhere in the
      article is a family name (وأضاف العمري أن ...);
    * a word the lexicon also knows as a name is one here, although the analysis kept its
      common reading: وزير المالية عادل منصور (عادل "just"), قالت سعاد الخطيب (سعاد
      "happiness"). Without this the people of two test articles lose a person each.
    """
    item = article.tokens[index]
    text = item.token.text
    return (
        name_key(text) in singles
        or is_name(item)
        or has_name_reading(article.analyzer.analyze(text))
        or _family_nisba(article, index, singles)
    )


def _family_nisba(article: ArticleContext, index: int, singles: frozenset[str]) -> bool:
    """A definite nisba after a given name is its family name (ريم القحطاني، ناصر الشهري),
    although the lexicon reads it as an adjective (القحطاني) or a common word (الشهري
    "monthly")."""
    key = normalize_key(article.tokens[index].token.text)
    if not index or not key.startswith("ال") or not key.endswith("ي") or len(key) < 6:
        return False
    previous = article.tokens[index - 1]
    if previous.token.sentence != article.tokens[index].token.sentence:
        return False
    if previous.token.kind != "word" or definite(previous.token.text):
        return False
    key = normalize_key(previous.token.text)
    if key in NAMED_PLACES or key in NOT_NAMES or is_title(previous):
        return False
    return name_evidence(article, index - 1, singles)


def can_start_name(article: ArticleContext, index: int, singles: frozenset[str]) -> bool:
    item = article.tokens[index]
    if item.token.kind != "word" or definite(item.token.text) or boundary(article, index):
        return False
    key = normalize_key(item.token.text)
    if key in NOT_NAMES or is_title(item) or is_organisation(item):
        return False
    return name_evidence(article, index, singles)


def name_tokens(
    article: ArticleContext, start: int, sentence_end: int, singles: frozenset[str]
) -> tuple[int, ...]:
    names = [start]
    position = start + 1
    while position < sentence_end and len(names) < 4:
        text = article.tokens[position].token.text
        key = normalize_key(text)
        previous = normalize_key(article.tokens[position - 1].token.text)
        compound = previous in _COMPOUND_NAMES
        known = name_key(text) in singles and not boundary(article, position, clitics=False)
        if boundary(article, position) and not compound and not known:
            break
        if not compound and key in NOT_NAMES:
            break
        closing = boundary(article, position + 1) and not _possessed(article.tokens[position])
        if compound or name_evidence(article, position, singles) or closing:
            names.append(position)
            position += 1
            continue
        break
    return tuple(names)


def _possessed(item: AnalyzedToken) -> bool:
    """A word with a pronoun attached (أسفه "his regret") ends no name: a name takes none. Not
    "my": a name ending in ي (فهمي، الحسيني) reads as one to the lexicon, and news seldom says
    "my" outside a quotation."""
    analysis = item.analysis
    return analysis is not None and any(
        "PRON" in tag and "PRON_1" not in tag for tag in analysis.suffixes
    )


def name_key(text: str) -> str:
    key = normalize_key(text).rstrip("ء")
    if key.startswith("ال") and len(key) > 4:
        key = key[2:]
    return key


def subject_singletons(article: ArticleContext) -> frozenset[str]:
    """Words standing alone as the subject of a speech verb: family names (وأضاف العمري أن)."""
    singles = set()
    tokens = article.tokens
    for index, item in enumerate(tokens[:-2]):
        if not speech_verb(item):
            continue
        subject = tokens[index + 1]
        if subject.token.kind != "word" or subject.token.sentence != item.token.sentence:
            continue
        if is_title(subject) or subject.is_stopword or is_organisation(subject):
            continue
        if _manner_or_verb(article, subject):
            continue  # قال ضاحكا: ...، قال تعالى: ...
        if boundary(article, index + 2) and not boundary(article, index + 1, clitics=False):
            key = name_key(subject.token.text)
            if key not in NOT_NAMES:
                singles.add(key)
    return frozenset(singles)


def _manner_or_verb(article: ArticleContext, item: AnalyzedToken) -> bool:
    """How something was said (ضاحكا، مبتسما: an indefinite accusative) or a verb (تعالى) after
    the verb of saying, where a family name alone would stand; a word the lexicon knows as a
    name stays one."""
    analysis = item.analysis
    if analysis is None or has_name_reading(article.analyzer.analyze(item.token.text)):
        return False
    if analysis.pos == "VERB":
        return True
    return analysis.pos in ("NOUN", "ADJ", "ADV") and normalize_key(item.token.text).endswith("ا")


def cluster(article: ArticleContext, raw: list[Mention]) -> tuple[list[Person], list[Mention]]:
    groups: list[list[Mention]] = []
    index = _NameIndex()
    for mention in sorted(raw, key=lambda m: -len(m.name_tokens)):
        keys = tuple(name_key(article.tokens[i].token.text) for i in mention.name_tokens)
        matches = index.groups_of(keys)
        if len(matches) == 1:
            groups[matches[0]].append(mention)
            index.add(keys, matches[0])
        elif not matches:
            groups.append([mention])
            index.add(keys, len(groups) - 1)
    groups.sort(key=lambda group: min(m.start_token for m in group))
    persons: list[Person] = []
    mentions: list[Mention] = []
    for person_index, group in enumerate(groups):
        labels = Counter(_surface(article, m) for m in group)
        label = max(labels, key=lambda text: (labels[text], len(text)))
        keys = tuple(
            dict.fromkeys(
                name_key(article.tokens[i].token.text) for m in group for i in m.name_tokens
            )
        )
        persons.append(Person(person_index, label, keys))
        mentions.extend(
            Mention(m.sentence, m.start_token, m.name_tokens, m.title, m.bare_title, person_index)
            for m in group
        )
    return persons, mentions


class _NameIndex:
    """The groups holding a name that ``same_name`` matches, found by lookups (not by comparing
    with every name of every group): one table per way two names match."""

    def __init__(self) -> None:
        self.by_last: dict[str, set[int]] = {}
        self.by_word: dict[str, set[int]] = {}
        self.by_single: dict[str, set[int]] = {}
        self.by_first_of_long: dict[str, set[int]] = {}

    def add(self, keys: tuple[str, ...], group: int) -> None:
        self.by_last.setdefault(keys[-1], set()).add(group)
        for key in keys:
            self.by_word.setdefault(key, set()).add(group)
        if len(keys) == 1:
            self.by_single.setdefault(keys[0], set()).add(group)
        if len(keys) > 2:
            self.by_first_of_long.setdefault(keys[0], set()).add(group)

    def groups_of(self, keys: tuple[str, ...]) -> list[int]:
        """The groups, in order, with a name that is the same name as ``keys``."""
        found = set(self.by_last.get(keys[-1], ()))
        if len(keys) == 1:
            found |= self.by_word.get(keys[0], set())
        for key in keys:
            found |= self.by_single.get(key, set())
        if len(keys) > 2:
            found |= self.by_first_of_long.get(keys[0], set())
        return sorted(found)


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a[-1] == b[-1]:
        return True
    if len(a) == 1:
        return a[0] in b
    if len(b) == 1:
        return b[0] in a
    return a[0] == b[0] and len(a) > 2 and len(b) > 2


def _surface(article: ArticleContext, mention: Mention) -> str:
    names = " ".join(strip_tashkeel(article.tokens[i].token.text) for i in mention.name_tokens)
    if len(mention.name_tokens) == 1 and mention.title.startswith("ال"):
        return f"{mention.title} {names}"
    return names


def known_name(article: ArticleContext, persons: list[Person], position: int) -> bool:
    key = name_key(article.tokens[position].token.text)
    return any(key in person.keys for person in persons)
