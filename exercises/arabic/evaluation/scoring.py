"""Score our lemmas and parts of speech against a gold CoNLL-U treebank (e.g. UD Arabic PUD).

How a word is scored:

* The treebank splits clitics into tokens (ل + أوباما) and marks joins with ``SpaceAfter=No``.
  Each sentence's ``# text`` is fed to :func:`analyze_text`, with the sentences of one
  ``# newdoc`` joined by line breaks so that article-level context works as in the product.
* Gold tokens get character offsets by finding each form, in order, in ``# text``. Each of our
  Arabic word tokens is aligned with the gold tokens it overlaps; it is scored only when those
  tokens cover exactly its characters (``كوفيد-19`` as one gold token against our three tokens
  is left out and counted as unaligned). Numbers, punctuation and Latin words are not scored.
* The word's main gold token is the one that is not a clitic: trailing suffixed pronouns
  (PRON tokens written ه ها هم ك ي نا ...) and then leading one-letter ADP, CCONJ, PART or
  SCONJ tokens (و ف ب ل ك س) are set aside while another token remains, and the first token
  left is the main one. So لأوباما -> أوباما, بينه -> بين, وهو -> هو, and به -> ب (a
  preposition carrying a pronoun is scored as the preposition).
* Lemmas are compared by :func:`comparable_lemma`: :func:`normalize_key` (no vowel marks or
  tatweel; أ إ آ ٱ -> ا; ؤ ئ -> ء; ى -> ي; ة -> ه), then a leading ``ال`` removed when at least
  two letters remain, on both sides. The treebank writes the dagger alef as a backquote
  (ذ`لِكَ), which is dropped too.
* Two conventions of the treebank are bridged, since they are not errors of ours: it gives
  every personal pronoun the lemma هُوَ (أنا، هي، نحن), so there any personal pronoun of ours
  counts as right; and where it splits a word that the lexicon keeps whole (مما = من + ما),
  a lemma equal to the joined forms of its non-clitic tokens counts as right.
* UPOS is compared as is, over all scored words and over the words whose gold UPOS is NOUN,
  PROPN, ADJ or VERB; the report adds the latter with NOUN and PROPN taken as one class, since
  the treebank tags every noun inside a multiword name as PROPN (البحر in البحر الأحمر).
* "lemma reachable" is the share of words whose gold lemma is among all the readings the
  analyser gives: the ceiling of any choice among them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from exercises.arabic.analysis_types import Analysis, AnalyzedDocument, Token
from exercises.arabic.evaluation.conllu import GoldSentence, GoldToken
from exercises.arabic.pipeline import Strategy, analyze_text
from exercises.arabic.text.normalize import normalize_key

CONTENT_UPOS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
_PROCLITIC_UPOS = frozenset({"ADP", "CCONJ", "PART", "SCONJ"})
_NOT_WORDS = frozenset({"PUNCT", "SYM"})
_SUFFIX_PRONOUNS = frozenset(
    {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"}
)
_DEFINITE = "ال"
_GOLD_PERSONAL_PRONOUN = "هُوَ"


@dataclass(frozen=True, slots=True)
class WordResult:
    """One scored word: what the gold data says and what we chose."""

    form: str
    gold_lemma: str
    gold_upos: str
    lemma: str
    upos: str
    lemma_ok: bool
    candidates_have_lemma: bool  # the gold lemma is among all the word's readings


@dataclass(slots=True)
class Scores:
    words: int = 0
    lemma_correct: int = 0
    upos_correct: int = 0
    content_words: int = 0
    content_upos_correct: int = 0
    content_coarse_correct: int = 0  # NOUN and PROPN taken as one class
    lemma_in_candidates: int = 0
    unaligned: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    lemma_errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def add(self, result: WordResult) -> None:
        self.words += 1
        self.lemma_correct += result.lemma_ok
        self.lemma_in_candidates += result.candidates_have_lemma
        upos_ok = result.upos == result.gold_upos
        self.upos_correct += upos_ok
        if result.gold_upos in CONTENT_UPOS:
            self.content_words += 1
            self.content_upos_correct += upos_ok
            self.content_coarse_correct += _coarse(result.upos) == _coarse(result.gold_upos)
        if not upos_ok:
            self.confusion[(result.gold_upos, result.upos)] += 1
        if not result.lemma_ok:
            self.lemma_errors[(result.form, result.gold_lemma, result.lemma)] += 1

    @property
    def lemma_accuracy(self) -> float:
        return _ratio(self.lemma_correct, self.words)

    @property
    def upos_accuracy(self) -> float:
        return _ratio(self.upos_correct, self.words)

    @property
    def content_upos_accuracy(self) -> float:
        return _ratio(self.content_upos_correct, self.content_words)

    @property
    def content_coarse_accuracy(self) -> float:
        """Like :attr:`content_upos_accuracy`, with NOUN and PROPN not told apart.

        The treebank tags every noun inside a multiword name as PROPN (البحر in البحر الأحمر,
        مجلس in مجلس الشيوخ); this figure shows how much of the error is that distinction.
        """
        return _ratio(self.content_coarse_correct, self.content_words)

    @property
    def lemma_recall(self) -> float:
        """Share of words whose gold lemma is among their readings: the ceiling of choice."""
        return _ratio(self.lemma_in_candidates, self.words)


def comparable_lemma(lemma: str) -> str:
    """The form two lemmas are compared in: normalized key, without a leading ال.

    Args:
        lemma: a lemma, vocalized or not.

    Returns:
        ``normalize_key(lemma)`` with a leading ``ال`` removed when two letters or more remain.
    """
    key = normalize_key(lemma.replace("`", ""))
    if key.startswith(_DEFINITE) and len(key) >= len(_DEFINITE) + 2:
        key = key[len(_DEFINITE) :]
    return key


def core_tokens(tokens: tuple[GoldToken, ...]) -> tuple[GoldToken, ...]:
    """The tokens of a written word without its proclitics and suffixed pronouns.

    Usually one token; two where the treebank splits a word the lexicon keeps whole
    (عندما = عند + ما).
    """
    first, last = 0, len(tokens)
    while (
        last - first > 1
        and tokens[last - 1].upos == "PRON"
        and tokens[last - 1].form in _SUFFIX_PRONOUNS
    ):
        last -= 1
    while (
        last - first > 1 and len(tokens[first].form) == 1 and tokens[first].upos in _PROCLITIC_UPOS
    ):
        first += 1
    return tokens[first:last]


def evaluate(
    sentences: Iterable[GoldSentence],
    *,
    strategies: Iterable[Strategy] = ("context",),
    analyze: Callable[[str, Strategy], AnalyzedDocument] | None = None,
    readings: Callable[[str], tuple[Analysis, ...]] | None = None,
) -> dict[Strategy, Scores]:
    """Score each strategy of choosing readings against the gold sentences.

    Args:
        sentences: gold sentences, e.g. from :func:`read_conllu`.
        strategies: ``"context"`` (our disambiguation) and/or ``"first"`` (lexicon order).
        analyze: text and strategy to analysed document; :func:`analyze_text` by default.
        readings: written word to all its readings, to measure whether the gold lemma was
            reachable; the default analyser's ``analyze`` by default.

    Returns:
        The scores of each strategy.
    """
    analyze = analyze or (lambda text, strategy: analyze_text(text, strategy=strategy))
    if readings is None:
        from exercises.arabic.morphology.analyzer import default_analyzer

        readings = default_analyzer().analyze
    texts = list(documents(sentences))
    results: dict[Strategy, Scores] = {}
    for strategy in strategies:
        scores = Scores()
        for text, placed in texts:
            analysed = analyze(text, strategy)
            for result in score_document(analysed, placed, readings, scores):
                scores.add(result)
        results[strategy] = scores
    return results


def score_document(
    analysed: AnalyzedDocument,
    gold: list[GoldToken],
    readings: Callable[[str], tuple[Analysis, ...]],
    scores: Scores,
) -> Iterator[WordResult]:
    """Align our word tokens with gold tokens (offsets into the same text) and compare.

    Args:
        analysed: our analysis of the text.
        gold: gold tokens with offsets into ``analysed.text``, in order.
        readings: written word to all its readings.
        scores: where unaligned words are counted.

    Returns:
        One result per aligned word.
    """
    words = [
        item for item in analysed.tokens if item.token.kind == "word" and item.analysis is not None
    ]
    for index, core in align_words([item.token for item in words], gold, scores):
        item = words[index]
        ours = item.analysis
        assert ours is not None
        lemma_ok = lemma_matches(ours, core)
        gold_main = core[0]
        yield WordResult(
            form=item.token.text,
            gold_lemma=gold_main.lemma,
            gold_upos=gold_main.upos,
            lemma=ours.lemma_vocalized,
            upos=ours.pos,
            lemma_ok=lemma_ok,
            candidates_have_lemma=lemma_ok
            or any(lemma_matches(reading, core) for reading in readings(item.token.text)),
        )


def align_words(
    words: Sequence[Token], gold: Sequence[GoldToken], scores: Scores
) -> Iterator[tuple[int, tuple[GoldToken, ...]]]:
    """Our word tokens that gold tokens cover exactly, with their core gold tokens.

    Args:
        words: our word tokens, in order, with offsets into the same text as ``gold``.
        gold: gold tokens, in order.
        scores: where words that cannot be aligned are counted.

    Returns:
        For each aligned word, its index in ``words`` and :func:`core_tokens` of its tokens.
    """
    gold = [token for token in gold if token.upos not in _NOT_WORDS]
    cursor = 0
    for index, token in enumerate(words):
        while cursor < len(gold) and gold[cursor].end <= token.start:
            cursor += 1
        overlapping = []
        position = cursor
        while position < len(gold) and gold[position].start < token.end:
            overlapping.append(gold[position])
            position += 1
        if (
            not overlapping
            or overlapping[0].start != token.start
            or overlapping[-1].end != token.end
        ):
            scores.unaligned += 1
            continue
        yield index, core_tokens(tuple(overlapping))


def lemma_matches(analysis: Analysis, core: tuple[GoldToken, ...]) -> bool:
    """Whether our reading's lemma is the gold one, under the conventions in the module doc.

    Args:
        analysis: our reading of the word.
        core: the word's gold tokens without clitics, as :func:`core_tokens` returns them.

    Returns:
        True when the lemmas agree.
    """
    ours = comparable_lemma(analysis.lemma_vocalized)
    main = core[0]
    if ours == comparable_lemma(main.lemma):
        return True
    if main.upos == "PRON" and main.lemma == _GOLD_PERSONAL_PRONOUN:
        return analysis.tag.split("/")[-1].startswith("PRON_")
    return len(core) > 1 and ours == comparable_lemma("".join(t.form for t in core))


def _coarse(upos: str) -> str:
    return "NOUN" if upos == "PROPN" else upos


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def documents(sentences: Iterable[GoldSentence]) -> Iterator[tuple[str, list[GoldToken]]]:
    """Consecutive sentences of one document, joined by line breaks, with shifted offsets."""
    text_parts: list[str] = []
    tokens: list[GoldToken] = []
    offset, doc_id = 0, None
    for sentence in sentences:
        if doc_id is not None and sentence.doc_id != doc_id and text_parts:
            yield "\n".join(text_parts), tokens
            text_parts, tokens, offset = [], [], 0
        doc_id = sentence.doc_id
        text_parts.append(sentence.text)
        tokens.extend(
            GoldToken(t.form, t.lemma, t.upos, t.start + offset, t.end + offset)
            for t in sentence.tokens
        )
        offset += len(sentence.text) + 1
    if text_parts:
        yield "\n".join(text_parts), tokens
