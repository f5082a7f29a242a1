"""Root families: the article's words grouped by their root, and exercises on them.

Only words whose every reading has the same root take part: a learner told that two words share
a root must be able to trust it.
"""

from __future__ import annotations

from dataclasses import dataclass

from exercises.arabic.analysis_types import Analysis, AnalyzedDocument, AnalyzedToken, Span
from exercises.arabic.morphology.analyzer import Analyzer
from exercises.arabic.text.normalize import lookup_form, normalize_key
from exercises.arabic.vocabulary import Vocabulary, build_vocabulary
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import (
    choice_item,
    interleave,
    rng_for,
    spread_order,
)
from exercises.generators.glosses import short_gloss
from exercises.generators.inside_names import name_words
from exercises.generators.isolation import contained
from exercises.generators.items import GenerationOptions, Item
from exercises.generators.readings import (
    ROOTED_POS,
    is_borrowed,
    is_loanword,
    possible_roots,
    sure_root,
)
from exercises.generators.root_options import (
    common_roots,
    doubly_weak,
    headword,
    is_derived,
    look_alike_roots,
    plain_prefix,
    real_roots,
    root_spotted,
    weak_variants,
)
from exercises.generators.root_share import look_alike_words, looks_alike, spotting_solves
from exercises.generators.written import dictionary_shape

_SPARE = 8  # distractor candidates handed to choice_item, which keeps three distinct ones


@dataclass(frozen=True, slots=True)
class FamilyWord:
    form: str  # as in the article, without conjunctions and prepositions (التعاون)
    lemma: str
    lemma_vocalized: str
    gloss: str
    pos: str
    count: int  # occurrences of the lemma in the article
    token: int  # index of the first occurrence
    headword: str = ""  # dictionary form (تخرّج for تخرجه), "" when it reads as other roots too


@dataclass(frozen=True, slots=True)
class RootFamily:
    root: str  # letters run together, as in Analysis.root (عون)
    letters: str  # spaced for display (ع و ن)
    words: tuple[FamilyWord, ...]  # one per lemma, in order of appearance


def root_families(
    analysed: AnalyzedDocument,
    vocabulary: Vocabulary | None = None,
    *,
    min_words: int = 1,
    analyzer: Analyzer | None = None,
) -> tuple[RootFamily, ...]:
    """The article's words by root, for family tables on pages and worksheets.

    Args:
        analysed: the analysed article.
        vocabulary: its vocabulary; built from ``analysed`` when not given.
        min_words: leave out roots with fewer different words (2 for "families" proper).
    Returns:
        Families with the most words first, then in order of first appearance.
    """
    article = ArticleContext(analysed, vocabulary or build_vocabulary(analysed), analyzer)
    return tuple(f for f in _families(article) if len(f.words) >= min_words)


def spaced(root: str) -> str:
    return " ".join(root)


def generate_roots(article: ArticleContext, options: GenerationOptions) -> tuple[Item, ...]:
    """Up to ``options.count`` root items: which word shares the root of X, the root of X.

    No word-to-root matching: in a news article's four words, each shows only its own root's
    letters (0 groups of 4 over 20 articles where every word spells two of the roots), so it is
    solved by spotting letters.
    """
    families = _families(article)
    seed = options.seed
    limit = options.count
    makers = {
        "roots share": lambda: _share_items(article, families, seed, limit),
        "roots identify": lambda: _identify_items(article, families, seed, limit),
    }
    shared, identified = (contained(article.label, name, [], make) for name, make in makers.items())
    # «ما جذر منسوب؟» beside «أيّ كلمة تشترك في الجذر مع منسوب؟» answers half of the other
    roots = {spaced(item.key.rsplit(":", 1)[1]) for item in shared}
    identified = [item for item in identified if item.answer not in roots]
    return tuple(interleave([shared, identified], options.count))


def _families(article: ArticleContext) -> list[RootFamily]:
    counts: dict[tuple[str, str], int] = {}
    firsts: dict[tuple[str, str], AnalyzedToken] = {}
    roots: dict[tuple[str, str], str] = {}
    forms: dict[tuple[str, str], str] = {}
    names = article.people.name_tokens | name_words(article)  # عين المريسة، بنك الائتمان
    known = real_roots(article.analyzer.lexicon)
    for item in article.tokens:
        analysis = item.analysis
        if analysis is None or item.is_stopword or not item.in_lexicon:
            continue
        if item.token.index in names or normalize_key(analysis.lemma) in article.cloze_lemmas:
            continue  # a root item's مريض would give away a cloze gap's مريضا
        root = sure_root(article.analyzer, item.token.text, analysis)
        if not root or analysis.gloss[:1].isupper() or is_borrowed(item):
            continue  # أولمبي (Olympic) sits under ءول in the lexicon but has no Arabic root
        if root == normalize_key(analysis.lemma):
            continue  # a "root" spelled like the word itself (جنيه) is a borrowing's heading
        if root not in known or not is_derived(analysis.lemma, root):
            continue  # إنفلونزا under «ء ن ء», درامي under «د ر ء م»: no Arabic root
        identity = (analysis.lemma_vocalized, analysis.pos)
        counts[identity] = counts.get(identity, 0) + 1
        if identity in firsts:
            continue
        form = _shown_form(article, item, root)
        if form:
            firsts[identity] = item
            roots[identity] = root
            forms[identity] = form
    grouped: dict[str, list[FamilyWord]] = {}
    for identity, item in firsts.items():
        analysis = item.analysis
        assert analysis is not None
        grouped.setdefault(roots[identity], []).append(
            FamilyWord(
                form=forms[identity],
                lemma=analysis.lemma,
                lemma_vocalized=analysis.lemma_vocalized,
                gloss=short_gloss(analysis.gloss),
                pos=analysis.pos,
                count=counts[identity],
                token=item.token.index,
                headword=_headword(article, _dictionary_form(analysis), roots[identity]),
            )
        )
    families = [
        RootFamily(root, spaced(root), tuple(sorted(words, key=lambda w: w.token)))
        for root, words in grouped.items()
    ]
    families.sort(key=lambda f: (-len(f.words), f.words[0].token))
    return families


def _shown_form(article: ArticleContext, item: AnalyzedToken, root: str) -> str:
    """The word as a learner will see it, if that form still has only this root.

    Dropping a preposition can make a new word: بوعدنا is safe, وعدنا also reads و + عدنا.
    """
    for form in (dictionary_shape(item), item.token.text):
        readings = article.analyzer.analyze(form)
        rooted = [reading.root for reading in readings if reading.pos in ROOTED_POS]
        # المدني also reads as a name (al-Madani), المشرق as the Mashriq: no root item
        named = any(r.pos == "PROPN" or r.gloss[:1].isupper() for r in readings)
        if set(rooted) == {root} and not named:
            return form
    return ""


def _dictionary_form(analysis: Analysis) -> str:
    """The vowelled lemma; for a singular in ة whose lemma has none, the singular itself: the
    lexicon files تكلفة "cost" under تكليف "assignment", a word the article does not write."""
    lemma = analysis.lemma_vocalized
    feminine = analysis.pos == "NOUN" and any("FEM_SG" in t for t in analysis.suffixes)
    shown = lookup_form(headword(lemma))
    stem = analysis.stem
    if (
        feminine
        and stem
        and not shown.endswith("ة")
        and lookup_form(stem) != shown  # not خبيرة, whose lemma خبير is its masculine
        and _without_long_vowels(lookup_form(stem)) == _without_long_vowels(shown)
    ):  # تكلف is تكليف without its ي; أنظمة (stem أنظم) is a plural of نظام, shown as نظام
        return stem + "ة"
    return lemma


def _without_long_vowels(word: str) -> str:
    return word[:1] + "".join(letter for letter in word[1:] if letter not in "اوي")


def _headword(article: ArticleContext, vocalized: str, root: str) -> str:
    """The lemma as a dictionary shows it, if every reading of it has this root and no name."""
    shown = headword(vocalized)
    readings = article.analyzer.analyze(lookup_form(shown))
    rooted = {reading.root for reading in readings if reading.pos in ROOTED_POS}
    named = any(r.pos == "PROPN" or r.gloss[:1].isupper() for r in readings)
    return shown if rooted == {root} and not named and not is_loanword(shown) else ""


def _support(article: ArticleContext, *words: FamilyWord) -> tuple[Span, ...]:
    sentences = sorted({article.tokens[word.token].token.sentence for word in words})
    return tuple(article.span(index) for index in sentences)


def _extra(*words: FamilyWord) -> dict[str, str]:
    return {"tokens": ",".join(str(word.token) for word in words)}


def _share_items(
    article: ArticleContext, families: list[RootFamily], seed: int, limit: int
) -> list[Item]:
    """«Which word shares the root of X?» for families with two words of different stems.

    X and the options in dictionary form; the wrong options spell X's root letters in order
    (root_share.py), and an item a letter-spotting learner solves is not made.
    """
    items: list[Item] = []
    analyzer = article.analyzer
    for family in spread_order([f for f in families if len(f.words) >= 2]):
        if len(items) >= limit:
            break
        pair = _share_pair(analyzer, family)
        if pair is None:
            continue
        word, answer = pair
        key = f"roots:share:{family.root}"
        shown = (word.headword, answer.headword)
        distractors = look_alike_words(analyzer, family.root, shown, rng_for(seed, key, "words"))
        options = [answer.headword, *distractors]
        if len(distractors) < 2 or spotting_solves(
            word.headword, family.root, answer.headword, options
        ):
            continue
        item = choice_item(
            key=key,
            kind="roots",
            subtype="root_share",
            prompt=f"أيّ كلمة تشترك في الجذر مع «{word.headword}»؟",
            instruction="Which word comes from the same root as the word shown?",
            answer=answer.headword,
            distractors=distractors,
            seed=seed,
            support=_support(article, word, answer),
            explanation=f"«{word.headword}» و«{answer.headword}» من الجذر {family.letters}",
            difficulty=0.5,
            lemma=word.lemma,
            extra=_extra(word, answer),
        )
        if item is not None:
            items.append(item)
    return items


def _share_pair(analyzer: Analyzer, family: RootFamily) -> tuple[FamilyWord, FamilyWord] | None:
    """The family's first word with a dictionary form, and the member least like it that
    does not show its stem (not ارتفع / ارتفاع)."""
    shown = [word for word in family.words if word.headword]
    for word in shown:
        others = [
            other
            for other in shown
            if other.headword != word.headword
            and not looks_alike(analyzer, word.headword, other.headword)
        ]
        if others:
            return word, max(others, key=lambda other: len(other.headword))
    return None


def _identify_items(
    article: ArticleContext, families: list[RootFamily], seed: int, limit: int
) -> list[Item]:
    """«What is the root of X?» with common real roots spelled by the word's own letters.

    احتمال: ح م ل against ح ت م، ... so that the root cannot be found by spotting which
    option's letters occur in the word. X in dictionary form (جولة, not الجولة or جولته).
    """
    items: list[Item] = []
    lexicon = article.analyzer.lexicon
    known = common_roots(lexicon)
    article_roots = [family.root for family in families]
    # the roots other items ask for are no wrong option here (a learner would meet the key of
    # one as a decoy of another), unless the word has no other decoy
    asked = {f.root for f in families if f.root in known and any(w.headword for w in f.words)}
    for family in spread_order(families):
        if len(items) >= limit:
            break
        word = next((word for word in family.words if word.headword), None)
        if word is None or family.root not in known:
            continue
        key = f"roots:identify:{word.token}"
        own = possible_roots(article.analyzer, lookup_form(word.headword)) | {family.root}
        own |= weak_variants(family.root)  # نمو and نمي: the lexicon files تنمية under both
        rng = rng_for(seed, key, "roots")
        alike = look_alike_roots(word.headword, len(family.root), own, lexicon)
        alike = [root for root in alike if not doubly_weak(root)]  # و ز ي: no learner's root
        rng.shuffle(alike)
        alike.sort(key=lambda root: plain_prefix(word.headword, root))  # not م ع د for معدّل
        if not alike:
            continue  # only the answer could be read off the word
        others = [
            r
            for r in article_roots
            if r in known
            and r not in own
            and r not in alike
            and len(r) == len(family.root)
            and not doubly_weak(r)
        ]
        rng.shuffle(others)
        others.sort(key=lambda root: -len(set(root) & set(family.root)))
        item = choice_item(
            key=key,
            kind="roots",
            subtype="root_identify",
            prompt=f"ما جذر كلمة «{word.headword}»؟",
            instruction="What is the root of this word?",
            answer=family.letters,
            distractors=[spaced(root) for root in _clear_of(asked, alike, others)[:_SPARE]],
            seed=seed,
            support=_support(article, word),
            difficulty=0.6,
            lemma=word.lemma,
            extra=_extra(word),
        )
        if item is not None and not root_spotted(word.headword, family.letters, item.options):
            items.append(item)
    return items


def _clear_of(asked: set[str], alike: list[str], others: list[str]) -> list[str]:
    """The decoys, look-alikes first, without the roots other items ask for when three remain
    (a short text has few roots: then a decoy may be another item's key)."""
    clear = [root for root in alike if root not in asked][:3]
    clear += [root for root in others if root not in asked]
    return clear if len(clear) >= 3 else [*alike[:3], *others]
