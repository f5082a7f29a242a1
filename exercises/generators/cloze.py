"""Cloze: fill the blank in the article's own sentences.

Targets are content words at the learner's level or below whose every reading is the chosen one
(so the hint, the lemma and the shape of the distractors are right). A sentence gives one
item at most, sentences taken from all over the article; no item shows (in its prompt or its
options) the form of another item's answer.
"""

from __future__ import annotations

from collections.abc import Iterable

from exercises.arabic.analysis_types import CONTENT_POS, AnalyzedToken
from exercises.arabic.frequency import level_rank
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, difficulty_from_zipf, rng_for, spread_order
from exercises.generators.distractors import Target, find_distractors
from exercises.generators.giveaways import bare_word, shown_words
from exercises.generators.glosses import (
    context_gloss,
    is_generic_adjective,
    is_quantity,
)
from exercises.generators.inside_names import inside_names
from exercises.generators.items import BLANK, GenerationOptions, Item
from exercises.generators.people.cues import SPEECH_LEMMAS, is_speech_word, is_title
from exercises.generators.readings import is_borrowed, is_unambiguous
from exercises.generators.written import blank_in_word, leading_connector_length

_TIME_WORDS = word_list("time_nouns") | word_list("deictic_time")  # any of them fits
_MC_INSTRUCTION = "Choose the word that fills the gap."
_TYPED_INSTRUCTION = "Type the missing word."
_KEEP_MC_INSTRUCTION = "Choose the word that fills the gap; the letters joined to it stay."
_KEEP_TYPED_INSTRUCTION = "Type the word that fills the gap; the letters joined to it stay."
_COMFORT_ZIPF = (3.5, 5.5)
_BASIC_ZIPF = _COMFORT_ZIPF[1]
_B1 = level_rank("B1")
_SPREAD_PENALTY = 0.5
_CLOZE_WORDS = 7  # common enough to be worth learning, rare enough to be worth a gap
# Many adjectives fit one noun (الفرق الطبية / الحكومية): a sentence's adjective is its last choice.
_POS_PENALTY = {"ADJ": 1.0, "ADV": 0.5}
_ROOTED = frozenset({"NOUN", "VERB", "ADJ"})


def generate_cloze(article: ArticleContext, options: GenerationOptions) -> tuple[Item, ...]:
    """Up to ``options.count`` cloze items in article order.

    Args:
        article: the analysed article with its vocabulary (word levels come from it).
        options: count, level (targets at this level or below), seed, cloze_typed (typed
            answers instead of four options) and keep_clitics (blank only the stem).
    Returns:
        Items whose prompt is a sentence of the article with ``BLANK`` in place of the answer.
    """
    # made once per article and options: the set may make the cloze again (``registry``)
    made = article.lookup("cloze candidates", dict)
    if options not in made:
        made[options] = _candidates(article, options)
    by_sentence = made[options]
    chosen: list[Item] = []
    used_lemmas: set[str] = set()
    answers: set[str] = set()  # forms of the chosen answers
    shown: set[str] = set()  # forms the chosen items show: their prompts' words, their options
    for sentence in spread_order(sorted(by_sentence)):
        if len(chosen) >= options.count:
            break
        words = _sentence_words(article, sentence)
        if words & answers:
            continue  # its prompt would show a chosen answer
        for target in by_sentence[sentence]:
            lemma = normalize_key(target.analysis.lemma)
            forms = {normalize_key(target.item.token.text), normalize_key(target.word)}
            if lemma in used_lemmas or forms & shown:
                continue  # one gap per word; never the answer another item shows
            if _shown_elsewhere(article, target, lemma):
                continue
            item = _made_item(article, target, options, frozenset(answers))
            if item is not None:
                chosen.append(item)
                used_lemmas.add(lemma)
                answers |= forms  # with or without its clitics (a typed answer has none)
                shown |= words | {normalize_key(option) for option in item.options}
                break
    chosen.sort(key=lambda item: int(item.extra["token"]))
    return tuple(chosen)


def _shown_elsewhere(article: ArticleContext, target: Target, lemma: str) -> bool:
    """Whether an item of another kind in the set shows the word its gap would hide, or is
    about the same lemma (a root item's مريض for the gap's مريضا)."""
    if lemma in article.lemmas_elsewhere:
        return True
    return bare_word(target.item.token.text) in shown_words(article.shown_elsewhere)


def _sentence_words(article: ArticleContext, sentence: int) -> set[str]:
    return {
        normalize_key(item.token.text)
        for item in article.sentence_tokens(sentence)
        if item.token.kind == "word"
    }


def _counts(keys: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return counts


def _content_root(item: AnalyzedToken) -> str:
    """The root of a noun, verb or adjective, "" for other words (their roots tell nothing)."""
    analysis = item.analysis
    if item.token.kind != "word" or analysis is None or analysis.pos not in _ROOTED:
        return ""
    return analysis.root


def _candidates(article: ArticleContext, options: GenerationOptions) -> dict[int, list[Target]]:
    """Eligible targets per body sentence, best first (seeded order among equals)."""
    max_rank = level_rank(options.level) if options.level else None
    names = article.people.name_tokens | inside_names(article)
    by_sentence: dict[int, list[tuple[float, float, Target]]] = {}
    # a word written in several sentences, once a gap, keeps the others from giving one
    spread: dict[str, int] = {}
    for sentence in article.prose_sentences:
        for form in _sentence_words(article, sentence):
            spread[form] = spread.get(form, 0) + 1
    for sentence in article.prose_sentences:
        tokens = article.sentence_tokens(sentence)
        if sum(item.token.kind == "word" for item in tokens) < _CLOZE_WORDS:
            continue  # كان ＿ متأخرا لكنه مهم: too little context to tell the options apart
        lemma_counts = _counts(normalize_key(o.analysis.lemma) for o in tokens if o.analysis)
        root_counts = _counts(_content_root(other) for other in tokens)
        rng = rng_for(options.seed, "cloze", sentence)
        for item in tokens:
            if not _eligible(article, item, names, max_rank):
                continue
            assert item.analysis is not None
            if lemma_counts[normalize_key(item.analysis.lemma)] > 1:
                continue  # the other occurrence would give the answer away
            if root_counts.get(_content_root(item), 0) > 1:
                continue  # درجات ＿ after مستشعر حراري: the option sharing its letters wins
            if _in_coordination(article, item) or is_borrowed(item):
                continue
            if item.analysis.pos == "ADJ" and (
                not options.cloze_typed or is_generic_adjective(item.analysis.gloss)
            ):
                continue  # الأجرام ＿: among four adjectives, more than one fits a noun
            if is_speech_word(item) or normalize_key(item.analysis.lemma) in SPEECH_LEMMAS:
                continue  # قال، أكد، أوضح: any of them fits before a quotation
            target = Target.of(item)
            if target.zipf > _BASIC_ZIPF and (max_rank is None or max_rank >= _B1):
                continue  # رئيس، جديد: a gap on a word every B1 learner knows teaches nothing
            low, high = _COMFORT_ZIPF
            penalty = max(0.0, low - target.zipf, target.zipf - high)
            penalty += _POS_PENALTY.get(item.analysis.pos, 0.0)
            penalty += _SPREAD_PENALTY * (spread.get(normalize_key(item.token.text), 1) - 1)
            by_sentence.setdefault(sentence, []).append((round(penalty, 1), rng.random(), target))
    return {
        sentence: [target for _, _, target in sorted(entries, key=lambda e: (e[0], e[1]))]
        for sentence, entries in by_sentence.items()
    }


def _eligible(
    article: ArticleContext, item: AnalyzedToken, names: frozenset[int], max_rank: int | None
) -> bool:
    analysis = item.analysis
    if (
        analysis is None
        or item.token.kind != "word"
        or analysis.pos not in CONTENT_POS
        or item.is_stopword
        or not item.in_lexicon
        or not analysis.gloss
        or item.token.index in names
        or article.in_dateline(item)
        or _in_leading_connector(article, item)
        or _title_before_a_name(article, item)
        or "ـ" in item.token.text
        or len(analysis.stem) < 2
        or is_quantity(analysis.gloss)
        or normalize_key(analysis.lemma) in _TIME_WORDS  # يوم ＿＿ الخميس، خلال ＿＿ الماضي
    ):
        return False
    if max_rank is not None:
        entry = article.entry(item)
        if entry is None or level_rank(entry.level) > max_rank:
            return False
    # A word the lexicon also reads as a name is ambiguous too: never a gap.
    return is_unambiguous(article.analyzer, item.token.text, analysis)


def _title_before_a_name(article: ArticleContext, item: AnalyzedToken) -> bool:
    """الدكتور فؤاد: only a title stands before a name, so the gap tests nothing."""
    index = item.token.index + 1
    if not is_title(item) or index >= len(article.tokens):
        return False
    following = article.tokens[index]
    analysis = following.analysis
    return index in article.people.name_tokens or (analysis is not None and analysis.pos == "PROPN")


def _in_leading_connector(article: ArticleContext, item: AnalyzedToken) -> bool:
    """A word of the connector its sentence opens with (في المقابل، من ناحية أخرى): it ties the
    sentence to the one before, and is no vocabulary of the sentence."""
    start, end = article.statement(item.token.sentence)
    length = leading_connector_length(article.text[start:end])
    return item.token.start < start + length


def _hinted(options: GenerationOptions) -> bool:
    """The English meaning: on for typed cloze, off for multiple choice unless asked for."""
    return options.cloze_typed if options.cloze_hints is None else options.cloze_hints


def _in_coordination(article: ArticleContext, item: AnalyzedToken) -> bool:
    """X وY of the same kind: any member of the list fits any gap in it."""
    analysis = item.analysis
    assert analysis is not None
    for step in (-1, 1):
        other = _next_word(article, item, step)
        if other is None or other.analysis is None or other.analysis.pos != analysis.pos:
            continue
        second = item if step == -1 else other
        assert second.analysis is not None
        if second.analysis.prefixes[:1] == ("wa/CONJ",):
            return True
    return False


def _next_word(article: ArticleContext, item: AnalyzedToken, step: int) -> AnalyzedToken | None:
    position = item.token.index + step
    tokens = article.tokens
    while 0 <= position < len(tokens) and tokens[position].token.text in ("،", ","):
        position += step
    if not 0 <= position < len(tokens) or tokens[position].token.sentence != item.token.sentence:
        return None
    return tokens[position]


def _extra(article: ArticleContext, target: Target, keep: bool) -> dict[str, str]:
    """What the site and the exports need to know about the blanked word."""
    analysis = target.analysis
    extra = {
        "token": str(target.item.token.index),
        "pos": analysis.pos,
        "prefix": target.clitic_prefix if keep else "",
        "suffix": target.clitic_suffix if keep else "",
        "shape_prefix": analysis.prefix_text,
        "shape_suffix": analysis.suffix_text,
        "prefix_tags": "+".join(analysis.prefixes),
        "suffix_tags": "+".join(analysis.suffixes),
        "lemma_vocalized": analysis.lemma_vocalized,
        "root": analysis.root,
    }
    entry = article.entry(target.item)
    if entry is not None:
        extra["level"] = entry.level
    return extra


def _made_item(
    article: ArticleContext, target: Target, options: GenerationOptions, avoid: frozenset[str]
) -> Item | None:
    """``_item``, its options searched once per article: a set whose other kinds show a gap's
    word makes the cloze again (``registry``) with mostly the same gaps. An item made before is
    taken again while no option of it is one of the forms to avoid now."""
    made = article.lookup("cloze items", dict)
    key = (target.item.token.index, options)
    item = made.get(key)
    if item is None or {normalize_key(option) for option in item.options} & avoid:
        item = made[key] = _item(article, target, options, avoid)
    return item


def _item(
    article: ArticleContext, target: Target, options: GenerationOptions, avoid: frozenset[str]
) -> Item | None:
    """The item for ``target``; ``avoid``: forms no option may take (other items' answers)."""
    token = target.item.token
    analysis = target.analysis
    key = f"cloze:{token.index}"
    # A typed answer shows what is attached (و، بال، ـه): the learner types the word itself.
    keep = (options.keep_clitics or options.cloze_typed) and bool(
        target.clitic_prefix or target.clitic_suffix
    )
    if keep:
        gap = blank_in_word(target.clitic_prefix, BLANK, target.clitic_suffix, target.word)
        answer = target.word
    else:
        gap = BLANK
        answer = token.text
    start, end = article.statement(token.sentence)
    prompt = article.text[start : token.start] + gap + article.text[token.end : end]
    extra = _extra(article, target, keep)
    common = {
        "key": key,
        "kind": "cloze",
        "subtype": "cloze",
        "prompt": prompt,
        "support": (article.span(token.sentence),),
        "hint": context_gloss(article.analyzer, target.item) if _hinted(options) else "",
        "difficulty": difficulty_from_zipf(target.zipf),
        "lemma": analysis.lemma,
        "extra": extra,
    }
    if options.cloze_typed:
        return Item(
            type="typed",
            instruction=_KEEP_TYPED_INSTRUCTION if keep else _TYPED_INSTRUCTION,
            answer=answer,
            **common,  # type: ignore[arg-type]
        )
    rng = rng_for(options.seed, key, "distractors")
    distractors = find_distractors(article, target, rng, avoid=avoid)
    if len(distractors) < 3:
        return None
    return choice_item(
        instruction=_KEEP_MC_INSTRUCTION if keep else _MC_INSTRUCTION,
        answer=answer,
        distractors=[d.stem if keep else d.word for d in distractors],
        seed=options.seed,
        **common,  # type: ignore[arg-type]
    )
