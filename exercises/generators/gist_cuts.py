"""Where a long lead is cut to a main idea's length: before an adjunct at its end, before a verb
describing its object, before its second clause; never inside a claim after «أن» it cannot
see the end of, inside quotes, or between the two ends of a period (من ... حتى ...)."""

from __future__ import annotations

import re

from exercises.arabic.stopwords import stopword_keys
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list

GIST_MAX_WORDS = 22
_ADJUNCTS = word_list("adjunct_openers")
_THAT = frozenset(normalize_key(word) for word in ("أن", "بأن", "إن"))
_FIGURE = re.compile(r"[0-9\u0660-\u0669]$")  # 2.25 | في المائة: a figure keeps its unit
_RANGE_ENDS = frozenset(normalize_key(word) for word in ("حتى", "إلى"))


def before_adjunct(text: str, low: int, high: int) -> str:
    """A lead longer than ``high`` words cut before the last adjunct (خلال، ضمن، وسط ...) that
    leaves between ``low`` and ``high`` words, outside quotes; else unchanged."""
    words = text.split()
    if len(words) <= high or any(normalize_key(word) in _THAT for word in words):
        return text  # a claim after «أن» is never cut: where it ends is not known here
    for count in range(high, low - 1, -1):
        if closes_range(words, count):
            continue  # «من الأول من يناير حتى 30 أبريل»: the range's start kept, its end cut
        if normalize_key(words[count]) in _ADJUNCTS and not _FIGURE.search(words[count - 1]):
            head = " ".join(words[:count]).rstrip("،")
            if head.count("«") != head.count("»") or head.count('"') % 2:
                continue
            return head
    return text


def closes_range(words: list[str], count: int) -> bool:
    """«حتى / إلى» at ``count`` ends a range «من» opened within the last few words."""
    if normalize_key(words[count]) not in _RANGE_ENDS:
        return False
    return any(
        normalize_key(word) == normalize_key("من") for word in words[max(0, count - 8) : count]
    )


def before_describing_verb(text: str, verbs: frozenset[str], low: int, high: int) -> str:
    """A lead still longer than a gist cut before a verb that describes the noun before it
    (أطلقت الوزارة حملة وطنية للتلقيح ضد الحصبة تستهدف ...): the clause is whole without it.
    Never inside a claim after «أن» (أن الحملة تستهدف: the verb is the claim's)."""
    words = text.split()
    if len(words) <= high or any(normalize_key(word) in _THAT for word in words):
        return text
    for count in range(high, low - 1, -1):
        before = words[count - 1]
        if words[count] not in verbs or normalize_key(before) in stopword_keys():
            continue
        head = " ".join(words[:count]).rstrip("،")
        if head.count("«") == head.count("»") and not head.count('"') % 2:
            return head
    return text


def before_second_clause(text: str, verbs: frozenset[str], low: int) -> str:
    """A lead longer than a gist cut before its second clause, a verb with its و (... «ضاد-2»
    ويعد من أكبر ...): the first clause is the news; else unchanged."""
    words = text.split()
    if len(words) <= GIST_MAX_WORDS:
        return text
    for count in range(low, len(words)):
        if words[count] in verbs:
            head = " ".join(words[:count]).rstrip("،")
            if head.count("«") == head.count("»") and not head.count('"') % 2:
                return head
            break
    return text
