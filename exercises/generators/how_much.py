"""«كم ...؟» questions about a figure, built from the clause it completes.

- «ارتفع خام برنت بنسبة 1.2%» -> «بأي نسبة ارتفع خام برنت؟»
- «رفع الجيش الملكي رصيده إلى 61 نقطة» -> «إلى كم رفع الجيش الملكي رصيده؟»
- «بلغ عدد الزوار 40 ألف زائر» -> «كم بلغ عدد الزوار؟» (a verb of ``quantity_verbs`` first)

The clause is verb-first and points to nothing outside it (``dates.verbal_clause``); words that
make the figure approximate (نحو، أكثر من) stay out of it. The options are the figure and wrong
values of its kind in the same words (61 نقطة، 55 نقطة ...), values that take the same form of
the counted noun (3-10 a plural, 11-99 an accusative, 100 and up a genitive).
"""

from __future__ import annotations

from exercises.arabic.text.normalize import normalize_digits, normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for, window
from exercises.generators.dates import clause_start, verbal_clause
from exercises.generators.facts import Fact, wrong_values
from exercises.generators.items import Item

_APPROXIMATORS = word_list("approximators")
_QUANTITY_VERBS = word_list("quantity_verbs")
_MULTIPLIERS = word_list("number_multipliers")
_PERCENT = frozenset(normalize_key(w) for w in ("المئة", "المائة", "بالمئة", "بالمائة"))
_TO = normalize_key("إلى")
_BY_RATE = normalize_key("بنسبة")
_RADIUS = 100


def how_much_items(article: ArticleContext, facts: list[Fact], seed: int) -> list[Item]:
    items = []
    for position, fact in enumerate(facts):
        if fact.kind not in ("number", "decimal", "percent"):
            continue
        question = _question(article, fact)
        if question is None:
            continue
        before, after = _figure_words(article, fact)
        key = f"comprehension:numbers:how_much:{fact.token}"
        nearby = list(window(facts, position, _RADIUS))
        values = wrong_values(article, fact, nearby, rng_for(seed, key, "values"), wanted=6)
        values = [value for value in values if _form(value) == _form(fact.text)]
        item = choice_item(
            key=key,
            kind="comprehension",
            subtype="numbers",
            prompt=question,
            instruction="How much or how many, according to the article?",
            answer=f"{before}{fact.text}{after}",
            distractors=[f"{before}{value}{after}" for value in values],
            seed=seed,
            support=(article.span(fact.sentence),),
            difficulty=0.4,
            extra={"fact": fact.kind},
        )
        if item is not None and len(item.options) == 4:
            items.append(item)
    return items


def _question(article: ArticleContext, fact: Fact) -> str | None:
    tokens = article.tokens
    position = fact.token
    while position > 0 and normalize_key(tokens[position - 1].token.text) in _APPROXIMATORS:
        position -= 1
    if position == 0 or tokens[position - 1].token.sentence != fact.sentence:
        return None
    lead = normalize_key(tokens[position - 1].token.text)
    if lead in (_TO, _BY_RATE):
        stop, opener = position - 1, ("إلى كم" if lead == _TO else "بأي نسبة")
    else:
        stop, opener = position, "كم"
    start = clause_start(article, fact.sentence, stop, {})
    if start is None or start >= stop:
        return None
    words = list(tokens[start:stop])
    if opener == "كم" and normalize_key(words[0].token.text).removeprefix("و") not in (
        _QUANTITY_VERBS
    ):
        return None
    if (opener == "بأي نسبة") != (fact.kind == "percent") and opener != "إلى كم":
        return None  # «كم» counts, «بأي نسبة» asks a percentage
    clause = verbal_clause(article, words)
    return f"{opener} {clause}؟" if clause else None


def _figure_words(article: ArticleContext, fact: Fact) -> tuple[str, str]:
    """The words shown with the number in every option: its multiplier and unit (ألف طن، %)."""
    tokens = article.tokens
    pieces = []
    position = fact.token + 1
    while position < len(tokens) and tokens[position].token.sentence == fact.sentence:
        item = tokens[position]
        key = normalize_key(item.token.text)
        if item.token.text in ("%", "٪"):
            pieces.append(item.token.text)
        elif key in _MULTIPLIERS or key in _PERCENT or key == normalize_key("في"):
            pieces.append(" " + item.token.text)
            if key in _PERCENT:
                break
            position += 1
            continue
        elif (
            item.token.kind == "word"
            and item.analysis is not None
            and item.analysis.pos == "NOUN"
            and not item.analysis.prefixes
        ):
            pieces.append(" " + item.token.text)
        break
    after = "".join(pieces)
    if after.endswith(" في"):
        after = after[: -len(" في")]
    return "", after


def _form(value: str) -> str:
    """Which form of the counted noun the value takes."""
    digits = normalize_digits(value)
    if not digits.isdigit():
        return "decimal"
    number = int(digits)
    if number <= 2:
        return "one or two"
    if number <= 10:
        return "plural"
    return "accusative" if number <= 99 else "genitive"
