"""The exercise kinds and the one entry point that runs them."""

from __future__ import annotations

from collections.abc import Callable

from exercises.arabic.analysis_types import AnalyzedDocument
from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.vocabulary import Vocabulary, build_vocabulary
from exercises.generators.article_context import ArticleContext
from exercises.generators.cloze import generate_cloze
from exercises.generators.common import unique_items
from exercises.generators.comprehension import generate_comprehension
from exercises.generators.excerpt import generation_excerpt
from exercises.generators.giveaways import (
    answer_stretches,
    answer_words,
    practised_lemmas,
    shown_text,
    shows_word,
)
from exercises.generators.isolation import contained
from exercises.generators.items import GenerationOptions, Item
from exercises.generators.matching import split_matching
from exercises.generators.roots import generate_roots

_CLOZE_TRIES = 3

# One kind: the article (built once per call of ``generate``, shared by the kinds) to items.
Generator = Callable[[ArticleContext, GenerationOptions], tuple[Item, ...]]

GENERATORS: dict[str, Generator] = {
    "cloze": generate_cloze,
    "comprehension": generate_comprehension,
    "roots": generate_roots,
}


def generate(
    analysed: AnalyzedDocument,
    vocabulary: Vocabulary,
    options: GenerationOptions,
    *,
    analyzer: Analyzer | None = None,
    label: str = "",
) -> tuple[Item, ...]:
    """Items of every kind in ``options.kinds``, at most ``options.count`` of each.

    Args:
        analysed: the article from ``analyze_text``; a long one's first paragraphs only are
            read (``excerpt.generation_excerpt``), with their own vocabulary.
        vocabulary: from ``build_vocabulary(analysed)``.
        options: kinds, count per kind, learner level, seed and the cloze options.
        analyzer: the morphological analyzer; the default one when not given.
        label: how a log names the article when a kind or type fails (it is then left out).
    Returns:
        Items of the kinds in the order asked for; keys and prompts are unique.
    Raises:
        ValueError: for a kind no generator is registered for.
    """
    unknown = [kind for kind in options.kinds if kind not in GENERATORS]
    if unknown:
        raise ValueError(f"unknown exercise kinds: {', '.join(unknown)}")
    excerpt = generation_excerpt(analysed)
    if excerpt is not analysed:
        analysed, vocabulary = excerpt, build_vocabulary(excerpt)
    # Its lookups serve all kinds.
    article = ArticleContext(analysed, vocabulary, analyzer, label, options.other_titles)
    made: dict[str, tuple[Item, ...]] = {}
    # The cloze first: the other kinds keep away from its answers where they can.
    for kind in sorted(dict.fromkeys(options.kinds), key=lambda kind: kind != "cloze"):
        made[kind] = _made(article, kind, options)
        if kind == "cloze":  # what the kinds after it should not show (see ``giveaways``)
            article.hidden = answer_stretches(article, made[kind])
            article.cloze_lemmas = practised_lemmas(article, made[kind])
            article.cloze_words = answer_words(article, made[kind])
    others = [item for kind, items in made.items() if kind != "cloze" for item in items]
    if "cloze" in made:
        made["cloze"] = _cloze_clear_of(article, others, made["cloze"], options)
    return tuple(unique_items(item for kind in options.kinds for item in made.pop(kind, ())))


def _cloze_clear_of(
    article: ArticleContext, others: list[Item], cloze: tuple[Item, ...], options: GenerationOptions
) -> tuple[Item, ...]:
    """The cloze made again, as often as needed, with its gaps kept off the words the other
    kinds' items show: those that could not keep off its answers (a type with nothing else to
    ask). Only what they show is avoided, so that most of the article stays open to gaps."""
    showing: list[Item] = []
    for _ in range(_CLOZE_TRIES):
        lemmas = practised_lemmas(article, cloze)
        words = answer_words(article, cloze)
        new = [
            item
            for item in others
            if item not in showing
            and (shows_word(item, words) or practised_lemmas(article, [item]) & lemmas)
        ]
        if not new:
            return cloze
        showing.extend(new)
        article.shown_elsewhere = shown_text(showing)
        article.lemmas_elsewhere = practised_lemmas(article, showing)
        cloze = _made(article, "cloze", options)
    article.shown_elsewhere = shown_text(others)
    article.lemmas_elsewhere = practised_lemmas(article, others)
    return _made(article, "cloze", options)


def _made(article: ArticleContext, kind: str, options: GenerationOptions) -> tuple[Item, ...]:
    items = contained(article.label, kind, (), GENERATORS[kind], article, options)
    return tuple(split_matching(items, options.seed)[: options.count])
