"""A clause as a «متى/كم» question asks it: verb first, its subject named, nothing in it that
points outside it (a pronoun, a demonstrative), no date or reported speech inside it.

Shared by the date questions (``dates``) and the figure questions (``how_much``).
"""

from __future__ import annotations

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.clause_ends import governs_next
from exercises.generators.clause_subject import feminine, named_words
from exercises.generators.months import is_month_word
from exercises.generators.people.cues import speech_verb
from exercises.generators.written import balance_quotes, drop_leading_wa

BREAKS = frozenset('،,:؛;()[]"«»“”/.؟?!')
BOUNDS = word_list("calendar", "clause bounds") | word_list("clause_openers")
_WEEKDAYS = word_list("calendar", "weekdays")
_POINTING = word_list("this_these") | frozenset(normalize_key(w) for w in ("ذلك", "تلك", "ذاك"))
_CLAUSE_WORDS = (3, 14)
_THAT = frozenset(normalize_key(word) for word in ("إن", "أن", "بأن", "لأن"))
_ABOUT = normalize_key("عن")


def question_clause(article: ArticleContext, words: list[AnalyzedToken]) -> str:
    """The clause as a question names its subject (``clause_subject``) and is cut after its
    first complement; "" when it is no clause or its subject is named nowhere before it."""
    if not verbal_clause(article, words, own=True):
        return ""
    named = named_words(article, words)
    if named is None:
        return ""
    kept, subject = named
    return verbal_clause(article, kept, subject, own=not subject)


def verbal_clause(
    article: ArticleContext, words: list[AnalyzedToken], subject: str = "", own: bool = False
) -> str:
    """The words as a question's clause: verb first, nothing that points outside it; else "".
    ``subject``: words put after the verb (a subject the clause does not name); ``own``: the
    clause names its subject, so a possessive of the verb's person points to it (رفع الجيش
    الملكي رصيده)."""
    texts = [w.token.text for w in words]
    if not words or any(t in BREAKS and t not in ("«", "»") for t in texts):
        return ""
    if texts.count("«") != texts.count("»"):
        return ""  # a quoted name is kept whole
    head = words[0].analysis
    last = words[-1]
    if head is None or head.pos != "VERB" or not _CLAUSE_WORDS[0] <= len(words) + bool(subject):
        return ""
    if any(not tag.endswith(("/CONJ", "/FUT")) for tag in head.prefixes if "/IV" not in tag):
        return ""  # لتنخفض: a verb governed by a particle opens no question
    if any(is_month_word(w.token.text) or normalize_key(w.token.text) in _WEEKDAYS for w in words):
        return ""  # another date in the question
    if len(words) > _CLAUSE_WORDS[1]:
        return ""
    if last.analysis is not None and last.analysis.pos in ("PREP", "CONJ", "PRON", "REL", "VERB"):
        return ""
    if normalize_key(last.token.text) in BOUNDS or last.is_stopword:
        return ""
    if governs_next(last.token.text):
        return ""  # «... بنهاية»: the clause is cut before the noun its last word needs
    if any(normalize_key(w.token.text) in _THAT for w in words):
        return ""  # reported speech: the date belongs to what was said, not to «قال»
    if speech_verb(words[0]) and not any(normalize_key(w.token.text) == _ABOUT for w in words):
        return ""  # «متى قال الوزير؟» asks nothing; «أعلنت الوزارة عن افتتاح ...» is an event
    if any(_refers_outside(w) and not (own and _possessive_of(w, words[0])) for w in words):
        return ""  # أطلقه، يعني ذلك: what it points to is not in the question
    for before, word in zip(words, words[1:], strict=False):
        if word.token.index != before.token.index + 1 and governs_next(before.token.text):
            return ""  # «إلى غاية متم [شهر ماي] في ...»: the date taken out left its lead open
    pieces, previous = [], None
    for word in words:  # the words as written, one space where a date phrase was taken out
        if previous is not None:
            gap = article.text[previous.token.end : word.token.start]
            pieces.append(gap if gap.isspace() or not gap else " ")
        pieces.append(word.token.text)
        if subject and previous is None:
            pieces.append(" " + subject)
        previous = word
    return balance_quotes(drop_leading_wa("".join(pieces), words[0]))


def _possessive_of(item: AnalyzedToken, verb: AnalyzedToken) -> bool:
    """A noun whose only pronoun is a possessive of the verb's third person singular (رصيده
    after رفع، أرباحها after رفعت): the subject's own."""
    analysis = item.analysis
    if analysis is None or analysis.pos != "NOUN" or verb.analysis is None:
        return False
    pronouns = [tag for tag in analysis.suffixes if "PRON" in tag]
    if len(pronouns) != 1 or not pronouns[0].endswith(("POSS_PRON_3MS", "POSS_PRON_3FS")):
        return False
    gender = feminine(verb)
    return gender is not None and gender == pronouns[0].endswith("3FS")


def _refers_outside(item: AnalyzedToken) -> bool:
    """A pronoun, attached or not, or a demonstrative: it points outside the clause."""
    analysis = item.analysis
    key = normalize_key(item.token.text)
    if key in _POINTING or (analysis is not None and analysis.pos == "PRON"):
        return True
    return analysis is not None and any(
        "PRON_3" in tag or "_DO:3" in tag for tag in analysis.suffixes
    )  # أطلقه، يليه


_REPORT_THAT = _THAT - {normalize_key("لأن")}
_SPEAKER_WORDS = (1, 4)
_SOURCE_POS = ("NOUN", "PROPN", "ADJ")


def attributed_clause(article: ArticleContext, words: list[AnalyzedToken]) -> str:
    """What a source reported, as a question's clause with the source after it: «توقعت المديرية
    أن يعرف الطقس تحسنا ...» -> «يعرف الطقس تحسنا ...، بحسب المديرية» (what is asked belongs to
    the reported verb, not to the verb of reporting); "" when the words are not a verb, a
    source of one to four plain words, «أن» and a verbal clause."""
    head = words[0].analysis if words else None
    if head is None or head.pos != "VERB":
        return ""
    that = next(
        (i for i, w in enumerate(words) if normalize_key(w.token.text) in _REPORT_THAT), None
    )
    if that is None or not _SPEAKER_WORDS[0] <= that - 1 <= _SPEAKER_WORDS[1]:
        return ""
    source = words[1:that]
    for item in source:
        analysis = item.analysis
        if item.token.kind != "word" or analysis is None or analysis.pos not in _SOURCE_POS:
            return ""
        if analysis.prefixes not in ((), ("Al/DET",)) or any(
            "PRON" in tag for tag in analysis.suffixes
        ):
            return ""  # «المتحدث باسم ...», «رئيسها»: a source to name with care, not here
    clause = question_clause(article, words[that + 1 :])
    if not clause:
        return ""
    speaker = article.text[source[0].token.start : source[-1].token.end]
    return f"{clause}، بحسب {speaker}"
