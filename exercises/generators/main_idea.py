"""«ما الفكرة الرئيسة للنص؟»: the lead's gist against narrower points and other stories.

A news article states its main idea in its lead: the first prose sentence, cut to its main
clause. That is the right option; the headline itself is never offered (copied word for word it
would be found, not understood). Unrelated headlines alone let a learner spot the one option about
the article, so two wrong options are points of later paragraphs (``details``: true but narrower,
never the sentence right after the lead, which often restates it), and the others headlines of
the teacher's other articles (``ArticleContext.other_titles``), else of ``headline_pool``, its
section closest to the article's domain first; none sharing a content word with the lead or the
headline, or many words with the article (it might be true of it). An article whose lead is too
long or too short to cut: no item.
"""

from __future__ import annotations

import random
import re

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.stopwords import stopword_keys
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines, sections, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.clause_ends import governs_next
from exercises.generators.common import choice_item, rng_for
from exercises.generators.gist_cuts import (
    GIST_MAX_WORDS,
    before_adjunct,
    before_describing_verb,
    before_second_clause,
)
from exercises.generators.items import Item
from exercises.generators.lead_finding import GIST_MIN_WORDS, RELATIVES, finding_of
from exercises.generators.months import one_month_name
from exercises.generators.people.cues import speech_verb_word
from exercises.generators.written import clean_statement, cut_at_clause, drop_leading_wa

PROMPT = "أيُّ الجمل التالية تعبّر عن الفكرة الرئيسة للنص؟"
_GIST_WORDS = (GIST_MIN_WORDS, GIST_MAX_WORDS)
_DETAILS = 2  # wrong options from the article's own later points; a headline makes the third
_RESTATES = 0.5
_NOT_IN_OPTION = re.compile(r"[\"“”:؛؟?!()\[\]•@a-zA-Z/]")  # «» only in pairs (a name)
_TAILS = lines("clause_tails")
_TRUE_OF_IT = 0.4  # a headline sharing this share of its words with the article may be true of it
_ADJUNCTS = word_list("adjunct_openers")
_FRAME_OPENERS = frozenset(
    normalize_key(w) for w in ("في", "على", "من", "مع", "بعد", "عقب", "خلال")
)
_FRAME_WORDS = 5
_THAT = frozenset(normalize_key(word) for word in ("أن", "بأن", "إن"))
_TIME_WORDS = word_list("calendar", "weekdays") | word_list("time_nouns")
_WEEKDAY_KEYS = word_list("calendar", "weekdays")
_DAY_WORDS = word_list("calendar", "day parts")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_NUMBER_IN_BRACKETS = re.compile(r"\((\s*[\d\u0660-\u0669]+(?:[/.-][\d\u0660-\u0669]+)*\s*)\)")
_CONTRAST = re.compile(r"\s(?:فيما|بينما|في حين)\s")
_STRAIGHT_QUOTED = re.compile(r'"([^"]{1,80})"')
_WORD = re.compile(r"[\u0621-\u064a]{3,}")
# An aside between commas; _CUT marks where one was taken out, so an adjunct right after it
# (، الذي يضم ...، خلال اجتماع ...،) can be taken out too, its opening comma gone with the first.
_CUT = "\x00"
_ASIDE = re.compile(rf"،([^،{_CUT}]{{1,80}})،\s*")
# after a cut, a relative (الذي ...) or a clause of result (لتصبح الأعلى) completes what went
_RELATIVE_AFTER_CUT = re.compile(
    rf"{_CUT}\s*(?:الذي|التي|الذين|اللذان|اللتان|اللواتي|لت[\u0621-\u064a]+|لي[\u0621-\u064a]+)\s"
)
_AFTER_CUT = re.compile(rf"{_CUT}([^،{_CUT}]{{1,80}})،\s*")


def main_idea_items(article: ArticleContext, seed: int) -> list[Item]:
    gist = lead_gist(article)
    if gist is None:
        return []
    index, text = gist
    key = "comprehension:main_idea"
    item = choice_item(
        key=key,
        kind="comprehension",
        subtype="main_idea",
        prompt=PROMPT,
        instruction="Which sentence gives the main idea of the article?",
        answer=text,
        distractors=[
            *details(article, index, text)[:_DETAILS],
            *other_ideas(article, rng_for(seed, key, "titles"), text),
        ],
        seed=seed,
        support=(article.span(index),),
        difficulty=0.5,
    )
    return [item] if item is not None and len(item.options) == 4 else []


def lead_gist(article: ArticleContext) -> tuple[int, str] | None:
    """The first prose sentence cut to its main clause, when that is 6 to 22 words."""
    if not article.prose_sentences:
        return None
    index = article.prose_sentences[0]
    text = _gist(article, index) or _gist(article, index, finding=True)
    if text is None or _words(_title(article)) >= _words(text):
        return None  # the lead only repeats the headline
    return index, text


def details(article: ArticleContext, lead: int, gist: str) -> list[str]:
    """Points of later paragraphs, cut as the lead is: true of the article but narrower than
    its main idea, so a learner must judge, not spot the one option about the article. Only a
    clause whose verb has its subject written after it (تضم المكتبة ..., not وأضاف أن ...), that
    shares under half its words with the lead (not the lead said again), from the second half of
    the article first (the sentence after the lead often restates it), one per paragraph."""
    lead_words = _words(gist)
    sentences = [index for index in article.prose_sentences if index > lead + 1]
    half = len(sentences) // 2
    found: list[str] = []
    paragraphs = set()
    for index in [*sentences[half:], *sentences[:half]]:
        paragraph = article.document.sentences[index].paragraph
        if paragraph in paragraphs:
            continue
        text = _gist(article, index, max_words=_GIST_WORDS[1] - 6, framed=True)
        if text is None or not _explicit_subject(article, index, text) or _claim_cut(text):
            continue
        words = _words(text)
        if not words or len(words & lead_words) >= _RESTATES * len(words):
            continue
        paragraphs.add(paragraph)
        found.append(text)
    return found


def _without_frame(text: str) -> str:
    """The sentence after a short phrase set off by a comma that opens on a preposition (وفي
    منافسات السيدات، / من جانبه،): the verb after it must still open the gist."""
    head, comma, rest = text.partition("،")
    words = head.split()
    if not comma or not 1 <= len(words) <= _FRAME_WORDS or len(rest.split()) < GIST_MIN_WORDS:
        return text
    first = normalize_key(words[0])
    return rest.strip() if first.removeprefix("و") in _FRAME_OPENERS else text


def _claim_cut(text: str) -> bool:
    """قال مدير الدائرة في تصريح منفصل، or ...، وقال مديرها العام: a speech verb whose words
    were cut away (no «أن / إن» after it)."""
    words = text.split()
    for position, word in enumerate(words):
        first = position == 0 or words[position - 1].endswith("،") or word.startswith("و")
        if first and speech_verb_word(word):
            return not any(normalize_key(later) in _THAT for later in words[position + 1 :])
    return False


def _explicit_subject(article: ArticleContext, index: int, gist: str) -> bool:
    """The word after the gist's opening verb is a noun (تضم المكتبة), not a pronoun's."""
    start, _ = article.statement(index)
    words = [t for t in article.sentence_tokens(index) if t.token.start >= start]
    words = [t for t in words if t.token.kind == "word"]
    opening = gist.split(" ", 1)[0]
    at = next(
        (n for n, t in enumerate(words) if t.token.text in (opening, "و" + opening, "ف" + opening)),
        0,
    )
    words = words[at:]
    return (
        len(words) > 1
        and words[1].analysis is not None
        and words[1].analysis.pos in ("NOUN", "PROPN")
        and not any("PRON" in tag for tag in words[1].analysis.suffixes)
    )


def _gist(
    article: ArticleContext,
    index: int,
    max_words: int = 0,
    finding: bool = False,
    framed: bool = False,
) -> str | None:
    """The sentence cut to its main clause, opening on its verb, within the gist's length;
    with ``finding``, what a lead's finding verb reports (كشفت دراسة ... أن [the gist]); with
    ``framed``, after a phrase that sets the scene before the verb (وفي منافسات السيدات، فازت)."""
    start, end = article.statement(index)
    low, high = _GIST_WORDS
    high = max_words or high
    text = " ".join(article.text[start:end].split()).rstrip(".")  # after any dateline
    if framed:
        text = _without_frame(text)
    tokens = article.sentence_tokens(index)
    # ، تليها مصر بسبع ذهبيات، is a clause: taken out, «ثم الجزائر بأربع» would follow Tunisia
    verbs = frozenset(
        t.token.text
        for t in tokens
        if t.analysis and t.analysis.pos == "VERB" and normalize_key(t.token.text) not in _DAY_WORDS
    )  # «، ظهر اليوم الأربعاء،» is an aside: ظهر read as a verb
    if finding:  # «أظهرت بيانات ...، اليوم الأحد، أن ...»: the day set off does not end the frame
        text = finding_of(article, index, _without_asides(text, verbs))
        if text is None:
            return None
    text = _NUMBER_IN_BRACKETS.sub(r"\1", text)  # القانون رقم (47): the number is the text's
    text = one_month_name(text)  # مارس/آذار: one name is enough
    text = _STRAIGHT_QUOTED.sub(_name_quoted, text)
    joined = frozenset(  # ويحمل، فتراجعت: a verb with its conjunction goes on the main clause
        t.token.text
        for t in tokens
        if t.analysis is not None
        and t.analysis.pos == "VERB"
        and t.analysis.prefixes[:1] in (("wa/CONJ",), ("fa/CONJ",))
    )
    text = _BRACKETS.sub("", main_clause(_without_asides(text, verbs))).replace("  ", " ")
    text = before_second_clause(cut_at_clause(text, max_words=high, min_words=low), joined, low)
    text = before_adjunct(text, low + 2, high)
    text = before_describing_verb(text, verbs, low + 2, high)
    if text.split()[-1:] and _only_verb(article, text.split()[-1]):
        text = text.rsplit(" ", 1)[0]  # «بعد منافسة شارك [فيها ...]»: cut from its subject
        last = text.rsplit(" ", 1)[-1]
        if normalize_key(last) in stopword_keys() or governs_next(last):
            return None  # «بحيث [تحتسب]»: what is left still needs the verb
    text = _before_contrast(text)
    first = next((t for t in tokens if t.token.start >= start and t.token.kind == "word"), None)
    text = clean_statement(drop_leading_wa(text, first)).rstrip(".")
    if not low <= len(text.split()) <= high or _NOT_IN_OPTION.search(text):
        return None
    text = _without_last_day(text)
    if text.count("«") != text.count("»") or normalize_key(text.split()[-1]) in _TIME_WORDS:
        return None  # a name cut open, or a clause cut after its date (… يوم الخميس)
    opening = text.split(" ", 1)[0]
    verbs = [
        t
        for t in tokens
        if t.analysis is not None and t.token.text in (opening, "و" + opening, "ف" + opening)
    ]
    if not finding and (not verbs or not _reads_as_verb(article, verbs[0])):
        return None  # a feature's scene (في مرسمه الصغير ...) states no main idea
    if finding and any(normalize_key(word) in RELATIVES for word in text.split()):
        return None  # نسبة الأطفال الذين ...: cut after the relative, before the predicate
    return text


def _name_quoted(match: re.Match[str]) -> str:
    """A name in straight quotes written as an option writes one («الصندوق الوطني»); words
    quoted after «إن / أن» or a colon are speech, left as they are (an option quotes nobody)."""
    before = match.string[: match.start()].rstrip().rsplit(" ", 1)[-1]
    if before.endswith(":") or normalize_key(before) in _THAT:
        return match.group(0)
    return f"«{match.group(1)}»"


def _only_verb(article: ArticleContext, word: str) -> bool:
    """A word that is a verb in every reading (شارك; not تحسنا "an improvement")."""
    readings = article.analyzer.analyze(word)
    return bool(readings) and all(reading.pos == "VERB" for reading in readings)


def _reads_as_verb(article: ArticleContext, opening: AnalyzedToken) -> bool:
    """The lead's first word as its verb: read so in context, or a verb the lexicon knows that
    context took for a noun (صادق "truthful", قلب "heart", بحث "research" open many leads)."""
    if opening.analysis.pos == "VERB":
        return True
    return any(reading.pos == "VERB" for reading in article.analyzer.analyze(opening.token.text))


def other_ideas(article: ArticleContext, rng: random.Random, gist: str = "") -> list[str]:
    """Headlines of other stories: the teacher's, then those of the article's domain; none
    sharing a content word with its lead or headline (فازت رواية ... may be true of a novel's
    prize), and within the domain the farthest from the article first (plausible, not true)."""
    article_words = _words(article.text)
    content = article_words - stopword_keys()
    lead = (_words(gist) | _words(_title(article))) - stopword_keys()
    pool = sections("headline_pool")
    # The article's domain first (its politics against other politics): the section whose
    # headlines share the most content words with it.
    rank = {
        name: -sum(len((_words(title) - stopword_keys()) & content) for title in titles)
        for name, titles in pool.items()
    }
    order = sorted(pool, key=lambda name: rank[name])
    pooled = [(order.index(name) + 1, title) for name in order for title in pool[name]]
    candidates, seen = [], set()
    for domain, title in [*((0, title) for title in article.other_titles), *pooled]:
        words = _words(title)
        if not words or title in seen:
            continue
        seen.add(title)
        shared = len(words & article_words) / len(words)
        if shared >= _TRUE_OF_IT or words & lead:
            continue
        candidates.append((domain, round(shared, 1), title))
    rng.shuffle(candidates)
    candidates.sort(key=lambda candidate: candidate[:2])  # stable: the shuffle breaks ties
    return [title for *_, title in candidates]


def _without_last_day(text: str) -> str:
    """... إلى مستوى قياسي جديد يوم الاثنين: the day the lead ends on goes, with its «يوم»."""
    words = text.split()
    day = len(words) > 2 and normalize_key(words[-1]) in _WEEKDAY_KEYS
    if day and normalize_key(words[-2]) in _DAY_WORDS:
        last = words[-3]
        if normalize_key(last) in stopword_keys() or governs_next(last):
            return text  # «اعتبارا من يوم الخميس»: the day is what the clause needs
        return " ".join(words[:-2])
    return text


def _without_asides(text: str, verbs: frozenset[str] = frozenset()) -> str:
    """The sentence without what commas set off (أقر المجلس، يوم الأحد، القانون): the gist. A
    clause between commas (، بعد أن صوت لصالحه 78 نائبا،) is no aside: taking it out would glue
    what follows it (فيما عارضه 31) onto the main clause, so the asides stop there."""
    kept = text
    for _ in range(2):
        found = [_ASIDE.search(kept)]
        after = _AFTER_CUT.search(kept)
        if after is not None and _opens_adjunct(after.group(1)):
            found.append(after)  # not the main clause going on after the aside (its object)
        match = min((m for m in found if m is not None), key=lambda m: m.start(), default=None)
        if match is None or _opens_clause(match.group(1), verbs):
            break
        after = kept[match.end() :].strip()
        if any(after == tail or after.startswith(tail + " ") for tail in _TAILS):
            kept = kept[: match.start()]  # «، مرجحة ...، وذلك بعد ...»: the tail goes as well
            break
        kept = kept[: match.start()] + _CUT + kept[match.end() :]
    relative = _RELATIVE_AFTER_CUT.search(kept)
    if (
        relative is not None
    ):  # الذي، لتصبح ... went with what was taken out: it would follow another
        kept = kept[: relative.start()]
    return " ".join(kept.replace(_CUT, " ").split())


def _opens_adjunct(segment: str) -> bool:
    words = segment.split()
    return bool(words) and normalize_key(words[0]) in _ADJUNCTS


def _opens_clause(segment: str, verbs: frozenset[str] = frozenset()) -> bool:
    """A clause, not an aside: a clause opener (بعد أن، فيما), or a verb with its و (، ويحمل
    كاميرا ...، : the main clause goes on)."""
    segment = segment.strip()
    words = segment.split()
    if words and words[0] in verbs:
        return True
    return any(segment == tail or segment.startswith(tail + " ") for tail in _TAILS)


def _title(article: ArticleContext) -> str:
    sentences = article.document.sentences
    if not sentences or 0 not in article.headings:
        return ""
    return article.document.sentence_text(0)


def _words(text: str) -> set[str]:
    return {normalize_key(word) for word in _WORD.findall(text)}


def _before_contrast(text: str) -> str:
    """The main clause before «فيما / بينما / في حين»: a second clause cut before its end would
    leave a statement without its object (... فيما تجاوزت الاستثمارات الإماراتية)."""
    match = _CONTRAST.search(text)
    return text[: match.start()].rstrip(" ،") if match else text


def main_clause(text: str) -> str:
    """The sentence up to its first comma when what follows the comma is an optional addition
    (مقابل، في حين، مشيرا ...), so the part kept is a whole clause; else the whole sentence."""
    head, comma, rest = text.partition("،")
    if not comma:
        return text
    rest = rest.strip()
    if any(rest == tail or rest.startswith(tail + " ") for tail in _TAILS):
        return head.rstrip()
    return text
