"""«ما الفكرة الرئيسة للنص؟»: the article's headline against detail sentences of its body.

The headline is the right option, whole (never cut); the wrong options are whole sentences of
the body that state one detail (a number) and do not restate the headline. No headline, or
fewer than two such sentences: no item.
"""

from __future__ import annotations

import re

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines, rows
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, rng_for
from exercises.generators.items import Item
from exercises.generators.written import clean_statement, drop_leading_wa

PROMPT = "أيُّ الجمل التالية تعبّر عن الفكرة الرئيسة للنص؟"
_TITLE_WORDS = (5, 25)
_DETAIL_WORDS = (6, 25)
_NOT_IN_OPTION = re.compile(r"[\"«»“”:؛؟?!()\[\]•\-–—/@a-zA-Z]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_MAX_SHARED = 0.5  # a sentence sharing half the headline's words restates it
_TAILS = lines("clause_tails")
_DEPENDENT = frozenset(lines("dependent_openers"))
_SPEECH_VERBS = frozenset(normalize_key(form) for verb in rows("speech_verbs") for form in verb)


def main_idea_items(article: ArticleContext, seed: int) -> list[Item]:
    title = _title(article)
    if title is None:
        return []
    details = _details(article, _content_keys(article, 0))
    rng_for(seed, "comprehension:main_idea", "details").shuffle(details)
    if len(details) < 2:
        return []
    item = choice_item(
        key="comprehension:main_idea",
        kind="comprehension",
        subtype="main_idea",
        prompt=PROMPT,
        instruction="Which sentence gives the main idea of the article?",
        answer=title,
        distractors=details,
        seed=seed,
        support=(article.span(0),),
        difficulty=0.5,
    )
    return [item] if item is not None else []


def _title(article: ArticleContext) -> str | None:
    """The headline: the article's first sentence when it is a heading of 5 to 25 words."""
    sentences = article.document.sentences
    if not sentences or 0 not in article.headings or sentences[0].paragraph != 0:
        return None
    text = " ".join(article.text[sentences[0].start : sentences[0].end].split()).rstrip(".")
    low, high = _TITLE_WORDS
    if not low <= len(text.split()) <= high or "؟" in text:
        return None
    return text


def _details(article: ArticleContext, title_keys: set[str]) -> list[str]:
    """Whole body sentences with a number, past the lead paragraph, without quotes or speech."""
    lead = article.body_sentences[0] if article.body_sentences else -1
    lead_paragraph = article.document.sentences[lead].paragraph if lead >= 0 else -1
    spoken = {index for speech in article.people.speeches for index in speech.sentences}
    details = []
    for index in article.body_sentences:
        sentence = article.document.sentences[index]
        if sentence.paragraph == lead_paragraph or index in spoken:
            continue
        start, end = article.statement(index)
        text = " ".join(article.text[start:end].split())
        if _NOT_IN_OPTION.search(text) or _starts_with_speech(text):
            continue
        tokens = article.sentence_tokens(index)
        text = clean_statement(drop_leading_wa(text, tokens[0] if tokens else None)).rstrip(".")
        text = main_clause(text)
        low, high = _DETAIL_WORDS
        if not low <= len(text.split()) <= high or _NOT_IN_OPTION.search(text):
            continue
        if text.split(" ", 1)[0] in _DEPENDENT:
            continue
        if not _DIGIT.search(text) or _shares_title(_content_keys(article, index), title_keys):
            continue
        details.append(text)
    return details


def _content_keys(article: ArticleContext, index: int) -> set[str]:
    sentence = article.document.sentences[index]
    keys = article.lemma_keys[sentence.first_token : sentence.last_token]
    tokens = article.sentence_tokens(index)
    return {key for key, item in zip(keys, tokens, strict=True) if key and not item.is_stopword}


def _shares_title(keys: set[str], title_keys: set[str]) -> bool:
    return bool(title_keys) and len(keys & title_keys) / len(title_keys) >= _MAX_SHARED


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


def _starts_with_speech(text: str) -> bool:
    """وأضاف أن ...: a reported claim, often without its speaker once cut from the article."""
    first = normalize_key(text.split(" ", 1)[0])
    return first in _SPEECH_VERBS or (first.startswith("و") and first[1:] in _SPEECH_VERBS)
