"""The subject of a figure or date question's clause, named in the question (the fifth review:
«كم سجّل مع الفريق؟» and «متى انضم إلى الزمالك ...؟» named no one).

A clause whose verb is followed by its subject (a person's name or title, a definite noun
phrase, a noun and a name) keeps it. Otherwise the subject is the one of the last verb before it,
in its sentence and then in its paragraph, whose subject is named and whose gender is the verb's
(ولعب خليل ...، وسجل ... -> سجل خليل); a speech verb's speaker is never taken. No subject found:
no question. After the subject the clause keeps one complement (إلى الشعلة) and drops what
follows it (قادما من نادي الرمثا، a second prepositional phrase).
"""

from __future__ import annotations

from collections.abc import Sequence

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.clause_ends import governs_next
from exercises.generators.definite_subject import definite_subject
from exercises.generators.glosses import looks_plural
from exercises.generators.noun_phrases import PREPOSITIONS
from exercises.generators.people.cues import is_title, speech_verb

_CLITICS = ("و", "ف", "س")
_PARTITIVE = word_list("quantity_words") | frozenset({normalize_key("عدد")})
_PLURAL_SUBJECT = ("3MD", "3FD", "3MP", "3FP")
_THAT = frozenset(normalize_key(word) for word in ("أن", "إن", "بأن"))
_RELATIVES = frozenset(key for key in word_list("clause_openers") if key.startswith(("ال", "وال")))


def subject_length(
    article: ArticleContext, words: Sequence[AnalyzedToken], verb: AnalyzedToken | None = None
) -> int:
    """How many of ``words`` (what follows ``verb``) are its named subject; 0 when none is, or
    when the noun does not agree with the verb in gender (تستخدم الخط: an object)."""
    if words and words[0].token.text == "«":
        return quoted_name_length(words)  # تأسست «سحاب للاتصالات»: a name in quotes
    if not words or words[0].token.kind != "word":
        return 0
    names = article.people.name_tokens
    if words[0].token.index in names or is_title(words[0]):
        length = 1
        while length < len(words) and (
            words[length].token.index in names or is_title(words[length])
        ):
            length += 1
        return length if verb is None or _agrees(verb, words[0], names) else 0
    length = len(definite_subject(list(words))) or _indefinite_subject(article, words)
    if length and (verb is None or _agrees(verb, words[0], names)):
        return length
    return 0


QUOTED_NAME_WORDS = 4  # a quoted name inside a clause: «سحاب للاتصالات»


def quoted_name_length(words: Sequence[AnalyzedToken]) -> int:
    """The tokens of a «quoted name» of one to four words that opens ``words``, else 0."""
    for length, item in enumerate(words[1 : QUOTED_NAME_WORDS + 2], start=2):
        if item.token.text == "»":
            return length if length > 2 else 0
        if item.token.kind not in ("word", "number", "latin"):
            return 0
    return 0


def _indefinite_subject(article: ArticleContext, words: Sequence[AnalyzedToken]) -> int:
    """نادي الوحدة، فريق «كاوست» (a noun and a name): 2; ضرب زلزال (a bare noun whose ending
    shows no accusative: not ـا, nor ة/ى/ء, whose accusative does not show): 1."""
    first = words[0].analysis
    if first is None or first.pos != "NOUN" or first.prefixes or first.suffixes:
        return 0
    second = words[1].analysis if len(words) > 1 else None
    if second is not None and any("PRON" in tag for tag in second.suffixes):
        return 0  # عدد رحلاته: the possessive points to the subject outside; this is the object
    if len(words) > 1 and (
        second is None
        or second.pos == "PROPN"
        or words[1].token.index in article.people.name_tokens
    ):
        return 2
    key = normalize_key(words[0].token.text)
    if key.endswith(("ا", "ه", "ى", "ء", "ئ", "ؤ")) or looks_plural(first.gloss):
        return 0
    return 1


def _agrees(verb: AnalyzedToken, head: AnalyzedToken, names: frozenset[int]) -> bool:
    """The verb's gender is the noun's: a name alone may be either's."""
    if head.token.index in names:
        return True
    analysis = head.analysis
    if analysis is not None and any("MASC_PL" in tag for tag in analysis.suffixes):
        noun_feminine = False
    else:
        noun_feminine = normalize_key(head.token.text).endswith("ه") or (
            analysis is not None and looks_plural(analysis.gloss)
        )
    gender = feminine(verb)
    if gender and not noun_feminine and analysis is not None:
        # البلاد "country; countries": a broken plural whose first sense is singular agrees with
        # a feminine verb (سجلت البلاد); a masculine verb still reads its first sense
        noun_feminine = any(looks_plural(sense) for sense in analysis.gloss.split(";")[1:])
    return gender is None or noun_feminine == gender


def resolved_subject(article: ArticleContext, verb: AnalyzedToken) -> str:
    """The named subject of the last verb before ``verb`` in its paragraph that agrees with it
    in gender, as written; "" when there is none."""
    tokens = article.tokens
    start, _ = article.statement(verb.token.sentence)
    before = article.text[start : verb.token.start]
    if before.count('"') % 2 or before.count("«") != before.count("»"):
        return ""  # inside a quotation: its subject is the speaker's to name
    paragraph = verb.token.paragraph
    position = verb.token.index - 1
    while position >= 0 and tokens[position].token.paragraph == paragraph:
        item = tokens[position]
        position -= 1
        key = normalize_key(item.token.text)
        if key in _THAT:  # أشار إلى أن الأمطار ... تسببت: the subject opens the reported clause
            return _subject_after(article, item, verb)
        if not _is_verb(item) or speech_verb(item) or article.in_dateline(item):
            continue
        if position >= 0 and normalize_key(tokens[position].token.text) in _RELATIVES:
            continue  # التي شهدتها المدينة: a relative clause's verb, not the main one
        following = [
            t for t in tokens[item.token.index + 1 : verb.token.index] if t.token.kind == "word"
        ]
        length = subject_length(article, following, item)
        if not length:
            continue
        if None not in (feminine(item), feminine(verb)) and feminine(item) != feminine(verb):
            return ""  # the last named subject is another's: no guess further back
        first, last = following[0].token, following[length - 1].token
        return article.text[first.start : last.end]
    return ""


def _subject_after(article: ArticleContext, that: AnalyzedToken, verb: AnalyzedToken) -> str:
    """The noun phrase right after «أن» when it agrees with the verb, as written; else ""."""
    words = [
        t for t in article.tokens[that.token.index + 1 : verb.token.index] if t.token.kind == "word"
    ]
    phrase = definite_subject(words)
    if not phrase or not _agrees(verb, phrase[0], article.people.name_tokens):
        return ""
    return article.text[phrase[0].token.start : phrase[-1].token.end]


def short_complement(words: Sequence[AnalyzedToken]) -> list[AnalyzedToken]:
    """The words after the subject up to the end of their first complement: a prepositional
    phrase or an object, not a circumstantial accusative (قادما) or a second phrase after it."""
    kept: list[AnalyzedToken] = []
    complete = False
    for item in words:
        if item.token.kind not in ("word", "number"):
            kept.append(item)  # % after its number
            continue
        if complete and (_is_preposition(item) or _circumstantial(item, kept[-1])):
            break
        kept.append(item)
        complete = not _needs_more(item)
    while kept and (kept[-1].token.kind == "word" and _needs_more(kept[-1])):
        kept.pop()
    return kept


def _needs_more(item: AnalyzedToken) -> bool:
    """A word that takes what follows it: a preposition, بنهاية، أكثر، عدد (عدد من المحلات)."""
    if item.token.kind == "number":
        return False
    key = normalize_key(item.token.text)
    return (
        governs_next(item.token.text)
        or _is_preposition(item)
        or key.removeprefix("ال") in _PARTITIVE
        or (item.analysis is not None and normalize_key(item.analysis.lemma) in _PARTITIVE)
    )


def feminine(verb: AnalyzedToken) -> bool | None:
    """Whether a verb is third-person feminine (سجلت، تبلغ); None when its letters allow both:
    an imperfect's ت or a perfect of form V/VI (تبلغ read as تَبَلَّغَ)."""
    analysis = verb.analysis
    if analysis is None:
        return None
    tags = (*analysis.prefixes, *analysis.suffixes)
    if any("3FS" in tag or "3FD" in tag for tag in tags):
        return True
    core = normalize_key(verb.token.text)
    while core[:1] in _CLITICS and len(core) > 3:
        core = core[1:]
    if core.startswith("ت") and not any("IV" in tag for tag in tags):
        return None
    return False


def _is_verb(item: AnalyzedToken) -> bool:
    return item.analysis is not None and item.analysis.pos == "VERB"


def _is_preposition(item: AnalyzedToken) -> bool:
    key = normalize_key(item.token.text)
    return key in PREPOSITIONS or (item.analysis is not None and item.analysis.pos == "ADP")


def _circumstantial(item: AnalyzedToken, previous: AnalyzedToken) -> bool:
    """قادما، مؤكدا: an indefinite accusative adjective or participle after the complement; not
    after an indefinite accusative noun, whose adjective it is (عرضا أوليا)."""
    analysis = item.analysis
    text = normalize_key(item.token.text)
    return (
        analysis is not None
        and analysis.pos in ("ADJ", "NOUN")
        and not analysis.prefixes
        and text.endswith("ا")
        and not text.endswith(("اا", "ئا"))
        and not normalize_key(previous.token.text).endswith("ا")
    )


def named_words(
    article: ArticleContext, words: Sequence[AnalyzedToken]
) -> tuple[list[AnalyzedToken], str] | None:
    """The clause's words cut to verb, subject and one complement, and the subject to put after
    the verb when the clause does not name it ("" when it does); None when no subject is found."""
    verb, rest = words[0], list(words[1:])
    length = subject_length(article, rest, verb)
    if length:
        return [verb, *rest[:length], *short_complement(rest[length:])], ""
    analysis = verb.analysis
    if analysis is not None and any(n in t for t in analysis.suffixes for n in _PLURAL_SUBJECT):
        return None  # a dual or plural verb: one named subject before it is not its subject
    subject = resolved_subject(article, verb)
    if not subject:
        return None
    return [verb, *short_complement(rest)], subject
