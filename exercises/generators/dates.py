"""Dates: «متى يلتقي الأهلي مع الاتحاد السكندري؟», built from the clause a date belongs to.

The date phrase (يوم الأحد 18 ماي، في مارس الماضي) is taken out with the words that lead into
it; the question is the verbal clause before it, from the last comma or clause word (بينما،
فيما) on, or the sentence's opening clause when the date sits in an adjunct after it (..., في
المباراة التي جرت مساء الجمعة). The options are the date's values: the article's others of the
same kind first (the sentence's other day is the tempting one), then calendar neighbours. A
clause that does not open with a verb, or a date phrase with no clause before it: no item.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.clause_subject import (
    QUOTED_NAME_WORDS,
    quoted_name_length,
)
from exercises.generators.common import rng_for, same_text
from exercises.generators.definite_subject import definite_subject
from exercises.generators.facts import DATE_KINDS, Fact, fact_question, wrong_values
from exercises.generators.items import Item
from exercises.generators.noun_phrases import PREPOSITIONS, completes
from exercises.generators.question_clause import (
    BOUNDS,
    BREAKS,
    attributed_clause,
    question_clause,
)

DATE_LEADS = word_list("calendar", "date leads") | word_list("calendar", "day parts")
_TRAILERS = word_list("calendar", "date trailers")
_PERIOD = word_list("calendar", "period bounds")
# The relative pronouns among the clause openers (الذي، التي، والذين ...).
_RELATIVE = frozenset(key for key in word_list("clause_openers") if key.startswith(("ال", "وال")))
_MAX_AFTER = 8
_FORWARD_VERBS = word_list("forward_verbs")
_ADJUNCT_OPENERS = word_list("adjunct_openers") | frozenset({normalize_key("من")})
_PREFERENCE = ("weekday", "day", "month", "year")
# An object's prefixes (none: the object itself), a complement's after a preposition, or
# joined to one (بحبس).
_OBJECT_PREFIXES = {
    False: ((), ("Al/DET",), ("bi/PREP",), ("li/PREP",), ("bi/PREP", "Al/DET")),
    True: ((), ("Al/DET",)),
}


def date_items(article: ArticleContext, facts: list[Fact], seed: int) -> list[Item]:
    by_token = {fact.token: fact for fact in facts if fact.kind in DATE_KINDS}
    items = []
    done: set[int] = set()
    for fact in facts:
        if fact.token not in by_token or fact.token in done:
            continue
        start, end = phrase_of(article, fact.token, by_token)
        done.update(range(start, end))
        asked = _asked(article, [by_token[i] for i in range(start, end) if i in by_token])
        if any(normalize_key(t.token.text) in _PERIOD for t in article.tokens[start:end]):
            continue  # حتى نهاية أغسطس: no point in time to ask «متى» of
        question = article.document.sentence_text(fact.sentence).rstrip().endswith(("؟", "?"))
        clause = "" if question else _clause(article, fact.sentence, start, end, by_token)
        if asked is None or not clause:
            continue
        key = f"comprehension:dates:{asked.token}"
        rng = rng_for(seed, key, "values")
        item = fact_question(
            article,
            fact,
            key=key,
            subtype="dates",
            prompt=f"متى {clause}؟",
            instruction="When did this happen, according to the article?",
            answer=_shown(article, asked),
            distractors=[
                _shown(article, asked, value) for value in _values(article, asked, facts, rng)
            ],
            seed=seed,
            asked=asked,
        )
        if item is not None:
            items.append(item)
    return items


def phrase_of(article: ArticleContext, index: int, dates: Mapping[int, Fact]) -> tuple[int, int]:
    """Token range of the date phrase around a date token, its lead words included."""
    tokens = article.tokens
    sentence = tokens[index].token.sentence

    def part(position: int, words: frozenset[str]) -> bool:
        if not 0 <= position < len(tokens) or tokens[position].token.sentence != sentence:
            return False
        token = tokens[position].token
        return (
            position in dates
            or (token.kind == "number" and _next_is_date(position, dates))
            or normalize_key(token.text) in words
            or (words is DATE_LEADS and _lead_with_clitic(token.text))
        )

    start, end = index, index + 1
    while part(start - 1, DATE_LEADS):
        start -= 1
    while part(end, _TRAILERS) or (
        end < len(tokens) and tokens[end].token.kind == "number" and part(end - 1, frozenset())
    ):
        end += 1
    return start, end


def _lead_with_clitic(word: str) -> bool:
    """بنهاية، وخلال: a date lead with a preposition or a conjunction joined to it."""
    key = normalize_key(word)
    return any(
        key.startswith(clitic) and len(key) > len(clitic) + 2 and key[len(clitic) :] in DATE_LEADS
        for clitic in ("وب", "ول", "و", "ب", "ل")
    )


def _next_is_date(position: int, dates: Mapping[int, Fact]) -> bool:
    return position + 1 in dates or position + 2 in dates  # 24 و25 ماي


def _asked(article: ArticleContext, phrase: list[Fact]) -> Fact | None:
    for kind in _PREFERENCE:
        for fact in phrase:
            if fact.kind == kind:
                return fact
    return None


def _completion(
    article: ArticleContext, sentence: int, phrase_start: int, phrase_end: int
) -> list[AnalyzedToken] | None:
    """The words after the date that complete its clause, up to the next break: none when a
    break follows a date that ends its clause; the rest of the clause after a date set off by
    commas (أقر المجلس، يوم الأحد، مشروع القانون); None when that rest is too long to cut."""
    tokens = article.tokens
    end = article.document.sentences[sentence].last_token
    following = tokens[phrase_end].token.text if phrase_end < end else "."
    set_off = tokens[phrase_start - 1].token.text == "،"
    if following in BREAKS and (following != "،" or not set_off):
        return []
    if following not in BREAKS and not _continues(tokens[phrase_end]):
        return None  # the clause goes on after the date (أواخر غشت أو مطلع شتنبر): no cut
    words = []
    aside_open = set_off and following != "،"  # «، اليوم الأحد في الرياض،» closes later
    for item in tokens[phrase_end + (following == "،") : end]:
        if item.token.text == "،" and aside_open:
            aside_open = False  # the clause goes on after the aside: its object (الاجتماع ...)
            continue
        if item.token.text in BREAKS:
            break
        if item.token.kind == "number":
            # «افتتحت الوزارة، صباح الخميس، مستشفى جديدا يضم 300 سرير»: the object before it
            return _object_phrase(words) if set_off and words else None
        words.append(item)
        if len(words) > _MAX_AFTER:
            # «اختتم المؤتمر أعماله، يوم الخميس، من دون اتفاق على ...»: a long adjunct after a
            # date set off by commas; the clause before the date is whole without it
            if set_off and _opens_adjunct(words[0]):
                return []
            return _object_phrase(words) if set_off else None
    return words


def _object_phrase(words: list[AnalyzedToken]) -> list[AnalyzedToken] | None:
    """The phrase that opens a long rest of the clause after a date set off by commas: the
    verb's object (محاولة تهريب كميات كبيرة، without «من المواد ... قادمة من ...») or its
    complement with a preposition (على مشروع قانون، بحبس مدير سابق); None when the rest opens
    otherwise or the phrase does not end before a preposition, a verb or a figure."""
    lead = int(normalize_key(words[0].token.text) in PREPOSITIONS and len(words) > 1)
    first = words[lead].analysis
    if first is None or first.pos != "NOUN" or words[lead].is_stopword:
        return None
    if first.prefixes not in _OBJECT_PREFIXES[bool(lead)]:
        return None
    phrase = words[: lead + 1]
    for item in words[lead + 1 :]:
        if not completes(item, phrase[-1]):
            break
        phrase.append(item)
    if len(phrase) < len(words) and not _ends_phrase(words[len(phrase)]):
        return None
    return phrase if len(phrase) <= _MAX_AFTER // 2 else None


def _ends_phrase(item: AnalyzedToken) -> bool:
    """A preposition, a verb (مشروع قانون يقضي ...: the clause of an indefinite noun) or a
    number word (بالسجن خمس سنوات: the figure is no part of the object)."""
    if normalize_key(item.token.text) in PREPOSITIONS:
        return True
    analysis = item.analysis
    return analysis is not None and analysis.pos in ("VERB", "NUM")


def _opens_adjunct(item: AnalyzedToken) -> bool:
    return normalize_key(item.token.text) in _ADJUNCT_OPENERS


def _continues(item: AnalyzedToken) -> bool:
    """A word after the date that goes on with the same clause: not «أو», «و...» or a number."""
    analysis = item.analysis
    if item.token.kind != "word" or analysis is None or analysis.pos in ("CCONJ", "CONJ"):
        return False
    return not analysis.prefixes[:1] or not analysis.prefixes[0].endswith("/CONJ")


def _clause(
    article: ArticleContext, sentence: int, phrase_start: int, phrase_end: int, dates
) -> str:
    """The verbal clause the date phrase belongs to, or the sentence's opening clause."""
    tokens = article.tokens
    statement_start, _ = article.statement(sentence)
    first = article.document.sentences[sentence].first_token
    stop = phrase_start - (tokens[phrase_start - 1].token.text == "،")
    position = clause_start(article, sentence, stop, dates)
    if position is None:
        return ""  # another date before this one in the clause
    after = _completion(article, sentence, phrase_start, phrase_end)
    if after is None or _dates_the_complement(tokens[position:stop]):
        return ""
    words = [*tokens[position:stop], *after]
    clause = question_clause(article, words) or attributed_clause(article, words)
    if clause or position == stop:
        return clause
    # The date in an adjunct after a comma: the sentence's opening clause, if it is the event.
    opening = []
    for item in tokens[first:phrase_start]:
        if item.token.start < statement_start:
            continue
        if item.token.text in BREAKS:
            break
        if item.token.index in dates:
            return ""
        opening.append(item)
    between = [t for t in tokens[first + len(opening) + 1 : phrase_start] if t.token.kind == "word"]
    if not between or len(between) > 5 or not any(_is_relative(t) for t in between):
        return ""  # only a date in a short adjunct (في المباراة التي جرت ...) dates the opening
    return question_clause(article, opening)


def _dates_the_complement(before: list[AnalyzedToken]) -> bool:
    """A verb of calling or deciding (``forward_verbs``) with words after its subject and before
    the date: the date is the called event's (دعت الهيئة إلى اعتصام أمام الوزارة يوم الأربعاء)."""
    verbs = [n for n, t in enumerate(before) if t.analysis and t.analysis.pos == "VERB"]
    if not verbs:
        return False
    verb = before[verbs[-1]]  # the verb nearest the date: توقعت أن تكتمل ... asks تكتمل
    if normalize_key(verb.analysis.lemma) not in _FORWARD_VERBS:
        return False
    rest = [t for t in before[verbs[-1] + 1 :] if t.token.kind == "word"]
    return len(rest) > len(definite_subject(rest))


def clause_start(
    article: ArticleContext, sentence: int, stop: int, avoid: Mapping[int, object]
) -> int | None:
    """Where the clause that ends before token ``stop`` starts: after a break or a clause word
    (بينما، فيما), at the statement's start at the latest; ``stop`` itself for a relative
    clause (التي جرت ...: its subject is outside); None when a token of ``avoid`` comes first."""
    tokens = article.tokens
    statement_start, _ = article.statement(sentence)
    first = article.document.sentences[sentence].first_token
    position = stop
    while position > first:
        token = tokens[position - 1].token
        opening = _quoted_name_start(tokens, position - 1, first)
        if opening is not None:
            position = opening  # تأسست «نور للاتصالات» عام 2011: a name, not a break
            continue
        if token.start < statement_start or token.text in BREAKS:
            break
        if position - 1 in avoid:
            return None
        if normalize_key(token.text) in BOUNDS:
            if normalize_key(token.text) in _RELATIVE:
                position = stop
            break
        position -= 1
    return position


def _quoted_name_start(tokens, closing: int, first: int) -> int | None:
    """The index of the «» that opens a quoted name (``quoted_name_length``) closed at
    ``closing``."""
    if tokens[closing].token.text != "»":
        return None
    low = max(first, closing - QUOTED_NAME_WORDS - 1)
    opening = next(
        (i for i in range(closing - 1, low - 1, -1) if tokens[i].token.text == "«"), None
    )
    if (
        opening is None
        or quoted_name_length(tokens[opening : closing + 1]) != closing - opening + 1
    ):
        return None
    return opening


def _is_relative(item: AnalyzedToken) -> bool:
    return normalize_key(item.token.text) in _RELATIVE


def _values(
    article: ArticleContext, fact: Fact, facts: list[Fact], rng: random.Random
) -> list[str]:
    """Wrong values: the article's own of the kind (its sentence's too), then neighbours."""
    own = [
        other.text
        for other in facts
        if other.kind == fact.kind and not same_text(other.text, fact.text)
    ]
    rng.shuffle(own)
    return [*own[:2], *wrong_values(article, fact, [], rng, wanted=3), *own[2:]]


def _shown(article: ArticleContext, fact: Fact, value: str | None = None) -> str:
    """A day of the month with its month (18 ماي), anything else as it is."""
    value = fact.text if value is None else value
    if fact.kind != "day":
        return value
    month = article.tokens[fact.token + 1].token.text
    return f"{value} {month}"
