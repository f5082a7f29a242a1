"""What a news lead reports after a verb of finding: «كشفت دراسة ... أن [the finding]».

The frame (who found it) fills a main idea's length; what was found is the news. The finding
is given without its «أن» only when it reads the same on its own: no case that «أن» gave, no
pronoun pointing into the frame, a whole clause when cut at its comma.
"""

from __future__ import annotations

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext

GIST_MIN_WORDS = 6
RELATIVES = frozenset(normalize_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين"))
_FINDING_VERBS = word_list("finding_verbs")
_APPROXIMATORS = word_list("approximators")


def finding_of(article: ArticleContext, index: int, text: str) -> str | None:
    """What the lead's first verb, a verb of finding, reports after «أن»: the words after the
    first «أن / بأن» before any comma, when the noun after it reads the same without it (not
    المسؤولين, عددا, a pronoun or a present verb: «أن» set their case or mood; a past verb
    reads the same, and is most often a noun misread: أن نصف الأطفال)."""
    words = text.split()
    if not words or normalize_key(words[0]) not in _FINDING_VERBS:
        return None
    for position, word in enumerate(words[1:-1], start=1):
        if word.endswith("،"):
            return None
        if normalize_key(word) not in (normalize_key("أن"), normalize_key("بأن")):
            continue
        if not _reads_without_that(article, index, words[position + 1]):
            return None
        finding = " ".join(words[position + 1 :])
        head = finding.split("،", 1)[0].strip()  # its own first clause: what is found
        if len(head.split()) >= GIST_MIN_WORDS and _whole_clause(article, index, head):
            finding = head
        return finding if _reads_alone(article, index, finding) else None
    return None


def _reads_without_that(article: ArticleContext, index: int, subject: str) -> bool:
    analysis = _reading(article, index, subject)
    if analysis is None or _in_case_of_that(analysis):
        return False
    if any("PRON" in tag for tag in analysis.suffixes):
        return False
    if normalize_key(subject) in _APPROXIMATORS:  # أن نحو 25 في المئة
        return True
    if analysis.pos == "VERB":
        return not any("IV" in tag for tag in analysis.prefixes)
    return analysis.pos in ("NOUN", "PROPN", "ADJ", "NUM")


def _reads_alone(article: ArticleContext, index: int, finding: str) -> bool:
    """The finding reads the same on its own: its subject and the adjectives right after it
    show no case «أن» gave (الطلاب المتفوقين)، and no word before its first verb points back
    into the frame that goes (عدد مشتركيها)."""
    readings = [_reading(article, index, word) for word in finding.split()]
    subject = readings[:1]
    for reading in readings[1:]:
        if reading is None or reading.pos != "ADJ":
            break
        subject.append(reading)
    if any(r is not None and r.pos in ("ADJ", "NOUN") and _in_case_of_that(r) for r in subject):
        return False
    for reading in readings:
        if reading is None:
            continue
        if reading.pos == "VERB":
            return True
        if any("PRON_3" in tag for tag in reading.suffixes):
            return False
    return True


def _whole_clause(article: ArticleContext, index: int, head: str) -> bool:
    """A clause with its verb, not ending on one (… كشفت، عن مبنى: its object went)."""
    if any(normalize_key(word) in RELATIVES for word in head.split()):
        return False  # نسبة الأطفال الذين لا يمارسون ...،: its verb is the relative's own
    readings = [_reading(article, index, word) for word in head.split()]
    verbs = [r for r in readings if r is not None and r.pos == "VERB"]
    last = readings[-1] if readings else None
    return bool(verbs) and not (last is not None and last.pos == "VERB")


def _in_case_of_that(analysis: Analysis) -> bool:
    return any("ACC" in tag for tag in analysis.suffixes)  # المسؤولين، عددا، المتفوقين


def _reading(article: ArticleContext, index: int, written: str) -> Analysis | None:
    return next(
        (t.analysis for t in article.sentence_tokens(index) if t.token.text == written), None
    )
