"""A clause's opening verb said with other words (``verb_paraphrases.txt``): شهدت الأسعار
ارتفاعا إلى ... for ارتفعت الأسعار إلى ...، قام المجلس بإقرار القانون for أقر المجلس القانون.

Only a third-person perfect verb that opens the statement with its subject right after it (a
noun phrase, ``noun_phrases.completes``); the new verb takes the old one's gender (ت). After a
preposition put in (بإقرار، على، إلى) the object is a genitive: an indefinite object (its
accusative shows) gives no edit.
"""

from __future__ import annotations

from functools import cache

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines
from exercises.generators.article_context import ArticleContext
from exercises.generators.edits import Edit
from exercises.generators.noun_phrases import PREPOSITIONS, completes

_MAX_SUBJECT = 4
_THAT = frozenset(normalize_key(word) for word in ("أن", "إن", "بأن"))


@cache
def _table() -> dict[str, tuple[str, str]]:
    table = {}
    for line in lines("verb_paraphrases"):
        verb, rest = line.split(" > ")
        new, _, after = rest.partition("|")
        table[normalize_key(verb)] = (new.strip(), after.strip())
    return table


def verb_edits(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """Edits that say the statement's opening verb another way (verb, subject), or the verb of
    its reported clause (إن الحكومة خصصت -> إن الحكومة قامت بتخصيص); none when neither can be."""
    words = [
        t
        for t in article.sentence_tokens(sentence_index)
        if start <= t.token.start and t.token.end <= end
    ]
    if len(words) < 4:
        return []
    opening = _paraphrase(words, 0, after_subject=True)
    if opening:
        return opening
    that = next((i for i, t in enumerate(words[:12]) if normalize_key(t.token.text) in _THAT), None)
    if that is None or that + 2 >= len(words):
        return []
    subject = _subject(words[that:], comma_after=False, first=1)
    if subject is None:
        return []
    return _paraphrase(words, that + subject + 1, after_subject=False)


def _paraphrase(words: list[AnalyzedToken], position: int, *, after_subject: bool) -> list[Edit]:
    if position >= len(words) - 1 or words[position].analysis is None:
        return []
    verb = words[position].analysis
    if verb.pos != "VERB" or any("DO:" in tag for tag in verb.suffixes):
        return []
    tags = " ".join((*verb.prefixes, *verb.suffixes))
    if "PVSUFF_SUBJ:3MS" in tags:
        feminine = False
    elif "PVSUFF_SUBJ:3FS" in tags:
        feminine = True
    else:
        return []  # a present tense, a plural or a verb with an object pronoun: left alone
    found = _table().get(normalize_key(verb.lemma))
    if found is None:
        return []
    new, after = found
    last = position
    if after_subject:
        subject = _subject(words, comma_after=not after, first=position + 1)
        if subject is None:
            return []
        last = subject
    conjunction = "و" if any(tag.endswith("/CONJ") for tag in verb.prefixes) else ""
    first = words[position].token
    edits = [Edit(first.start, first.end, conjunction + new + ("ت" if feminine else ""))]
    if after:
        following = words[last + 1]
        governs = after[-1:] != "ا"  # بإقرار، إلى، على: the object after it becomes a genitive
        if not _takes_insertion(following, object_only=governs):
            return []  # العقود الآجلة للذهب: what follows may still belong to the subject
        if governs and _accusative_alif(following):
            return []  # رصد تداخلا واضحا: its adjective would keep the accusative
        end = words[last].token.end
        edits.append(Edit(end, end, " " + after))
    return edits


def merged(verb: list[Edit], edits: list[Edit], text: str) -> tuple[list[Edit], list[Edit]]:
    """``edits`` with a fronting's rewritten verb (يوم الثلاثاء، قضت) said the new way, and the
    verb edits still to apply; the verb edits unchanged when no edit rewrites the verb."""
    if not verb:
        return edits, verb
    head = verb[0]
    old = text[head.start : head.end].removeprefix("و")
    new = head.replacement.removeprefix("و")
    for position, edit in enumerate(edits):
        if (edit.start, edit.end) == (head.start, head.end) and edit.replacement.endswith(old):
            replacement = edit.replacement[: len(edit.replacement) - len(old)] + new
            changed = [
                *edits[:position],
                Edit(edit.start, edit.end, replacement),
                *edits[position + 1 :],
            ]
            return changed, verb[1:]
    return edits, verb


def _takes_insertion(item: AnalyzedToken, *, object_only: bool) -> bool:
    """After the subject: an object with no preposition joined to it, or (for a masdar in the
    accusative: شهدت الأسعار ارتفاعا إلى) a preposition on its own."""
    if item.token.kind == "number":
        return object_only  # قامت الحكومة بتخصيص 1.4 مليار دينار
    analysis = item.analysis
    if analysis is None or item.token.kind != "word":
        return False
    if normalize_key(item.token.text) in PREPOSITIONS:
        return not object_only
    if not object_only:
        return False  # شهدت العقود الأمريكية الآجلة: a word after the subject may still be its own
    prefixes = [tag for tag in analysis.prefixes if not tag.startswith("Al/")]
    return analysis.pos in ("NOUN", "PROPN") and not prefixes


def _subject(words: list[AnalyzedToken], *, comma_after: bool, first: int) -> int | None:
    """Position of the subject's last word, when a noun phrase starts at ``first``."""
    if first >= len(words):
        return None
    head = words[first].analysis
    if head is None or head.pos not in ("NOUN", "PROPN") or words[first].token.kind != "word":
        return None
    if head.prefixes and not all(tag.startswith("Al/") for tag in head.prefixes):
        return None  # بالمجلس، وللوزارة: no subject
    position = first
    while (
        position + 1 < len(words)
        and position - first < _MAX_SUBJECT
        and completes(words[position + 1], words[position])
    ):
        position += 1
    if position + 1 >= len(words):
        return None
    if words[position + 1].token.kind != "word" and not (
        comma_after and words[position + 1].token.text == "،"
    ):
        return None  # the end after the subject: where it ends is not clear
    return position


def _accusative_alif(item: AnalyzedToken) -> bool:
    analysis = item.analysis
    return analysis is not None and any("ACC_INDEF" in tag for tag in analysis.suffixes)
