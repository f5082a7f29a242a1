"""«لماذا ...؟»: why something happened, as the article says after بسبب، نتيجة، جراء، بفعل.

Asked only when the effect is a whole clause that opens the sentence (its dateline and a
leading و dropped), reports no speech and quotes nothing, and the cause is a noun phrase of two
to ten words up to the next clause boundary. Every option reads «بسبب ...»: the cause, the
article's other causes, then noun phrases of other sentences close to the cause in length.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cached_property
from itertools import chain

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines, word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item
from exercises.generators.items import Item
from exercises.generators.people.cues import SPEECH_LEMMAS
from exercises.generators.written import (
    clean_statement,
    drop_leading_wa,
    leading_connector_length,
)

_MARKERS = frozenset(normalize_key(word) for word in ("بسبب", "نتيجة", "جراء", "بفعل"))
_NEEDS_NOUN = frozenset(normalize_key(word) for word in ("نتيجة", "بفعل"))
_STOPS = frozenset(normalize_key(word) for word in ("فيما", "بينما", "مما", "ما", "حيث"))
_OPENERS = ("في حين", "فيما", "بينما")
_BAD = re.compile(r"[\"«»“”:؛؟?!()\[\]•\-–—/@a-zA-Z]")
_DEPENDENT = frozenset(lines("dependent_openers"))
# What «لماذا» may not be followed by: a particle, a conjunction or a preposition.
_NOT_AFTER_WHY = frozenset(
    normalize_key(word)
    for word in ("في", "حين", "فيما", "بينما", "إن", "أن", "لأن", "قد", "إذ", "حيث", "لكن", "ما")
)
_EFFECT_WORDS = (3, 25)
# a clause inside the effect (في وقت يشهد ...، المصنع الذي توقف ...) may be what the cause explains
_EMBEDDED = re.compile(
    r"\s(?:في وقت|في حين|حين|عندما|بعدما|الذي|التي|الذين|اللذين|اللتين|اللواتي|حيث)\s"
)
_CAUSE_WORDS = (2, 10)
_PHRASE_WORDS = (2, 7)
_TIME_NOUNS = word_list("time_nouns")  # «بسبب الأسابيع المقبلة» is no cause


def cause_items(article: ArticleContext, seed: int) -> list[Item]:
    found = [cause for cause in _causes(article) if cause is not None]
    causes = [f"بسبب {text}" for _, _, text in found]
    items = []
    scan = _PhraseScan(article)  # its pass is made on first need
    for sentence, effect, text in found:
        question = f"لماذا {effect}؟"
        if not effect or not grammatical(question):
            continue
        answer = f"بسبب {text}"
        item = choice_item(
            key=f"comprehension:cause:{sentence}",
            kind="comprehension",
            subtype="cause",
            prompt=question,
            instruction="Why, according to the article?",
            answer=answer,
            # The noun phrases are found only if the other causes are too few.
            distractors=chain(causes, _lazy_phrases(scan, sentence, text, effect)),
            seed=seed,
            support=(article.span(sentence),),
            difficulty=0.5,
        )
        if item is not None:
            items.append(item)
    return items


def grammatical(question: str) -> bool:
    """«لماذا» followed by a clause: not by a particle, a preposition or a conjunction (و، ف)."""
    words = question.split()
    if len(words) < 3 or words[0] != "لماذا":
        return False
    second = normalize_key(words[1])
    return second not in _NOT_AFTER_WHY and not second.startswith(("و", "ف"))


def _causes(article: ArticleContext):
    """(sentence, effect or "", cause) for every marker of a body sentence with a clean cause;
    the effect is "" where the cause may serve only as another item's wrong option."""
    for index in article.body_sentences:
        tokens = article.sentence_tokens(index)
        for position, item in enumerate(tokens):
            if normalize_key(item.token.text) not in _MARKERS or position == 0:
                continue
            cause = _cause(article, tokens, position)
            if cause is None:
                continue
            yield index, _effect(article, index, tokens, position), cause


def _cause(article: ArticleContext, tokens, position: int) -> str | None:
    after = tokens[position + 1 :]
    if normalize_key(tokens[position].token.text) in _NEEDS_NOUN and not (
        after and after[0].analysis is not None and after[0].analysis.pos == "NOUN"
    ):
        return None
    end = 0
    while end < len(after) and not _boundary(after[end]):
        end += 1
    if not end:
        return None
    text = article.text[after[0].token.start : after[end - 1].token.end]
    low, high = _CAUSE_WORDS
    if not low <= len(text.split()) <= high or _BAD.search(text) or "،" in text:
        return None
    return text


def _boundary(item: AnalyzedToken) -> bool:
    if item.token.kind == "punct" and item.token.text not in ("%", "٪"):
        return True
    if _verb_with_wa(item):
        return True
    return normalize_key(item.token.text) in _STOPS


def _effect(article: ArticleContext, index: int, tokens, position: int) -> str:
    start, _ = article.statement(index)
    marker = tokens[position].token
    if _in_quote(article.text[article.document.sentences[index].start : marker.start]):
        return ""
    lemmas = {normalize_key(item.analysis.lemma) for item in tokens[:position] if item.analysis}
    if lemmas & SPEECH_LEMMAS:
        return ""
    text = _last_clause(article, tokens, start, marker.start)
    low, high = _EFFECT_WORDS
    if not text or "،" in text or _BAD.search(text) or not low <= len(text.split()) <= high:
        return ""
    if _EMBEDDED.search(f" {text} "):
        return ""  # في وقت يشهد فيه السوق تراجعا نتيجة ...: the cause is the inner clause's
    return "" if text.split()[0] in _DEPENDENT else text


def _in_quote(before: str) -> bool:
    """Whether a quotation opened before the marker is still open (the cause is quoted)."""
    return before.count("«") > before.count("»") or (before.count('"') + before.count("“")) % 2 == 1


def _last_clause(article: ArticleContext, tokens, start: int, end: int) -> str:
    """The clause the cause belongs to: the sentence up to the marker, or its part after
    «، في حين / فيما / بينما» or «، و<verb>»; a leading «في ...،» goes to the clause's end."""
    head = article.text[start:end].rstrip("، ")
    parts = [part.strip() for part in head.split("،")]
    last = parts[-1]
    for opener in _OPENERS:
        if len(parts) > 1 and last.startswith(opener + " "):
            return last[len(opener) :].strip()
    clause_start = end - len(head) + head.rfind(last) if len(parts) > 1 else start
    first = next((item for item in tokens if item.token.start >= clause_start), None)
    if first is None:
        return ""
    if len(parts) == 2 and leading_connector_length(head) >= len(parts[0]):
        return clean_statement(last).rstrip(".")  # في المقابل، ...: the connector goes
    if len(parts) > 1 and not _verb_with_wa(first):
        place = parts[0].removeprefix("و")
        if len(parts) != 2 or not place.startswith("في ") or len(place.split()) > 4:
            return ""
        return f"{clean_statement(drop_leading_wa(last, first)).rstrip('.')} {place}"
    return clean_statement(drop_leading_wa(last, first)).rstrip(".")


def _verb_with_wa(item: AnalyzedToken) -> bool:
    analysis = item.analysis
    return analysis is not None and analysis.pos == "VERB" and analysis.prefixes[:1] == ("wa/CONJ",)


def _lazy_phrases(scan: _PhraseScan, sentence: int, cause: str, effect: str) -> Iterator[str]:
    """Noun phrases of the other sentences (an idafa chain and the adjectives that agree with
    its last noun), sharing no word with the question, closest in length to the cause first;
    made only as far as they are read."""
    used = {normalize_key(word) for word in (cause + " " + effect).split()}
    size = len(cause.split())
    for text, keys in scan.by_length(sentence, lambda words: abs(words - 1 - size)):
        if not used & keys:
            yield text


class _PhraseScan:
    """The article's noun phrases, found in one pass; those of the article without one of its
    sentences (whose words end a phrase and start none) are the same but near that sentence,
    where the pass is made again until it meets the whole article's pass."""

    def __init__(self, article: ArticleContext) -> None:
        self.article = article
        self.tokens = (*article.tokens, None)
        self.run_start: list[int] = []  # where the run open before each position began, or -1
        self.ends: list[int] = []  # each phrase's closing position, in order
        self.starts: list[int] = []
        self.phrases: list[tuple[str, frozenset[str]]] = []
        self.by_words: dict[int, list[int]] = {}  # phrase indices by number of words

    @cached_property
    def names(self) -> frozenset[int]:
        return self.article.people.name_tokens

    def _whole_pass(self) -> None:
        run: list[AnalyzedToken] = []
        for position in range(len(self.tokens)):
            self.run_start.append(run[0].token.index if run else -1)
            run = self._step(run, position, -1, self._keep_global)
        for index, (text, _) in enumerate(self.phrases):
            self.by_words.setdefault(len(text.split()), []).append(index)

    def _keep_global(self, run: list[AnalyzedToken], position: int) -> None:
        self.ends.append(position)
        self.starts.append(run[0].token.index)
        self.phrases.append(self._phrase(run))

    def _phrase(self, run: list[AnalyzedToken]) -> tuple[str, frozenset[str]]:
        text = "بسبب " + self.article.text[run[0].token.start : run[-1].token.end]
        return text, frozenset(normalize_key(t.token.text) for t in run)

    def _step(
        self, run: list[AnalyzedToken], position: int, sentence: int, keep: Callable
    ) -> list[AnalyzedToken]:
        """One token of the pass: the run extended, or closed (kept if whole) and emptied."""
        tokens = self.tokens
        item = tokens[position]
        before = tokens[position - 1] if position else None
        if (
            item is not None
            and item.token.sentence != sentence
            and _continues(run, item, self.names)
            and (run or not _after_noun(before))
        ):
            run.append(item)
            return run
        if _whole(run, item):
            keep(run, position)
        return []

    def by_length(
        self, sentence: int, distance: Callable[[int], int]
    ) -> Iterator[tuple[str, frozenset[str]]]:
        """The phrases (text, word keys) the pass would find were ``sentence`` left out, sorted
        (stably) by the distance of their number of words; made as they are read: by lengths,
        each length's phrases in article order."""
        head, local, tail = self._parts(sentence)
        lengths: dict[int, list[tuple[tuple[int, int], tuple[str, frozenset[str]]]]] = {}
        for order, phrase in enumerate(local):
            lengths.setdefault(len(phrase[0].split()), []).append(((1, order), phrase))
        by_distance: dict[int, list[int]] = {}
        for words in {*self.by_words, *lengths}:
            by_distance.setdefault(distance(words), []).append(words)
        for _, same in sorted(by_distance.items()):
            yield from (
                phrase
                for _, phrase in heapq.merge(
                    *(self._of_length(words, head, tail, lengths) for words in same),
                    key=lambda keyed: keyed[0],
                )
            )

    def _of_length(self, words: int, head: int, tail: int, local: dict) -> Iterator:
        indices = self.by_words.get(words, [])
        cut = bisect_left(indices, head)
        yield from (((0, i), self.phrases[i]) for i in indices[:cut])
        yield from local.get(words, [])
        yield from (((2, i), self.phrases[i]) for i in indices[bisect_left(indices, tail) :])

    def _parts(self, sentence: int) -> tuple[int, list[tuple[str, frozenset[str]]], int]:
        """How many of the whole pass's phrases come first, those found in their stead near
        ``sentence``, and from which of the whole pass's phrases on the rest are the same."""
        if not self.run_start:
            self._whole_pass()
        document_sentence = self.article.document.sentences[sentence]
        first, after = document_sentence.first_token, document_sentence.last_token
        head = bisect_left(self.ends, first)  # those closed before the sentence are the same
        found: list[tuple[str, frozenset[str]]] = []
        open_at = self.run_start[first]
        run = list(self.tokens[open_at:first]) if open_at >= 0 else []
        if _whole(run, self.tokens[first]):
            found.append(self._phrase(run))
        run = []
        position = after
        while position < len(self.tokens) and (run or self.run_start[position] >= 0):
            run = self._step(run, position, sentence, lambda r, _: found.append(self._phrase(r)))
            position += 1
        return head, found, bisect_left(self.starts, position)


def _whole(run: list[AnalyzedToken], after: AnalyzedToken | None) -> bool:
    low, high = _PHRASE_WORDS
    return low <= len(run) <= high and _definite(run[-1]) and not _open_ended(run[-1], after)


def _after_noun(before: AnalyzedToken | None) -> bool:
    """Whether the word before is an indefinite noun whose idafa the phrase would cut
    (ومشتريات | البنوك المركزية)."""
    if before is None or before.analysis is None:
        return False
    return before.analysis.pos == "NOUN" and not _definite(before)


def _definite(item: AnalyzedToken) -> bool:
    return item.analysis is not None and "Al/DET" in item.analysis.prefixes


def _continues(run: list[AnalyzedToken], item: AnalyzedToken, names: frozenset[int]) -> bool:
    """Whether ``item`` extends the phrase: a noun after indefinite nouns (idafa), an adjective
    after a noun or an adjective of the same definiteness; no case-marked nominative plural or
    dual (it would follow «بسبب» in the wrong case), no pronoun suffix, no name."""
    analysis = item.analysis
    if analysis is None or item.is_stopword or item.token.index in names:
        return False
    if analysis.prefixes not in ((), ("Al/DET",)):
        return False
    if any("NOM" in tag or "POSS" in tag or "PRON" in tag for tag in analysis.suffixes):
        return False
    if normalize_key(analysis.lemma) in _TIME_NOUNS:
        return False
    if not run:
        return analysis.pos == "NOUN"
    last = run[-1]
    if analysis.pos == "NOUN":
        return last.analysis.pos == "NOUN" and not _definite(last)
    return analysis.pos == "ADJ" and _definite(item) == _definite(last)


def _open_ended(last: AnalyzedToken, after: AnalyzedToken | None) -> bool:
    """An adjective followed by an indefinite noun (الأكثر حدة): the phrase is cut short."""
    if after is None or after.analysis is None or last.analysis.pos != "ADJ":
        return False
    return after.analysis.pos == "NOUN" and not _definite(after)
