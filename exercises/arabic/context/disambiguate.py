"""Choose one analysis per token, in context.

The lexicon lists every reading of a written word; its first reading gives the right lemma for
~91% of news words, while the right one is among the readings ~97% of the time. A first pass,
left to right, keeps each word's best reading by :mod:`.scoring` (what the reading is worth
alone and with its neighbours), with fixed expressions and names after titles. Then every
written form of the article keeps the reading it got most often, names the lexicon reads as
common words are found (:mod:`.names`), and the part of speech that depends on the word's role
is set (:mod:`.sentence_roles`): an adjective after a noun it agrees with is ADJ, the same word
after a preposition is a NOUN. Last, well-known multiword names (:mod:`.gazetteer`: الولايات
المتحدة، مجلس الأمن) get PROPN on their nouns and ADJ on their adjectives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.gazetteer import mark_gazetteer_names
from exercises.arabic.context.names import looks_like_name, mark_names, name_reading
from exercises.arabic.context.one_lemma import one_lemma_per_word
from exercises.arabic.context.scoring import Context, choose
from exercises.arabic.context.sentence_roles import refine_pos
from exercises.arabic.morphology.reading_traits import definite, has_tanween, key_of, nfc
from exercises.arabic.text.layout import WordLayout
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.arabic.wordlists import rows, word_list

# Titles with the article announce a name: الرئيس بوتين، الرئيس الصيني شي.
DEFINITE_TITLES = frozenset("ال" + title for title in word_list("titles", "ranks"))
# (first word, second word) -> the vowelled lemma the second word has after the first.
FIXED_READINGS = {
    (normalize_key(first), normalize_key(second)): lemma
    for first, second, lemma in rows("fixed_readings")
}

_ARTICLE = "ال"
_MIN = "من"

Words = Sequence[tuple[str, Sequence[Analysis]]]


@dataclass(frozen=True, slots=True)
class RuleTrace:
    """What the rules computed for each word: what a learned ranker reads as features."""

    keys: tuple[str, ...]  # each word's normalized key
    first_pass: tuple[Analysis | None, ...]  # the left-to-right choice, before the rewrites
    contexts: tuple[Context | None, ...]  # the context each word was scored in (None: no choice)
    final: tuple[Analysis | None, ...]  # the rules' final choice, after the rewrite passes


def disambiguate(words: Words, layout: WordLayout | None = None) -> list[Analysis | None]:
    """One reading per word of a text.

    Args:
        words: the text's word tokens in order, each with its written form and its readings.
        layout: where sentences, clauses and phrases begin and which words a number follows;
            without it the words are read as one sentence.

    Returns:
        The chosen reading for each word, ``None`` where the lexicon has none.
    """
    return list(rule_trace(words, layout).final)


def rule_trace(words: Words, layout: WordLayout | None = None) -> RuleTrace:
    """The rules' choice for each word, with what they computed on the way.

    Args:
        words: the text's word tokens in order, each with its written form and its readings.
        layout: as for :func:`disambiguate`.

    Returns:
        The keys, first-pass choices, contexts and final choices of every word.
    """
    layout = layout or WordLayout.one_sentence()
    sentence_starts = layout.sentence_starts
    keys = [key_of(written) for written, _ in words]
    contexts: list[Context | None] = []
    first_pass = _in_context(words, keys, layout, contexts)
    chosen = one_lemma_per_word(words, _one_reading_per_form(words, first_pass))
    chosen = mark_names(words, chosen, phrase_starts=layout.phrase_starts, keys=keys)
    chosen = refine_pos(
        words,
        chosen,
        sentence_starts=sentence_starts,
        after_comma=layout.after_comma,
        before_number=layout.before_number,
        keys=keys,
    )
    final = mark_gazetteer_names(words, chosen, sentence_starts=sentence_starts, keys=keys)
    return RuleTrace(tuple(keys), tuple(first_pass), tuple(contexts), tuple(final))


def _in_context(
    words: Words, keys: Sequence[str], layout: WordLayout, contexts: list[Context | None]
) -> list[Analysis | None]:
    """The first pass, left to right: each word's best reading after the ones chosen before it.

    Context starts afresh at each clause; each word's context is appended to ``contexts``. A definite title (الرئيس) and the adjectives after it
    (الرئيس الصيني) announce a name; so does a name without clitics.
    """
    clause_starts = layout.clause_starts
    traits = [_traits(tuple(analyses)) for _, analyses in words]
    chosen: list[Analysis | None] = []
    previous_word = ""
    previous: Analysis | None = None
    title_chain = name_chain = False
    for position, (written, analyses) in enumerate(words):
        if position in clause_starts:
            previous_word, previous, title_chain, name_chain = "", None, False, False
        key = keys[position]
        context = None
        if len(analyses) == 1 and not (title_chain or name_chain):
            best = analyses[0]
        elif key == _ARTICLE and traits[position][2]:
            # The article written apart, as in الـ38: not آل (family).
            best = next(a for a in analyses if a.pos == "DET")
        else:
            context = _context_at(
                position,
                words,
                keys,
                traits,
                layout,
                Context(previous_word, previous, after_title=title_chain, after_name=name_chain),
            )
            best = choose(analyses, context)
            fixed = FIXED_READINGS.get((previous_word, key))
            if fixed is not None:
                best = next((a for a in analyses if nfc(a.lemma_vocalized) == nfc(fixed)), best)
            if looks_like_name(
                written, analyses, best, after_title=title_chain, after_name=name_chain
            ):
                best = name_reading(written)
        chosen.append(best)
        contexts.append(context)
        title_chain = key in DEFINITE_TITLES or (
            title_chain and best is not None and best.pos == "ADJ" and definite(best)
        )
        name_chain = best is not None and best.pos == "PROPN" and not best.prefixes
        previous_word, previous = key, best
    return chosen


def _context_at(
    position: int,
    words: Words,
    keys: Sequence[str],
    traits: Sequence[tuple[bool, bool, bool]],
    layout: WordLayout,
    before: Context,
) -> Context:
    """The context of the word at ``position``: ``before`` (what the words before it left)
    completed with the word itself and the word after it."""
    written = words[position][0]
    following = position + 1
    has_following = following < len(words) and following not in layout.clause_starts
    return Context(
        before.previous_word,
        before.previous,
        after_title=before.after_title,
        after_name=before.after_name,
        before_number=position in layout.before_number,
        before_verb=has_following and traits[following][0],
        nominal_marks=_nominal_marks(written),
        final_dotted_ya=strip_tashkeel(written).endswith("ي"),
        common_homograph=traits[position][1],
        after_number=position - 1 in layout.before_number,
        before_min=has_following and keys[following] == _MIN,
    )


@lru_cache(maxsize=65_536)
def _traits(analyses: tuple[Analysis, ...]) -> tuple[bool, bool, bool]:
    """Whether one reading can be a verb, whether one is not a name, whether one is the
    article; by value of the readings, so a text pays for them once per written form."""
    return (
        any(reading.pos in ("VERB", "AUX") for reading in analyses),
        any(reading.pos != "PROPN" for reading in analyses),
        any(reading.pos == "DET" for reading in analyses),
    )


@lru_cache(maxsize=65_536)
def _nominal_marks(written: str) -> bool:
    return has_tanween(written)


def _one_reading_per_form(
    words: Sequence[tuple[str, Sequence[Analysis]]], chosen: list[Analysis | None]
) -> list[Analysis | None]:
    """Within one article a written form keeps one lemma: the one context chose most often."""
    votes: dict[str, dict[str, int]] = {}
    for (written, _), analysis in zip(words, chosen, strict=True):
        if analysis is not None:
            counts = votes.get(written)
            if counts is None:
                votes[written] = {analysis.lemma_id: 1}
            else:
                lemma_id = analysis.lemma_id
                counts[lemma_id] = counts.get(lemma_id, 0) + 1
    # The most common lemma of each form read more than one way; the first seen wins a tie.
    winners = {
        written: max(counts.items(), key=_vote_count)
        for written, counts in votes.items()
        if len(counts) > 1
    }
    if not winners:
        return list(chosen)
    result: list[Analysis | None] = []
    for (written, analyses), analysis in zip(words, chosen, strict=True):
        found = winners.get(written) if analysis is not None else None
        if found is None:
            result.append(analysis)
            continue
        winner, winner_votes = found
        if winner == analysis.lemma_id or winner_votes <= votes[written][analysis.lemma_id]:
            result.append(analysis)
            continue
        same_lemma = [a for a in analyses if a.lemma_id == winner]
        result.append(same_lemma[0] if same_lemma else analysis)
    return result


def _vote_count(item: tuple[str, int]) -> int:
    return item[1]
