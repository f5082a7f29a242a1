"""True or false: statements reworded from the article's sentences, half of them with one fact changed.

A true statement is a sentence restructured (``restructure``: reported speech as an attribution,
an aside or a date moved to the front, the subject before its verb; ``verb_paraphrase``: the verb
said with another construction, شهدت الأسعار ارتفاعا), asides left out (``asides``), words of
the same meaning swapped in too (``rewording``); a sentence whose only rewording would be a
synonym gives none, and so does one still too close to the article (``closeness``: more than 70%
of its words in one copied stretch) or one carrying a quotation of five words (the speaker's
words copied).
A false statement is restructured the same way, so the wording does not tell which is which,
and changes exactly one fact: a direction for its opposite (``directions``: ارتفعت -> انخفضت), a
person or a place for another of the article's (``swaps``), or who is said to have said it (never
a «لا» added). Never a number or a date alone: told false by matching digits, not by reading.
Scripture is left out. Sentences alternate between true and false, so about half are true.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.asides import aside_edits
from exercises.generators.closeness import too_close
from exercises.generators.common import rng_for
from exercises.generators.directions import direction_swap, turn_words
from exercises.generators.edits import Edit, apply_edits
from exercises.generators.facts import DATE_KINDS, Fact, find_facts
from exercises.generators.items import Item
from exercises.generators.people.cues import speech_verb
from exercises.generators.people.mentions import Mention
from exercises.generators.people.speech import complement_end
from exercises.generators.restructure import structure_edits
from exercises.generators.rewording import rewordings
from exercises.generators.scripture import quotes_scripture
from exercises.generators.statement_cut import cut_before_joined_verb, open_range
from exercises.generators.swaps import (
    ATTRIBUTION,
    PlaceSwaps,
    paragraph_key,
    speaker,
    speaker_swap,
)
from exercises.generators.verb_paraphrase import merged, verb_edits
from exercises.generators.written import (
    balance_quotes,
    clean_statement,
    cut_at_clause,
    drop_leading_wa,
)

TRUE = "صح"
FALSE = "خطأ"
_MIN_WORDS = 6
_LONG_QUOTE = re.compile(r'["«“][^"»”]*?(?:\s+\S+){4,}[^"»”]*["»”]?')
_MAX_WORDS = 16
# A sentence no comma cuts to _MAX_WORDS stays whole: up to this many words, not forty.
_MAX_SHOWN = 24
_MIN_REWORDINGS = 2
_SAID_THAT = frozenset(normalize_key(w) for w in ("أن", "إن", "بأن", "إلى", "على"))
_LIST_ITEM = re.compile(
    r"[-•*–—]|[0-9٠-٩]+[.)]"
)  # before a present-tense verb: the indicative stays as it is


@dataclass(frozen=True, slots=True)
class _Candidate:
    sentence: int
    true: str  # the reworded statement, "" when no rewording is safe
    false: str  # the statement with one fact changed, "" when none can be
    original: str  # the article's own words, for the explanation
    was: str  # the fact the false statement changes, as the article writes it
    now: str  # what the false statement says instead


def true_false_items(article: ArticleContext, seed: int) -> list[Item]:
    """Items alternating true and false as far as the sentences allow, in article order."""
    facts = find_facts(article)
    swaps = (_PersonSwaps(article), PlaceSwaps(article))
    dates = {fact.token: fact for fact in facts if fact.kind in DATE_KINDS}
    sources = []
    for sentence_index in article.body_sentences:
        start, end = article.statement(sentence_index)
        edits = structure_edits(article, sentence_index, start, end, dates)
        sources.extend(filter(None, (speaker(edit) for edit in edits[:1])))
    found = [
        candidate
        for sentence_index in article.body_sentences
        if (candidate := _candidate(article, sentence_index, dates, swaps, sources)) is not None
    ]
    answers = _answers(found, rng_for(seed, "true_false", "first").random() < 0.5)
    return [_item(article, c, answer) for c, answer in zip(found, answers, strict=True)]


def _answers(candidates: list[_Candidate], want_true: bool) -> list[str]:
    """The sentences that can only be true or only be false count first; those that can be
    either then even the set out, alternating when it is even (a set needs one of each)."""
    fixed = [(TRUE if c.true else FALSE) if not (c.true and c.false) else "" for c in candidates]
    counts = {TRUE: fixed.count(TRUE), FALSE: fixed.count(FALSE)}
    answers = []
    for answer in fixed:
        if not answer:
            even = counts[TRUE] == counts[FALSE]
            answer = TRUE if counts[TRUE] < counts[FALSE] or (even and want_true) else FALSE
            counts[answer] += 1
            want_true = not want_true
        answers.append(answer)
    return answers


def _apart(one: Edit, other: Edit) -> bool:
    return (
        one.end <= other.start
        or one.start >= other.end
        or (one.start == one.end and not other.start < one.start < other.end)
    )


def _same(one: Edit, other: Edit) -> bool:
    return (one.start, one.end) == (other.start, other.end)


def _inside(change: Edit | None, edits: list[Edit]) -> Edit | None:
    """A direction change that falls in an edit's words, made in that edit's new words, or in
    the words a verb said another way put in (شهدت الأسعار ارتفاعا -> انخفاضا): never the old
    verb turned beside them (انخفضت الأسعار ارتفاعا)."""
    if change is None:
        return None
    for edit in edits:
        if not edit.start <= change.start < edit.end:
            continue
        turned = turn_words(edit.replacement)
        if turned:
            return Edit(edit.start, edit.end, turned)
        insertions = [other for other in edits if other.start == other.end]
        for other in insertions:
            if turned := turn_words(other.replacement):
                return Edit(other.start, other.end, turned)
        return change if _same(edit, change) and not insertions else None
    return change


def _unnamed_speaker(
    article: ArticleContext, sentence_index: int, start: int, edits: list[Edit]
) -> bool:
    """The statement opens with a speech verb whose speaker it does not name (وأضاف أن، وأشار
    إلى أن) and no edit puts one in front (بحسب ...)."""
    if any(edit.start == start and edit.replacement.startswith(ATTRIBUTION) for edit in edits):
        return False
    words = [t for t in article.sentence_tokens(sentence_index) if t.token.start >= start]
    words = [t for t in words if t.token.kind == "word"][:2]
    if len(words) < 2 or not speech_verb(words[0]):
        return False
    return normalize_key(words[1].token.text) in _SAID_THAT


def _was_now(article: ArticleContext, direct: Edit | None, change: Edit) -> tuple[str, str]:
    """The fact as the article writes it and as the false statement says it: the word turned,
    not the whole rewording it was turned in (بحسب سامي فارس، ستنخفض ... -> ستنخفض)."""
    if direct is None or change == direct:
        return article.text[change.start : change.end], change.replacement
    old = set(article.text[change.start : change.end].split())
    new = [word for word in change.replacement.split() if word not in old and turn_words(word)]
    return article.text[direct.start : direct.end], new[0] if new else change.replacement


def _item(article: ArticleContext, candidate: _Candidate, answer: str) -> Item:
    return Item(
        key=f"comprehension:true_false:{candidate.sentence}",
        kind="comprehension",
        type="true_false",
        subtype="true_false",
        prompt=candidate.true if answer == TRUE else candidate.false,
        instruction="True or false, according to the article?",
        answer=answer,
        options=(TRUE, FALSE),
        support=(article.span(candidate.sentence),),
        explanation=f"في النص: {candidate.original}",
        difficulty=0.4 if answer == TRUE else 0.5,
        extra={"was": candidate.was, "now": candidate.now} if answer == FALSE else {},
    )


def _candidate(
    article: ArticleContext,
    sentence_index: int,
    dates: Mapping[int, Fact],
    swaps: tuple[_PersonSwaps | PlaceSwaps, ...],
    sources: list[str],
) -> _Candidate | None:
    start, end = article.statement(sentence_index)
    if len(article.text[start:end].split()) < _MIN_WORDS or _LIST_ITEM.match(
        article.text[start:end]
    ):
        return None  # a list item (- نحو مليون أسرة ...) is a fragment, not a statement
    if quotes_scripture(article.text[start:end]):
        return None  # scripture is not a statement to falsify or to reword
    change = _change(article, sentence_index, swaps)
    keep_until = max(change.end if change else 0, complement_end(article, sentence_index)) - start
    text = cut_at_clause(
        article.text[start:end], max_words=_MAX_WORDS, min_words=_MIN_WORDS, keep_until=keep_until
    )
    if len(text.split()) > _MAX_SHOWN:  # a comma further on, else a verb joined by «و»
        text = cut_at_clause(
            text, max_words=_MAX_SHOWN, min_words=_MIN_WORDS, keep_until=keep_until
        )
    if len(text.split()) > _MAX_SHOWN:
        cut = cut_before_joined_verb(
            article,
            sentence_index,
            start,
            end,
            max_words=_MAX_SHOWN,
            min_words=_MIN_WORDS,
            keep_until=start + keep_until,
        )
        if cut is None:
            return None
        text = article.text[start:cut].rstrip()
    if open_range(text, article.text[start + len(text) : end]):
        return None
    if text.count("«") != text.count("»") or text.count('"') % 2:
        return None  # cut inside a quotation: «ليست مجرد قنوات» without «بل نظام كامل» misquotes
    cut_end = start + len(text)
    edits = [
        e for e in rewordings(article, sentence_index, start, cut_end, dates) if e.start >= start
    ]
    # A true statement only when its structure changes (one synonym swapped is still a copy):
    # a fronting or an attribution, or the verb said with another construction.
    structure = structure_edits(article, sentence_index, start, cut_end, dates)
    # The opening verb said another way and asides left out, where no other edit touches them:
    # the stretches copied get shorter.
    verb = verb_edits(article, sentence_index, start, cut_end)
    with_verb, rest = merged(verb, edits, article.text)
    # The direction turned inside the verb said another way: شهد السعر ارتفاعا -> انخفاضا.
    direct, change = change, _inside(change, [*with_verb, *rest])
    if (
        verb
        and all(_apart(one, other) for one in rest for other in with_verb)
        and (change is None or all(_apart(one, change) or _same(one, change) for one in verb))
    ):
        spans = {(e.start, e.end): e for e in with_verb}
        structure = [spans.get((e.start, e.end), e) for e in structure]  # a fronted verb too
        edits = [*with_verb, *rest]
    else:
        verb = []
    for aside in aside_edits(article, sentence_index, start, cut_end):
        if all(_apart(aside, other) for other in edits) and (
            change is None or _apart(aside, change)
        ):
            edits.append(aside)
    # Without a change of structure, words said another way (or an aside left out) in two
    # places at least: one synonym alone leaves the sentence recognisable word for word.
    restructured = bool(structure) or bool(verb) or len(edits) >= _MIN_REWORDINGS
    if _unnamed_speaker(article, sentence_index, start, edits):
        return None  # «لفت إلى أن ...»: who said it? the statement cannot be judged
    true = _statement(article, sentence_index, start, text, edits) if restructured else ""
    false, was, now = "", "", ""
    if change is not None and restructured:  # reworded like the true: the form tells nothing
        kept = [
            e
            for e in edits
            if not _same(e, change) and (e.end <= change.start or e.start >= change.end)
        ]
        # the fact changed is not one moved (unless the change is that very edit, turned)
        if all(edit in kept or _same(edit, change) for edit in structure):
            false = _statement(article, sentence_index, start, text, [*kept, change])
            was, now = _was_now(article, direct, change)
    if not false and structure:  # «بحسب X» -> «بحسب Y»: who said it is the fact changed
        swapped, label = speaker_swap(article, sentence_index, structure[0], sources, text)
        if label:
            others = [swapped if edit == structure[0] else edit for edit in edits]
            false = _statement(article, sentence_index, start, text, others)
            was, now = label, swapped.replacement.split("،")[0].removeprefix(ATTRIBUTION)
    original = _statement(article, sentence_index, start, text, [], close_quotes=False)
    # Still most of the sentence in one stretch: matched, not understood. The false statement,
    # reworded the same way, goes too, or only false statements would be far from their sentence.
    reworded = true or _statement(article, sentence_index, start, text, edits)
    if too_close(reworded, original) or _LONG_QUOTE.search(reworded):
        return None  # a quotation of five words or more is the speaker's words copied
    if not true and not false:
        return None
    return _Candidate(sentence_index, true, false, original, was, now)


def _statement(
    article: ArticleContext,
    sentence_index: int,
    start: int,
    text: str,
    edits: list[Edit],
    *,
    close_quotes: bool = True,
) -> str:
    changed = apply_edits(text, start, edits)
    tokens = article.sentence_tokens(sentence_index)
    first = next((t for t in tokens if t.token.start >= start and t.token.kind == "word"), None)
    opening = min(edits, key=lambda edit: (edit.start, edit.end)) if edits else None
    if (
        opening is not None
        and opening.start == start
        and first is not None
        and not opening.replacement.startswith(first.token.text)
    ):
        # The opening word was replaced (وزارة الصحة تعتزم): nothing to drop, unless the new
        # words keep the word's own و (وارتفع -> وشهد ... ارتفاعا).
        keeps_wa = (
            first is not None
            and first.analysis is not None
            and first.analysis.prefixes[:1] == ("wa/CONJ",)
            and opening.replacement.startswith("و")
            and first.token.text.startswith("و")
            # a word moved first (وزارة الصحة تعتزم) is no و put back with a new verb
            and opening.replacement.split(" ", 1)[0] not in {t.token.text for t in tokens}
        )
        first = None
        if keeps_wa:
            changed = changed[1:]
    changed = drop_leading_wa(changed, first)
    if (
        first is not None
        and first.analysis is not None
        and first.analysis.prefixes[:1] == ("fa/CONJ",)
        and first.token.text.startswith("ف")
        and changed.startswith("ف")
    ):
        changed = changed[1:]  # فالمناهج: the ف ties the sentence to the one before
    if not close_quotes:
        return clean_statement(changed)
    return clean_statement(balance_quotes(changed.rstrip(" .،")))


def _change(
    article: ArticleContext,
    sentence_index: int,
    swaps: tuple[_PersonSwaps | PlaceSwaps, ...],
) -> Edit | None:
    """A direction turned into its opposite, else a person, else a one-word place name.

    Never a number or a date alone: a statement that differs from its sentence by a digit is
    told false by matching the digits, without understanding (the fifth review).
    """
    start, end = article.statement(sentence_index)
    turned = direction_swap(article, sentence_index, start, end)
    if turned is not None:
        return turned
    return next((edit for swapper in swaps if (edit := swapper.swap(sentence_index))), None)


class _PersonSwaps:
    """الرئيس شي -> الرئيس بوتين: only between people the article names with the same title.

    The short mentions are indexed once, by sentence and by title, in the article's order, so
    each sentence looks only at its own mentions and those sharing their title.
    """

    def __init__(self, article: ArticleContext) -> None:
        self.article = article
        self.by_sentence: dict[int, list[Mention]] = {}
        self.by_title: dict[str, list[Mention]] = {}
        for mention in article.people.mentions:
            if _short(mention):
                self.by_sentence.setdefault(mention.sentence, []).append(mention)
                self.by_title.setdefault(mention.title, []).append(mention)

    def swap(self, sentence_index: int) -> Edit | None:
        article = self.article
        for mention in self.by_sentence.get(sentence_index, ()):
            for other in self.by_title[mention.title]:
                if other.person == mention.person:
                    continue
                replacement = article.tokens[other.name_tokens[0]].token.text
                if normalize_key(replacement) in paragraph_key(article, sentence_index):
                    continue  # named beside the fact: it may be theirs too
                token = article.tokens[mention.name_tokens[0]].token
                return Edit(token.start, token.end, replacement)
        return None


def _short(mention: Mention) -> bool:
    return mention.bare_title and len(mention.name_tokens) == 1 and mention.person >= 0
