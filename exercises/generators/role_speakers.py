"""«مَن قال ...؟» when the article's speakers are named by their office only: «وقال المتحدث باسم
الوزارة إن ...», «وقال ممثل منظمة الصحة العالمية في العراق إن ...». News often names nobody;
the offices are then the people a learner tells apart.

A speaker is the phrase right after a speech verb, opening on a title (المتحدث، مدير، ممثل،
مسؤول ...), of two to seven words, up to «إن / أن» or a comma: no person's name in it (those are
``who_said``'s), no pronoun (مديرها points elsewhere). What was said is the claim after «إن /
أن», as ``who_said`` cuts it. ``who_said`` makes the items, the offices
beside the people named in full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.people.cues import is_that, is_title, speech_verb
from exercises.generators.written import balance_quotes, cut_at_clause

_ROLE_WORDS = (2, 7)
_ASIDE_WORDS = 8  # «، في تصريح لوكالة الأنباء العراقية،» between the office and «إن»
_MAX_WORDS = 22
_OPTIONS = 4
_MIN_ROLES = 3
_KUNYA = frozenset(normalize_key(word) for word in ("أم", "أبو", "أبي", "أبا"))


@dataclass(frozen=True, slots=True)
class RoleSpeech:
    sentence: int
    verb: str  # third person masculine perfect: قال، أوضح
    role: str  # as written: المتحدث باسم الوزارة
    content: str  # from «إن / أن» on, cut to a clause


def role_speeches(article: ArticleContext) -> list[RoleSpeech]:
    """Each sentence's first speech verb followed by an office and «إن / أن», in article order."""
    found = []
    names = article.people.name_tokens
    for index in article.prose_sentences:
        words = article.sentence_tokens(index)
        for position, item in enumerate(words):
            verb = speech_verb(item)
            if not verb:
                continue
            speech = _speech(article, index, verb, words[position + 1 :], names)
            if speech is not None:
                found.append(speech)
            break
    return found


def _speech(
    article: ArticleContext,
    index: int,
    verb: str,
    after: Sequence[AnalyzedToken],
    names: frozenset[int],
) -> RoleSpeech | None:
    role: list[AnalyzedToken] = []
    for item in after:
        if item.token.kind != "word" or is_that(normalize_key(item.token.text)):
            break
        role.append(item)
    rest = after[len(role) :]
    verb_preposition = None
    if role and role[-1].analysis is not None and role[-1].analysis.pos == "ADP":
        verb_preposition = role.pop()  # «شدد رئيس الحكومة على أن»: على is the verb's
    if not _ROLE_WORDS[0] <= len(role) <= _ROLE_WORDS[1] or not is_title(role[0]):
        return None
    if any(item.token.index in names or _has_pronoun(item) for item in role):
        return None
    if any(normalize_key(item.token.text) in _KUNYA for item in role):
        return None  # «العضوة في الجمعية أم علي»: a person named by a kunya, not an office
    if any(_bare_name(item, before) for before, item in zip(role, role[1:], strict=False)):
        return None  # «الدكتور فراس العلي»: a name the people finder missed
    that = next(
        (n for n, t in enumerate(rest[: _ASIDE_WORDS + 2]) if is_that(normalize_key(t.token.text))),
        None,
    )
    if that is None or (that and rest[0].token.text != "،"):
        return None  # «قال مدير الدائرة الصحية في نينوى إن»: the office ran on; no «إن» near
    if any(item.token.index in names for item in rest[:that]):
        return None  # «رئيس الاتحاد، كاظم المالكي، إن»: a named person's office
    opening = verb_preposition if verb_preposition is not None and that == 0 else rest[that]
    start = opening.token.start  # مَن شدد على أن ...
    end = article.span(index).end
    content = article.text[start:end].strip().rstrip(".")
    content = balance_quotes(cut_at_clause(content, max_words=_MAX_WORDS, min_words=6))
    if "؟" in content or "?" in content or len(content.split()) < 4:
        return None
    text = article.text[role[0].token.start : role[-1].token.end]
    return RoleSpeech(index, verb, text, content)


def _bare_name(item: AnalyzedToken, before: AnalyzedToken) -> bool:
    """A name not after a preposition: «في العراق» places an office, «فراس» names a person."""
    analysis, previous = item.analysis, before.analysis
    if analysis is None or analysis.pos != "PROPN":
        return False
    if item.in_lexicon and not analysis.gloss[:1].isupper():
        return False  # منظمة الصحة: a body's name of common words
    return previous is None or previous.pos != "ADP"


def _has_pronoun(item: AnalyzedToken) -> bool:
    analysis = item.analysis
    return analysis is not None and any("PRON" in tag for tag in analysis.suffixes)
