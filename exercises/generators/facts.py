"""Numbers and dates stated in an article, and wrong values of the same kind for them.

A fact is one token: a number (600، 35.7، ٤٥), a year (2016), a day of the month (28 مارس),
a month name (فبراير) or a weekday after يوم/مساء (الأحد). Wrong values come first from the
article itself (its other numbers of the same kind), then from plausible neighbours.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Literal

from exercises.arabic.text.normalize import normalize_digits, normalize_key
from exercises.arabic.wordlists import variants, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, same_text
from exercises.generators.items import Item
from exercises.generators.months import (
    article_calendar,
    is_month,
    is_month_word,
    month_calendar,
    month_neighbours,
)

FactKind = Literal["year", "day", "number", "decimal", "percent", "month", "weekday"]
DATE_KINDS = frozenset({"year", "day", "month", "weekday"})

# The weekdays, in calendar order, each in its usual spelling; the index knows every spelling.
# Months are in ``months``: every calendar's own list, and the date context they need.
WEEKDAYS = [entry[0] for entry in variants("calendar", "weekdays")]
_WEEKDAY_INDEX = {
    normalize_key(spelling): position
    for position, entry in enumerate(variants("calendar", "weekdays"))
    for spelling in entry
}
_DAY_WORDS = word_list("calendar", "day parts")
_YEAR_LEADS = word_list("calendar", "year leads")
_YEAR_TIME_WORDS = (
    word_list("calendar", "date leads")
    | _DAY_WORDS
    | word_list("time_nouns")
    | word_list("calendar", "weekdays")
    | _YEAR_LEADS
)
_YEAR_NOUNS = _YEAR_LEADS  # by lemma: عامي 2017 و2022
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True, slots=True)
class Fact:
    token: int
    sentence: int
    kind: FactKind
    text: str  # as written in the article
    calendar: str = ""  # of a month: gregorian, levantine, maghrebi or hijri


def find_facts(article: ArticleContext) -> list[Fact]:
    """Every number and date token of the prose sentences that occurs once in its sentence.

    The headline, the dateline, list lines and table rows state no fact a question may ask.
    Found once per article (numbers and true/false both ask); each call gets its own list.
    """
    return list(article.lookup("facts", lambda: _find_facts(article)))


def _find_facts(article: ArticleContext) -> list[Fact]:
    facts = []
    tokens = article.tokens
    calendars = article_calendar(tokens)
    for sentence_index in article.prose_sentences:
        sentence = article.document.sentences[sentence_index]
        statement_start, _ = article.statement(sentence_index)
        seen: dict[str, int] = {}
        found = []
        for index in range(sentence.first_token, sentence.last_token):
            token = tokens[index].token
            if token.start < statement_start:
                continue
            kind = _kind(article, index)
            if kind is None:
                continue
            key = normalize_key(token.text)
            seen[key] = seen.get(key, 0) + 1
            calendar = month_calendar(token.text, calendars) if kind == "month" else ""
            found.append(Fact(index, sentence_index, kind, token.text, calendar))
        facts.extend(f for f in found if seen[normalize_key(f.text)] == 1)
    return facts


def _kind(article: ArticleContext, index: int) -> FactKind | None:
    tokens = article.tokens
    token = tokens[index].token
    if token.kind == "number":
        if _in_code(tokens, index):
            return None  # a name with a number (كوفيد-19، C/2025 R4), not a quantity
        value = normalize_digits(token.text)
        following = tokens[index + 1].token.text if index + 1 < len(tokens) else ""
        if is_month_word(following):
            return "day"
        if value.isdigit() and len(value) == 4 and 1900 <= int(value) <= 2099:
            return None if _year_in_a_name(tokens, index) else "year"
        if _is_percent(tokens, index):
            return "percent"
        if not value.isdigit() and not _THOUSANDS.fullmatch(value.replace("٬", ",")):
            return "decimal"
        return "number"
    if token.kind != "word":
        return None
    if is_month(tokens, index):
        return "month"
    key = normalize_key(token.text)
    previous = normalize_key(tokens[index - 1].token.text) if index else ""
    if key in _WEEKDAY_INDEX and previous in _DAY_WORDS:
        return "weekday"
    return None


def _year_in_a_name(tokens, index: int) -> bool:
    """رؤية 2030، كأس العالم 2022، مونديال 2030: a year right after a noun that is no time word
    is part of a name (a plan, an event), not when something happens."""
    if index == 0 or tokens[index - 1].token.sentence != tokens[index].token.sentence:
        return False
    before = tokens[index - 1]
    analysis = before.analysis
    if before.token.kind != "word" or analysis is None or analysis.pos not in ("NOUN", "PROPN"):
        return False
    key = normalize_key(before.token.text)
    stem = key[len(normalize_key(analysis.prefix_text)) :]
    if key in _YEAR_TIME_WORDS or stem in _YEAR_TIME_WORDS or "ال" + stem in _YEAR_TIME_WORDS:
        return False
    return not is_month_word(before.token.text) and normalize_key(analysis.lemma) not in _YEAR_NOUNS


def _in_code(tokens, index: int) -> bool:
    """A number that is part of a name or code: joined to a word by - or / (كوفيد-19،
    C/2025), or next to Latin letters (C/2025 R4، HbA1c)."""
    token = tokens[index].token
    for step in (-1, 1):
        position = index + step
        if not 0 <= position < len(tokens):
            continue
        other = tokens[position].token
        if other.sentence != token.sentence:
            continue
        if other.kind == "latin":
            return True
        beyond = position + step
        touching = other.end == token.start if step < 0 else other.start == token.end
        if touching and other.text in ("-", "/") and 0 <= beyond < len(tokens):
            far = tokens[beyond].token
            joined = far.end == other.start if step < 0 else far.start == other.end
            if joined and far.kind in ("word", "latin"):
                return True
    return False


_PERCENT_WORDS = frozenset(normalize_key(w) for w in ("المئة", "المائة", "بالمئة", "بالمائة"))


def _is_percent(tokens, index: int) -> bool:
    following = [t.token.text for t in tokens[index + 1 : index + 3]]
    if following[:1] in (["%"], ["٪"]):
        return True
    keys = [normalize_key(text) for text in following]
    return bool(keys) and (keys[0] in _PERCENT_WORDS or keys[-1] in _PERCENT_WORDS)


def fact_question(
    article: ArticleContext,
    fact: Fact,
    *,
    key: str,
    subtype: str,
    prompt: str,
    instruction: str,
    answer: str,
    distractors: list[str],
    seed: int,
    asked: Fact | None = None,
) -> Item | None:
    """A question on a fact of the article (``asked``, by default ``fact`` itself), pointing at
    the fact's sentence; None unless it has four different options."""
    item = choice_item(
        key=key,
        kind="comprehension",
        subtype=subtype,
        prompt=prompt,
        instruction=instruction,
        answer=answer,
        distractors=distractors,
        seed=seed,
        support=(article.span(fact.sentence),),
        difficulty=0.4,
        extra={"fact": (asked or fact).kind},
    )
    return item if item is not None and len(item.options) == 4 else None


def wrong_values(
    article: ArticleContext, fact: Fact, facts: list[Fact], rng: random.Random, wanted: int = 3
) -> list[str]:
    """Values of the fact's kind that the sentence does not state, article values first."""
    sentence_text = article.document.sentence_text(fact.sentence)
    from_article = [
        other.text
        for other in facts
        if _compatible(fact, other) and other.sentence != fact.sentence
    ]
    rng.shuffle(from_article)
    neighbours = _neighbours(fact, rng)
    chosen: list[str] = []
    for value in [*from_article[:2], *neighbours, *from_article[2:]]:
        if same_text(value, fact.text) or any(same_text(value, c) for c in chosen):
            continue
        if fact.kind not in ("month", "weekday") and figure_value(value) == figure_value(fact.text):
            continue  # 1.5 for 1٫5, 12400 for 12,400: the same value written another way
        if _in_sentence(value, sentence_text):
            continue
        chosen.append(value)
        if len(chosen) == wanted:
            break
    return chosen


def _in_sentence(value: str, sentence_text: str) -> bool:
    key = normalize_key(value)
    return any(normalize_key(word.strip('،.:؛"“”«»()%٪')) == key for word in sentence_text.split())


def _compatible(fact: Fact, other: Fact) -> bool:
    if fact.kind != other.kind:
        return False
    if fact.kind in ("number", "decimal", "percent"):
        a, b = figure_value(fact.text), figure_value(other.text)
        if fact.kind == "number" and (3 <= a <= 10) != (3 <= b <= 10):
            return False  # 3 to 10 take a plural noun, 11 and up a singular: «14 وحدات» is wrong
        return a > 0 and b > 0 and 0.2 <= b / a <= 5
    if fact.kind == "month":
        return fact.calendar == other.calendar
    return True


def figure_value(text: str) -> float:
    """The value of a figure: ٫ or a comma before one or two digits is a decimal sign, a comma
    or ٬ before groups of three a thousands separator (12,400)."""
    value = normalize_digits(text).replace("٫", ".").replace("٬", ",")
    if _THOUSANDS.fullmatch(value):
        value = value.replace(",", "")
    value = value.replace(",", ".")
    try:
        return float(value)
    except ValueError:
        return 0.0


def _neighbours(fact: Fact, rng: random.Random) -> list[str]:
    text = fact.text
    if fact.kind == "month":
        return month_neighbours(text, fact.calendar)
    if fact.kind == "weekday":
        position = _WEEKDAY_INDEX[normalize_key(text)]
        return [WEEKDAYS[(position + step) % 7] for step in (1, -1, 2, -2)]
    value = figure_value(text)
    if fact.kind == "year":
        steps = [-1, 1, -2, 2, -3, 3]
        rng.shuffle(steps)
        return [_write_like(str(int(value) + step), text) for step in steps]
    if fact.kind == "day":
        days = [int(value) + step for step in (-1, 1, -2, 2, 3, -3, 7, -7)]
        return [_write_like(str(d), text) for d in days if 1 <= d <= 31]
    if fact.kind == "percent":
        decimals = _decimals(text)
        steps = [-15, -10, -5, 5, 10, 15] if value >= 20 else [-3, -2, 2, 3, 5]
        rng.shuffle(steps)
        return [
            _write_like(f"{value + step:.{decimals}f}", text, decimal=True)
            for step in steps
            if 0 < value + step <= 100
        ]
    if fact.kind == "decimal":
        decimals = _decimals(text)
        factors = [0.8, 1.2, 0.9, 1.1, 0.7, 1.3]
        rng.shuffle(factors)
        return [
            _write_like(f"{value * factor:.{decimals}f}", text, decimal=True)
            for factor in factors
            if value * factor > 0
        ]
    grouped = _THOUSANDS.fullmatch(normalize_digits(text).replace("٬", ","))
    return [
        _write_like(f"{n:,}" if grouped else str(n), text)
        for n in _integer_neighbours(int(value), rng)
    ]


def far_values(fact: Fact, rng: random.Random) -> list[str]:
    """Values of a number, a decimal or a percentage a fifth or more from the fact's (an
    approximate figure's wrong options: «نحو 80» is about 77 too), written like it."""
    value = figure_value(fact.text)
    factors = [0.5, 0.7, 1.3, 1.5, 2.0]
    rng.shuffle(factors)
    decimals = _decimals(fact.text)
    found = []
    for factor in factors:
        far = value * factor
        if fact.kind == "percent" and far > 100:
            continue
        if decimals or fact.kind != "number":
            found.append(_write_like(f"{far:.{decimals}f}", fact.text, decimal=True))
            continue
        magnitude = 10 ** max(len(str(int(value))) - 2, 0)
        grouped = _THOUSANDS.fullmatch(normalize_digits(fact.text).replace("٬", ","))
        number = round(far / magnitude) * magnitude
        found.append(_write_like(f"{number:,}" if grouped else str(number), fact.text))
    return found


def _decimals(text: str) -> int:
    value = normalize_digits(text).replace("٫", ".").replace(",", ".")
    return len(value.split(".")[-1]) if "." in value else 0


def _integer_neighbours(value: int, rng: random.Random) -> list[int]:
    if value <= 12:
        candidates = [value + step for step in (-2, -1, 1, 2, 3)]
    elif value < 100:
        candidates = [value + step for step in (-10, -5, -3, 3, 5, 10, 12)]
    else:
        magnitude = 10 ** (len(str(value)) - 2)
        candidates = [
            round(value * factor / magnitude) * magnitude for factor in (0.5, 0.75, 1.25, 1.5, 2)
        ]
    if value > 100 and value % 100 > 2:  # 41280 مرشحا: the last two digits keep the noun's form
        candidates = [c - c % 100 + value % 100 for c in candidates]
    candidates = [c for c in candidates if c > 0 and c != value]
    if 3 <= value <= 10:  # the noun after 3-10 is plural, after 11 and up singular
        candidates = [c for c in candidates if 3 <= c <= 10]
    rng.shuffle(candidates)
    return candidates


def _write_like(value: str, original: str, *, decimal: bool = False) -> str:
    """``value`` in the digits and decimal sign the article used for ``original``."""
    if decimal:
        for sign in ("٫", ","):
            if sign in original:
                value = value.replace(".", sign)
    if "٬" in original:
        value = value.replace(",", "٬")
    if any("٠" <= char <= "٩" for char in original):
        value = value.translate(_ARABIC_INDIC)
    return value
