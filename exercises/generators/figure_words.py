"""The words shown with a figure (its multiplier and unit: ألف طن، %), the form of the counted
noun a value takes, and the counted noun as «كم» takes it (كم هدفا ...؟)."""

from __future__ import annotations

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_digits, normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.facts import Fact

_MULTIPLIERS = word_list("number_multipliers")
_PERCENT = frozenset(normalize_key(w) for w in ("المئة", "المائة", "بالمئة", "بالمائة"))


def counted_noun(article: ArticleContext, fact: Fact) -> str:
    """The counted noun after the figure as «كم» takes it (an accusative singular: هدفا، زائرا),
    "" when the figure's noun is not one that can be put so (a plural after 3-10, a unit)."""
    _, after = figure_words(article, fact)
    words = after.split()
    if len(words) != 1 or normalize_key(words[0]) in _MULTIPLIERS | _PERCENT:
        return ""
    noun, form = words[0], count_form(fact.text)
    if form == "accusative":
        return noun  # 47 هدفا: the accusative singular already
    if form != "genitive":
        return ""  # 5 أهداف: the plural, 2.5: no counted noun to ask with
    return noun if noun.endswith(("ة", "ى", "ا", "اء")) else noun + "ا"


def figure_words(article: ArticleContext, fact: Fact) -> tuple[str, str]:
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
        elif item.token.kind == "word" and _bare_noun(article, item):
            pieces.append(" " + item.token.text)
        break
    after = "".join(pieces)
    if after.endswith(" في"):
        after = after[: -len(" في")]
    return "", after


def _bare_noun(article: ArticleContext, item: AnalyzedToken) -> bool:
    """A noun with no clitic: as read in context, or a noun the context read as its adverb
    (90 يوما read «one day»: after a figure it is what is counted)."""
    analysis = item.analysis
    if analysis is None or analysis.prefixes:
        return False
    if analysis.pos == "NOUN":
        return True
    if analysis.pos != "ADV":
        return False
    # the adverb is the noun itself (يوما of يوم), not one of its own (تقريبا is no تقريب)
    readings = article.analyzer.analyze(item.token.text)
    return any(r.pos == "NOUN" and not r.prefixes and r.lemma == analysis.lemma for r in readings)


def same_form(value: str, figure: str, after: str) -> bool:
    """Whether ``value`` can stand for ``figure`` with the words shown after it (``after``):
    written as precisely (17.8% beside 12% tells the answer), and its noun in the same form
    (3-10 a plural, 11-99 an accusative, 100 and up a genitive; after a multiplier only the
    multiplier's plural counts: 4 ملايين beside 14 مليون)."""
    form, wanted = count_form(value), count_form(figure)
    if (form == "decimal") != (wanted == "decimal"):
        return False
    words = after.split()
    if not words or after.strip() in ("%", "٪") or normalize_key(words[-1]) in _PERCENT:
        return True  # no noun shown: 900، 12%، 3.5 في المئة
    if normalize_key(words[0]) in _MULTIPLIERS:
        return (form == "plural") == (wanted == "plural")
    return form == wanted


def count_form(value: str) -> str:
    """Which form of the counted noun the value takes."""
    digits = normalize_digits(value)
    if not digits.isdigit():
        return "decimal"
    number = int(digits)
    if number > 100 and number % 100 > 2:
        number %= 100  # the noun follows the last part read: مئة وثمانية وتسعون نائبا
    if number <= 2:
        return "one or two"
    if number <= 10:
        return "plural"
    return "accusative" if number <= 99 else "genitive"


def in_compound_figure(article: ArticleContext, fact: Fact) -> bool:
    """Whether the figure is one part of an amount in two joined by و (4 مليارات و105 ملايين
    ريال): a question keyed on one part cuts the amount short and leaves its unit out."""
    tokens = article.tokens

    def joined(first: int, second: int) -> bool:
        """A number at ``first``, its multiplier, و, a number at ``second``."""
        if first < 0 or second >= len(tokens):
            return False
        between = [tokens[i].token for i in range(first + 1, second)]
        return (
            tokens[first].token.kind == tokens[second].token.kind == "number"
            and len(between) == 2
            and normalize_key(between[0].text) in _MULTIPLIERS
            and between[1].text == "و"
        )

    return joined(fact.token, fact.token + 3) or joined(fact.token - 3, fact.token)
