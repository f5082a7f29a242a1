"""«ما الفكرة الرئيسة للنص؟»: the lead's gist against headlines of other stories.

A news article states its main idea in its lead: the first prose sentence, cut to its main
clause. That is the right option; the headline itself is never offered (copied word for word it
would be found, not understood). The wrong options are ideas of the same size: headlines of the
teacher's other articles (``ArticleContext.other_titles``), else of ``headline_pool``; those
closest to the article's topic first, and none that shares many words with the article (it might
be true of it). An article whose lead is too long or too short to cut: no item.
"""

from __future__ import annotations

import random
import re

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for
from exercises.generators.items import Item
from exercises.generators.written import clean_statement, cut_at_clause, drop_leading_wa

PROMPT = "أيُّ الجمل التالية تعبّر عن الفكرة الرئيسة للنص؟"
_GIST_WORDS = (6, 22)
_NOT_IN_OPTION = re.compile(r"[\"“”:؛؟?!()\[\]•@a-zA-Z/]")  # «» only in pairs (a name)
_TAILS = lines("clause_tails")
_TRUE_OF_IT = 0.4  # a headline sharing this share of its words with the article may be true of it
_ADJUNCTS = word_list("adjunct_openers")
_THAT = frozenset(normalize_key(word) for word in ("أن", "بأن", "إن"))
_TIME_WORDS = word_list("calendar", "weekdays") | word_list("time_nouns")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_WORD = re.compile(r"[\u0621-\u064a]{3,}")
_ASIDE = re.compile(r"،([^،]{1,80})،\s*")


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
        distractors=other_ideas(article, rng_for(seed, key, "titles")),
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
    start, end = article.statement(index)
    low, high = _GIST_WORDS
    text = " ".join(article.text[start:end].split()).rstrip(".")  # after any dateline
    text = _BRACKETS.sub("", main_clause(_without_asides(text))).replace("  ", " ")
    text = _before_adjunct(cut_at_clause(text, max_words=high, min_words=low), low + 2, high)
    tokens = article.sentence_tokens(index)
    first = next((t for t in tokens if t.token.start >= start and t.token.kind == "word"), None)
    text = clean_statement(drop_leading_wa(text, first)).rstrip(".")
    if not low <= len(text.split()) <= high or _NOT_IN_OPTION.search(text):
        return None
    if text.count("«") != text.count("»") or normalize_key(text.split()[-1]) in _TIME_WORDS:
        return None  # a name cut open, or a clause cut after its date (… يوم الخميس)
    opening = text.split(" ", 1)[0]
    verbs = [
        t
        for t in tokens
        if t.analysis is not None and t.token.text in (opening, "و" + opening, "ف" + opening)
    ]
    if not verbs or verbs[0].analysis.pos != "VERB":
        return None  # a feature's scene (في مرسمه الصغير ...) states no main idea
    if _words(_title(article)) >= _words(text):
        return None  # the lead only repeats the headline
    return index, text


def other_ideas(article: ArticleContext, rng: random.Random) -> list[str]:
    """Headlines of other stories, closest to the article's topic first, none true of it."""
    article_words = _words(article.text)
    candidates, seen = [], set()
    for position, title in enumerate((*article.other_titles, *lines("headline_pool"))):
        words = _words(title)
        if not words or title in seen:
            continue
        seen.add(title)
        shared = len(words & article_words) / len(words)
        if shared >= _TRUE_OF_IT:
            continue
        candidates.append((position >= len(article.other_titles), -round(shared, 1), title))
    rng.shuffle(candidates)
    candidates.sort(key=lambda candidate: candidate[:2])  # stable: the shuffle breaks ties
    return [title for *_, title in candidates]


def _before_adjunct(text: str, low: int, high: int) -> str:
    """A lead longer than ``high`` words cut before the last adjunct (خلال، ضمن، وسط ...) that
    leaves between ``low`` and ``high`` words, outside quotes; else unchanged."""
    words = text.split()
    if len(words) <= high or any(normalize_key(word) in _THAT for word in words):
        return text  # a claim after «أن» is never cut: where it ends is not known here
    for count in range(high, low - 1, -1):
        if normalize_key(words[count]) in _ADJUNCTS:
            head = " ".join(words[:count]).rstrip("،")
            if head.count("«") != head.count("»") or head.count('"') % 2:
                continue
            return head
    return text


def _without_asides(text: str) -> str:
    """The sentence without what commas set off (أقر المجلس، يوم الأحد، القانون): the gist. A
    clause between commas (، بعد أن صوت لصالحه 78 نائبا،) is no aside: taking it out would glue
    what follows it (فيما عارضه 31) onto the main clause, so the asides stop there."""
    kept = text
    for _ in range(2):
        match = _ASIDE.search(kept)
        if match is None or _opens_clause(match.group(1)):
            break
        kept = kept[: match.start()] + " " + kept[match.end() :]
    return kept.replace("  ", " ")


def _opens_clause(segment: str) -> bool:
    segment = segment.strip()
    return any(segment == tail or segment.startswith(tail + " ") for tail in _TAILS)


def _title(article: ArticleContext) -> str:
    sentences = article.document.sentences
    if not sentences or 0 not in article.headings:
        return ""
    return article.document.sentence_text(0)


def _words(text: str) -> set[str]:
    return {normalize_key(word) for word in _WORD.findall(text)}


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
