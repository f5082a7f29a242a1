"""ArticleContext: one analysed article with the lookups several generators need.

Not the database model ``exercises.models.Article``: this is plain Python built from the
analysis of an article's text (``AnalyzedDocument``) and its vocabulary, and computes each
lookup (headings, people, content words ...) once, when first asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from exercises.arabic.analysis_types import (
    CONTENT_POS,
    Analysis,
    AnalyzedDocument,
    AnalyzedToken,
    Span,
    VocabularyEntry,
)
from exercises.arabic.frequency import zipf
from exercises.arabic.morphology.analyzer import Analyzer, default_analyzer
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.vocabulary import Vocabulary
from exercises.generators.common import heading_sentences, sentence_span
from exercises.generators.people import People, find_people
from exercises.generators.written import is_prose, statement_start

_LIST_ITEM = re.compile(r"\s*(?:[-•*–—]|[0-9٠-٩]+\s*[.)\-])")
_FULL_STOPS = frozenset(".!؟?؛")
_CLOSERS = "\"'”’»)]"
T = TypeVar("T")


class ArticleContext:
    """The article a request generates from; ``registry.generate`` builds one and passes it
    to every kind, so the kinds share its lookups. Nothing is kept between requests."""

    def __init__(
        self,
        analysed: AnalyzedDocument,
        vocabulary: Vocabulary,
        analyzer: Analyzer | None = None,
        label: str = "",
        other_titles: tuple[str, ...] = (),
    ) -> None:
        self.analysed = analysed
        self.vocabulary = vocabulary
        self.analyzer = analyzer or default_analyzer()
        self.document = analysed.document
        self.text = analysed.document.text
        self.tokens = analysed.tokens
        # How logs name the article (a failing generator): given by the caller, else its start.
        # Headlines of the teacher's other articles: wrong options of a «main idea» question.
        self.other_titles = other_titles
        self.label = label or f"the article «{' '.join(self.text[:60].split())}…»"
        # Set by ``registry.generate`` once the cloze items are made: their answers with a
        # neighbour each (``giveaways``), which the other kinds' items must not show.
        self.hidden: tuple[str, ...] = ()
        self.cloze_lemmas: frozenset[str] = frozenset()  # keys of their lemmas, set with them
        self.cloze_words: frozenset[str] = frozenset()  # and the answers (``bare_word``)
        # Set by ``registry.generate`` when another kind's item showed a cloze answer anyway
        # (a comprehension type with nothing else to ask): what those items show and the lemmas
        # they are about, which a cloze made again keeps its gaps away from.
        self.shown_elsewhere = ""
        self.lemmas_elsewhere: frozenset[str] = frozenset()
        self._lookups: dict[str, Any] = {}

    def lookup(self, name: str, make: Callable[[], T]) -> T:
        """A generator's own lookup over the whole article, made once (on the first ask) and
        shared by every call for this article: a scan per sentence or per item would make the
        work grow with the square of the article's length."""
        if name not in self._lookups:
            self._lookups[name] = make()
        return self._lookups[name]

    @cached_property
    def headings(self) -> frozenset[int]:
        """Indices of the sentences that are headings."""
        return heading_sentences(self.analysed)

    @cached_property
    def body_sentences(self) -> tuple[int, ...]:
        return tuple(
            sentence.index
            for sentence in self.document.sentences
            if sentence.index not in self.headings
        )

    @cached_property
    def prose_sentences(self) -> tuple[int, ...]:
        """Body sentences a question may state or quote: those of prose paragraphs only.

        Not a list item (- ...، 1. ...), not a line without a full stop (a dateline, a table row,
        a headline the segmenter did not take for one), not a lead-in ending with a colon, and
        not a piece of a sentence the splitter cut at an abbreviation (ق.م.).
        """
        text = self.text
        lines = {}
        for paragraph in self.document.paragraphs:
            if not paragraph.is_heading:
                line_start = text.rfind("\n", 0, paragraph.start) + 1
                lines[paragraph.index] = text[line_start : paragraph.end]
        stopped = {i for i, line in lines.items() if _ends_with_full_stop(line)}
        # an author who ends no paragraph with a full stop still writes prose
        wanted = stopped if len(stopped) * 2 >= len(lines) else set(lines)
        prose = {i for i in wanted if not _LIST_ITEM.match(lines[i])}
        return tuple(
            index
            for index in self.body_sentences
            if self.document.sentences[index].paragraph in prose
            and self._whole(index)
            and is_prose(self.document, index)
        )

    @cached_property
    def prose_set(self) -> frozenset[int]:
        """``prose_sentences`` as a set, to ask whether a sentence is one."""
        return frozenset(self.prose_sentences)

    def _whole(self, index: int) -> bool:
        tokens = self.sentence_tokens(index)
        words = [t.token.text for t in tokens if t.token.kind == "word"]
        text = self.document.sentence_text(index).rstrip().rstrip(_CLOSERS)
        opening = tokens[0].token if tokens else None
        if opening is None or not (opening.kind == "word" or opening.text in '«"“('):
            return False  # co/dhad-ai/...: the rest of a web address the splitter cut
        return (
            "://" not in text
            and "www." not in text
            and len(words) >= 3
            and len(words[0]) > 1
            and len(words[-1]) > 1
            and not text.endswith((":", "،"))
        )

    @cached_property
    def _first_sentences(self) -> dict[int, int]:
        first: dict[int, int] = {}
        for sentence in self.document.sentences:
            first.setdefault(sentence.paragraph, sentence.index)
        return first

    def first_sentence(self, paragraph: int) -> int:
        """Index of the first sentence of a paragraph (every paragraph has one)."""
        return self._first_sentences[paragraph]

    @cached_property
    def _entries(self) -> dict[tuple[str, str], VocabularyEntry]:
        return {
            (entry.lemma_vocalized, entry.pos): entry
            for entry in (*self.vocabulary.words, *self.vocabulary.names)
        }

    def entry(self, item: AnalyzedToken) -> VocabularyEntry | None:
        analysis = item.analysis
        if analysis is None:
            return None
        return self._entries.get((analysis.lemma_vocalized, analysis.pos))

    def sentence_tokens(self, index: int) -> tuple[AnalyzedToken, ...]:
        sentence = self.document.sentences[index]
        return self.tokens[sentence.first_token : sentence.last_token]

    def span(self, sentence_index: int) -> Span:
        return sentence_span(self.analysed, sentence_index)

    def statement(self, sentence_index: int) -> tuple[int, int]:
        """Character range of the sentence without its news dateline."""
        return self._statements[sentence_index]

    @cached_property
    def _statements(self) -> tuple[tuple[int, int], ...]:
        """Every sentence's range once: the generators ask for each many times."""
        return tuple(
            (statement_start(self.analysed, index), sentence.end)
            for index, sentence in enumerate(self.document.sentences)
        )

    def in_dateline(self, item: AnalyzedToken) -> bool:
        start, _ = self.statement(item.token.sentence)
        return item.token.start < start

    @cached_property
    def people(self) -> People:
        return find_people(self)

    @cached_property
    def lemma_keys(self) -> tuple[str, ...]:
        """Per token, the matching key of its lemma ("" for numbers and punctuation)."""
        return tuple(
            normalize_key(item.analysis.lemma) if item.analysis is not None else ""
            for item in self.tokens
        )

    @cached_property
    def content_words(self) -> tuple[tuple[AnalyzedToken, Analysis, float], ...]:
        """Content words of the lexicon that are not names, with the Zipf of word or lemma."""
        names = self.people.name_tokens
        return tuple(
            (item, item.analysis, max(item.zipf, zipf(item.analysis.lemma)))
            for item in self.tokens
            if item.analysis is not None
            and item.analysis.pos in CONTENT_POS
            and item.in_lexicon
            and not item.is_stopword
            and item.token.index not in names
        )

    @cached_property
    def neighbour_lemmas(self) -> tuple[tuple[str, str], ...]:
        """Per token, the word before it (function words too) and the content word after it.

        Written proclitics count as the word before: بالخطوة has ب before خطوة.
        """

        def lemma_at(position: int, sentence: int, *, content_only: bool) -> str:
            if not 0 <= position < len(self.tokens):
                return ""
            other = self.tokens[position]
            if other.analysis is None or other.token.sentence != sentence:
                return ""
            if content_only and other.is_stopword:
                return ""
            return normalize_key(other.analysis.lemma)

        neighbours = []
        for i, item in enumerate(self.tokens):
            sentence = item.token.sentence
            analysis = item.analysis
            if analysis is not None and analysis.prefixes[-1:] and "/PREP" in analysis.prefixes[-1]:
                left = analysis.prefixes[-1]
            elif (
                analysis is not None
                and analysis.prefixes[-2:-1]
                and "/PREP" in (analysis.prefixes[-2])
            ):
                left = analysis.prefixes[-2]
            else:
                left = lemma_at(i - 1, sentence, content_only=False)
            neighbours.append((left, lemma_at(i + 1, sentence, content_only=True)))
        return tuple(neighbours)


def _ends_with_full_stop(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _FULL_STOPS
