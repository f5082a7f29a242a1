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
from exercises.generators.giveaways import answer_stretches
from exercises.generators.isolation import contained
from exercises.generators.items import GenerationOptions, Item
from exercises.generators.matching import split_matching
from exercises.generators.roots import generate_roots

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
    items: list[Item] = []
    for kind in dict.fromkeys(options.kinds):
        made = contained(article.label, kind, (), GENERATORS[kind], article, options)
        made = split_matching(made, options.seed)[: options.count]
        if kind == "cloze":  # what the kinds after it should not show (see ``giveaways``)
            article.hidden = answer_stretches(article, made)
        items.extend(made)
    return tuple(unique_items(items))
