"""The clause a figure completes, in the shapes ``how_much`` asks about beyond «verb + subject».

- Reported: «مؤكدا أن عدد الأسر المستفيدة بلغ 3.8 مليون»: the clause starts after «أن/إن»; a
  clause after a verb of forecast (توقع التقرير أن يبلغ ...) or «أن» + a verb states no fact.
- Nominal: «عدد الأسر المستفيدة بلغ» -> «كم بلغ عدد الأسر المستفيدة؟»: a definite subject (with
  its genitives and prepositional phrases) and a verb of measure or estimate after it, the verb
  put first as a question puts it.
"""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.definite_subject import definite_subject
from exercises.generators.months import is_month_word
from exercises.generators.written import drop_leading_wa

_THAT = frozenset(normalize_key(word) for word in ("أن", "إن", "بأن"))
_THAT_VERB = frozenset(normalize_key(word) for word in ("أن", "بأن"))  # «أن يبلغ»: subjunctive
_FORECAST = word_list("quantity_verbs", "forecast")
_CHANGE_NOUNS = word_list("quantity_verbs", "change nouns")
_PREPOSITIONS = frozenset(normalize_key(word) for word in ("في", "من", "خلال", "على", "بين"))
_SUBJECT_PREFIXES = ((), ("Al/DET",), ("li/PREP",), ("li/PREP", "Al/DET"))
_MAX_SUBJECT = 9
_TIME_PREPOSITIONS = frozenset(normalize_key(word) for word in ("منذ", "خلال"))
_MAX_ADJUNCT = 6


def reported_clause(
    article: ArticleContext, words: Sequence[AnalyzedToken]
) -> list[AnalyzedToken] | None:
    """The words after the last «أن/إن» of ``words`` (all of them when there is none); None for
    a forecast or «أن» + a verb, which the article does not state as a fact."""
    cut = max(
        (i for i, item in enumerate(words) if normalize_key(item.token.text) in _THAT), default=-1
    )
    if cut < 0:
        return list(words)
    first = article.document.sentences[words[0].token.sentence].first_token
    before = article.tokens[first : words[cut].token.index]
    if any(_key(item) in _FORECAST for item in before):
        return None
    rest = list(words[cut + 1 :])
    if not rest:
        return None
    head = rest[0].analysis
    that_verb = normalize_key(words[cut].token.text) in _THAT_VERB
    if that_verb and head is not None and head.pos == "VERB":
        return None  # «أن يبلغ النمو ...»: what is expected or intended
    return rest


def nominal_clause(
    article: ArticleContext, words: Sequence[AnalyzedToken], verbs: frozenset[str]
) -> str:
    """«بلغ عدد الأسر المستفيدة» for «عدد الأسر المستفيدة بلغ» when the last word is a verb of
    ``verbs`` and the words before it a named subject, or a verb and its object of change
    (سجلت المبيعات نموا: «سجلت المبيعات نموا»); "" otherwise."""
    words, adjunct = _time_adjunct(words, verbs)
    change = bool(verbs) and len(words) > 2 and _key(words[-1]) in _CHANGE_NOUNS  # سجلت نموا
    if len(words) < 2 or (_key(words[-1]) not in verbs and not change):
        return ""
    verb, subject = words[-1], list(words[:-1])
    if change:
        verb, subject = words[-2], list(words[:-2])
    if verb.analysis is None or verb.analysis.pos != "VERB":
        return ""
    if any("IV" not in tag for tag in verb.analysis.prefixes):
        return ""  # تبلغ، يقدر: no particle, no conjunction before the verb
    if change and not _third_singular(verb.analysis):
        return ""  # حققوا: moved before its subject, a verb takes the singular
    head = definite_subject(subject)
    if not head or len(subject) > _MAX_SUBJECT:
        return ""
    for item in subject[len(head) :]:
        if not _subject_word(item):
            return ""
    last = subject[-1]
    if normalize_key(last.token.text) in _PREPOSITIONS or last.analysis is None:
        return ""
    if last.analysis.pos not in ("NOUN", "ADJ", "PROPN"):
        return ""
    if not _contiguous(subject):
        return ""
    text = article.text[subject[0].token.start : subject[-1].token.end]
    changed = f" {words[-1].token.text}" if change else ""
    return f"{drop_leading_wa(verb.token.text, verb)} {text}{changed}{adjunct}"


def _time_adjunct(
    words: Sequence[AnalyzedToken], verbs: frozenset[str]
) -> tuple[Sequence[AnalyzedToken], str]:
    """The words up to the verb, and the time adjunct between the verb and the figure (استقبل
    منذ مطلع العام الجاري 3500 زائر) as the question keeps it; the words as they are, and "",
    when what follows the verb is anything else."""
    at = next((i for i, item in enumerate(words) if _key(item) in verbs), None)
    rest = words[at + 1 :] if at is not None else ()
    if not rest or normalize_key(rest[0].token.text) not in _TIME_PREPOSITIONS:
        return words, ""
    if not all(_subject_word(item) for item in rest[1:]) or len(rest) > _MAX_ADJUNCT:
        return words, ""
    if rest[-1].analysis is None or rest[-1].analysis.pos not in ("NOUN", "ADJ"):
        return words, ""
    if len(rest) < 2 or not _contiguous(rest):
        return words, ""
    return words[: at + 1], " " + " ".join(item.token.text for item in rest)


def _contiguous(items: Sequence[AnalyzedToken]) -> bool:
    return all(
        after.token.index == before.token.index + 1
        for before, after in zip(items, items[1:], strict=False)
    )


def _third_singular(analysis) -> bool:
    tags = (*analysis.prefixes, *analysis.suffixes)
    return any(tag.endswith(("3MS", "3FS")) for tag in tags)


def _subject_word(item: AnalyzedToken) -> bool:
    """A word of a subject's genitives and prepositional phrases: no pronoun, no figure, no
    date, no verb, nothing that ends a clause."""
    if normalize_key(item.token.text) in _PREPOSITIONS:
        return True
    analysis = item.analysis
    if item.token.kind != "word" or analysis is None or is_month_word(item.token.text):
        return False
    if analysis.pos not in ("NOUN", "ADJ", "PROPN") or analysis.prefixes not in _SUBJECT_PREFIXES:
        return False
    return not any("PRON" in tag or "_DO" in tag for tag in analysis.suffixes)


def _key(item: AnalyzedToken) -> str:
    return normalize_key(item.token.text).removeprefix("و")
