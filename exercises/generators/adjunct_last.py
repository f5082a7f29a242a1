"""An adverbial that opens a statement goes last: «في الأسواق المحلية، تراوح سعر اللتر بين 15
و18 دينارا» -> «تراوح سعر اللتر بين 15 و18 دينارا في الأسواق المحلية».

The adverbial is a phrase (a preposition or a time word first, no verb, pronoun or relative in
it) closed by the statement's first comma, and what follows is one clause: a third-person verb
that reports no speech, with no «أن» or relative clause, comma or quotation after it, where the
adverbial, put at the end, could belong to something else. A discourse opener (في المقابل) stays.
"""

from __future__ import annotations

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.edits import Edit
from exercises.generators.noun_phrases import PREPOSITIONS
from exercises.generators.people.cues import speech_verb

_LEADS = (
    PREPOSITIONS
    | word_list("calendar", "adverbial leads")
    | frozenset(normalize_key(word) for word in ("بحسب", "حسب", "وفق", "وفقا", "طبقا"))
)
# «بهذا الفوز»: a demonstrative after a preposition opens an adverbial too
_DEMONSTRATIVES = frozenset(
    normalize_key(f"{clitic}{word}") for clitic in "بل" for word in ("هذا", "هذه", "ذلك", "تلك")
)
# After a comma, what only adds to the clause's last words («62 سنتا، أو 0.8 بالمئة»): the
# adverbial goes before that comma, the end of the clause.
_ADDITIONS = frozenset(normalize_key(word) for word in ("أو", "أي"))
_THAT = frozenset(normalize_key(word) for word in ("أن", "إن", "بأن", "لأن", "أنه", "أنها"))
_RELATIVES = word_list("clause_openers")
# في المقابل، من جهته: they tie the sentence to the one before; last, في المقابل is "in exchange"
_CONNECTORS = frozenset(normalize_key(opener) for opener in lines("leading_connectors"))
_MAX_ADVERBIAL = 6
_MIN_CLAUSE = 4
_QUOTES = frozenset('«»"“”')


def adverbial_last(
    article: ArticleContext, sentence_index: int, start: int, end: int
) -> list[Edit]:
    """The edits that take the opening adverbial out and put it after the clause, or none."""
    words = [
        t
        for t in article.sentence_tokens(sentence_index)
        if start <= t.token.start and t.token.end <= end
    ]
    comma = next((i for i, t in enumerate(words) if t.token.text == "،"), None)
    if comma is None or not 1 <= comma <= _MAX_ADVERBIAL:
        return []
    adverbial = words[:comma]
    clause = _clause(words[comma + 1 :])
    moved = article.text[adverbial[0].token.start : adverbial[-1].token.end]
    if (
        not _phrase(adverbial)
        or not clause
        or normalize_key(moved).removeprefix("و") in _CONNECTORS
    ):
        return []
    last = clause[-1]
    if adverbial[0].analysis.prefixes[:1] in (("wa/CONJ",), ("fa/CONJ",)):
        moved = moved[1:]  # «وعلى صعيد ...»: the و joined the sentence to the one before
    return [
        Edit(adverbial[0].token.start, clause[0].token.start, ""),
        Edit(last.token.end, last.token.end, f" {moved}"),
    ]


def _phrase(adverbial: list) -> bool:
    first = adverbial[0]
    if first.analysis is None or first.token.kind != "word":
        return False
    key = normalize_key(first.token.text)
    if key in _DEMONSTRATIVES or key.removeprefix("و") in _DEMONSTRATIVES:
        adverbial = adverbial[1:]
    elif key not in _LEADS and key.removeprefix("و") not in _LEADS:
        return False
    for item in adverbial:
        if item.token.kind == "number":
            continue
        if item.token.kind != "word" or item.analysis is None:
            return False
        if item.analysis.pos in ("VERB", "PRON") or normalize_key(item.token.text) in _RELATIVES:
            return False
        if any("PRON" in tag for tag in item.analysis.suffixes):
            return False  # «في حديثه»: whose? the clause after it says
    return True


def _clause(rest: list) -> list:
    """The words of the clause after the adverbial, up to where it goes (its last word or
    number), or none when the clause is not one the adverbial can close."""
    if len(rest) < _MIN_CLAUSE or rest[0].analysis is None:
        return []
    verb = rest[0].analysis
    if verb.pos != "VERB" or speech_verb(rest[0]):
        return []
    tags = (*verb.prefixes, *verb.suffixes)
    if any(person in tag for tag in tags for person in ("1S", "1P", "2M", "2F", "2D", "2P")):
        return []  # «التقينا»: the reporter's own voice
    clause = []
    for position, item in enumerate(rest):
        text = item.token.text
        if text == "،":
            following = rest[position + 1] if position + 1 < len(rest) else None
            if following is None or (
                following.token.kind != "number"
                and normalize_key(following.token.text) not in _ADDITIONS
            ):
                return []  # «، وتراجعت الصادرات»: the adverbial would close one clause of two
            break
        if text in _QUOTES or normalize_key(text) in _THAT | _RELATIVES:
            return []  # after «التي تصل» the adverbial would belong to the relative clause
        if text == "." and position == len(rest) - 1:
            break
        if text in (".", ":", "؛", "؟", "!"):
            return []
        clause.append(item)
    words = [item for item in clause if item.token.kind in ("word", "number")]
    ends = clause and (
        clause[-1].token.kind in ("word", "number", "latin") or clause[-1].token.text == ")"
    )
    return clause if ends and len(words) >= _MIN_CLAUSE else []
