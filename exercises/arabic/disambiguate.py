"""Choose one analysis per token, in context.

The lexicon lists every reading of a written word; its first reading gives the right lemma for only
~88% of news words, while the right one is among the readings ~95% of the time. Each reading is
scored on cues a reader uses: the word before (a preposition or ال rule out a verb; قد، لن، لم،
سوف and سـ call for one; a title such as الرئيس announces a name), agreement with the noun before,
how common the lemma is, and how many clitics the reading needs. A last pass makes every written
form of the article carry the reading it gets most often.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from exercises.arabic.frequency import zipf
from exercises.arabic.normalize import normalize_key
from exercises.arabic.types import Analysis

PREPOSITIONS = frozenset(
    normalize_key(w)
    for w in [
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "مع",
        "حتى",
        "منذ",
        "خلال",
        "بين",
        "عند",
        "لدى",
        "نحو",
        "حول",
        "دون",
        "ضد",
        "عبر",
        "تحت",
        "فوق",
        "أمام",
        "بعد",
        "قبل",
    ]
)
VERB_TRIGGERS = frozenset(normalize_key(w) for w in ["قد", "لقد", "لن", "لم", "سوف", "لا", "ما"])
STRONG_VERB_TRIGGERS = frozenset(normalize_key(w) for w in ["قد", "لقد", "لن", "لم", "سوف"])
TITLES = frozenset(
    normalize_key(w)
    for w in [
        "الرئيس",
        "الرئيسان",
        "رئيس",
        "السيد",
        "السيدة",
        "الزعيم",
        "الملك",
        "الأمير",
        "الشيخ",
        "الوزير",
        "وزير",
        "الدكتور",
        "المستشار",
        "الجنرال",
        "الأمين",
        "رئيسة",
        "المتحدث",
        "السفير",
        "العاهل",
    ]
)
_VERB_PREFIX_TAGS = frozenset({"sa/FUT"})
_NOMINAL_PREFIX_TAGS = frozenset({"Al/DET", "bi/PREP", "li/PREP", "ka/PREP"})


@dataclass(frozen=True, slots=True)
class Context:
    previous_word: str  # normalized key of the previous word token, "" at sentence start
    previous: Analysis | None  # the reading chosen for the previous word
    after_title: bool


def choose(analyses: Sequence[Analysis], context: Context) -> Analysis | None:
    """The best reading of one word given what came before it."""
    if not analyses:
        return None
    return max(enumerate(analyses), key=lambda pair: score(pair[1], pair[0], context))[1]


def score(analysis: Analysis, rank: int, context: Context) -> float:
    value = -0.15 * rank - 0.6 * analysis.clitic_count
    value += 0.35 * zipf(analysis.lemma)
    pos = analysis.pos
    prefix_tags = {tag.split("+")[0] for tag in analysis.prefixes}
    nominal_prefix = any(tag.endswith(("/DET", "/PREP")) for tag in prefix_tags)

    if pos == "VERB":
        if nominal_prefix or context.previous_word in PREPOSITIONS:
            value -= 4.0
        if context.previous_word in STRONG_VERB_TRIGGERS or prefix_tags & _VERB_PREFIX_TAGS:
            value += 3.0
        elif context.previous_word in VERB_TRIGGERS:
            value += 1.0
    elif context.previous_word in STRONG_VERB_TRIGGERS and not prefix_tags:
        value -= 2.0

    if pos == "PROPN":
        value += 2.5 if context.after_title else 0.0
    elif context.after_title and not analysis.prefixes:
        value -= 1.0

    previous = context.previous
    if previous is not None and previous.pos in ("NOUN", "PROPN", "ADJ") and pos == "ADJ":
        if _definite(previous) == _definite(analysis):
            value += 0.8
    return value


def disambiguate(
    words: Sequence[tuple[str, Sequence[Analysis]]],
    *,
    sentence_starts: frozenset[int] = frozenset(),
) -> list[Analysis | None]:
    """One reading per word of a text.

    Args:
        words: the text's word tokens in order, each with its written form and its readings.
        sentence_starts: positions (in ``words``) that begin a sentence; context resets there.

    Returns:
        The chosen reading for each word, ``None`` where the lexicon has none.
    """
    chosen: list[Analysis | None] = []
    previous_word = ""
    previous: Analysis | None = None
    for position, (written, analyses) in enumerate(words):
        if position in sentence_starts:
            previous_word, previous = "", None
        key = normalize_key(written)
        context = Context(previous_word, previous, key_after_title(previous_word))
        best = choose(analyses, context)
        chosen.append(best)
        previous_word, previous = key, best
    return _one_reading_per_form(words, chosen)


def key_after_title(previous_word: str) -> bool:
    return previous_word in TITLES


def _definite(analysis: Analysis) -> bool:
    return any(tag.endswith("/DET") for tag in analysis.prefixes)


def _one_reading_per_form(
    words: Sequence[tuple[str, Sequence[Analysis]]], chosen: list[Analysis | None]
) -> list[Analysis | None]:
    """Within one article a written form keeps one lemma: the one context chose most often."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for (written, _), analysis in zip(words, chosen, strict=True):
        if analysis is not None:
            votes[written][analysis.lemma_id] += 1
    result: list[Analysis | None] = []
    for (written, analyses), analysis in zip(words, chosen, strict=True):
        counts = votes.get(written)
        if analysis is None or not counts or len(counts) == 1:
            result.append(analysis)
            continue
        winner, winner_votes = counts.most_common(1)[0]
        if winner == analysis.lemma_id or winner_votes <= counts[analysis.lemma_id]:
            result.append(analysis)
            continue
        same_lemma = [a for a in analyses if a.lemma_id == winner]
        result.append(same_lemma[0] if same_lemma else analysis)
    return result
