"""Reference: «علامَ يعود الضمير في «مدته»؟» - what an attached pronoun (ـه، ـها، ـهم) stands for.

The answer is a noun phrase (``noun_phrases``) before the pronoun whose gender and number agree
with it, made only when the antecedent is certain:
- in a relative clause (الفيلم، الذي تبلغ مدته): the phrase before the relative, when the relative
  agrees and is not itself the verb's subject (الملك، الذي أعلن عنه: the pronoun is something
  else) and no noun before a preposition could take the relative instead (قرار ... بشأن الفائدة، الذي);
- else the one phrase of the sentence before the pronoun that agrees (or, with none there, of the
  sentence before), when no name or broken plural could agree as well, when it is not after a
  preposition, when a verb comes before the pronoun (in a phrase put first, وفي معرض رده، the
  pronoun may stand for the subject after it), and when no verb between them has a hidden
  subject that agrees (يتحدث عن بداياته: his beginnings), and when no verb before the phrase has
  another subject that may agree (وصرح بنعلي بأنه أهدى الفوز إلى والده: بنعلي's father).
Pronouns after أن/إن (أنه: often the pronoun of the matter) or in a quotation are left alone.
Wrong options are other phrases of the article that agree, the nearest first, none sharing a word
with the answer or with each other; with a person as the answer, no other name or title (المهاجم
may be the same person).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from itertools import chain

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.article_context import ArticleContext
from exercises.generators.common import choice_item, spread
from exercises.generators.items import Item
from exercises.generators.noun_phrases import (
    PREPOSITIONS,
    Phrase,
    completes,
    in_quotation,
    names_a_thing,
    noun_phrases,
)
from exercises.generators.people.cues import is_title
from exercises.generators.scripture import quotes_scripture
from exercises.generators.written import clean_statement, dictionary_shape

PROMPT = "علامَ يعود الضمير في «{word}» في الجملة: {sentence}"
_MAX_ITEMS = 3
_IN_VIEW = 2  # wrong options from the sentence shown; the others agree, from nearby
# The pronoun's person, gender and number in the analysis's suffix tags -> the phrases it takes.
_PRONOUNS = {"3MS": frozenset({"ms"}), "3FS": frozenset({"fs", "things"}), "3MP": frozenset({"mp"})}
_RELATIVE_KINDS = {
    normalize_key("الذي"): frozenset({"ms"}),
    normalize_key("التي"): frozenset({"fs", "things"}),
    normalize_key("الذين"): frozenset({"mp"}),
}
_RELATIVES = frozenset(
    normalize_key(word) for word in ("الذي", "التي", "الذين", "اللذين", "اللتين")
)
_THIRD_PERSON = re.compile(r"3[MF][SDP]")
_NO_HOSTS = frozenset(normalize_key(word) for word in ("أن", "إن", "لأن", "كأن", "لكن", "بأن"))


def reference_items(article: ArticleContext, seed: int) -> list[Item]:
    phrases = noun_phrases(article)
    by_sentence: dict[int, list[Phrase]] = {}
    for phrase in phrases:
        by_sentence.setdefault(article.tokens[phrase.head].token.sentence, []).append(phrase)
    candidates = []
    nearest = _Nearest(phrases)
    for sentence in article.prose_sentences:
        if quotes_scripture(article.document.sentence_text(sentence)):
            continue  # قوله تعالى: the pronoun is God's, named by no phrase of the sentence
        found = _in_sentence(article, sentence, by_sentence, nearest, seed)
        if found is not None:
            candidates.append(found)
    return [candidates[i] for i in spread(list(range(len(candidates))), _MAX_ITEMS)]


def _in_sentence(
    article: ArticleContext,
    sentence: int,
    by_sentence: dict[int, list[Phrase]],
    nearest: _Nearest,
    seed: int,
) -> Item | None:
    """The first pronoun of the sentence whose antecedent is certain, as an item."""
    start, end = article.statement(sentence)
    for host in article.sentence_tokens(sentence):
        takes = _pronoun_kinds(host, article.text, start)
        if takes is None or host.token.start < start:
            continue
        before = [p for p in by_sentence.get(sentence, []) if p.head < host.token.index]
        shown_from = start
        antecedent = _relative_antecedent(article, host, before, takes)
        if antecedent is None:
            antecedent = _only_agreeing(before, takes)
            if antecedent is None and not _agreeing_or_unknown(before, takes):
                previous = sentence - 1
                if previous in article.prose_set:
                    antecedent = _only_agreeing(by_sentence.get(previous, []), takes)
                    shown_from = article.statement(previous)[0]
            if antecedent is None or antecedent.oblique or _completed_by(antecedent, host):
                continue
            if (
                not _after_a_verb(article, sentence, start, host)
                or _implicit_subject(article, antecedent.head, host, takes)
                or _other_subject(article, start, antecedent.head, takes)
            ):
                continue
        word = dictionary_shape(host)
        key = f"comprehension:reference:{host.token.index}"
        in_view = (sentence,) if shown_from == start else (sentence - 1, sentence)
        seen = _words(antecedent.text)  # words of the options so far: no two options share one
        shown = clean_statement(article.text[shown_from:end])
        return choice_item(
            key=key,
            kind="comprehension",
            subtype="reference",
            prompt=PROMPT.format(word=word, sentence=shown),
            instruction="What does the pronoun in this word refer to?",
            answer=antecedent.text,
            distractors=chain(
                _in_view(article, by_sentence, in_view, antecedent, takes, seen),
                _distractors(article, nearest.around(host.token.index), antecedent, takes, seen),
            ),
            seed=seed,
            support=tuple(
                article.span(index)
                for index in sorted({article.tokens[antecedent.head].token.sentence, sentence})
            ),
            difficulty=0.55,
            extra={"word": word, "pronoun": host.analysis.suffix_text if host.analysis else ""},
        )
    return None


def _relative_antecedent(
    article: ArticleContext, host: AnalyzedToken, before: list[Phrase], takes: frozenset[str]
) -> Phrase | None:
    """In a relative clause (الدراسة، التي نشرت نتائجها): the phrase the relative pronoun
    follows, when one noun of it agrees with both the pronoun and the relative."""
    tokens = article.tokens
    sentence_start = article.document.sentences[host.token.sentence].first_token
    position = host.token.index - 1
    while position > sentence_start and tokens[position].token.kind == "word":
        relative = _RELATIVE_KINDS.get(normalize_key(tokens[position].token.text))
        if relative is not None:
            if not relative & takes:
                return None
            break
        position -= 1
    else:
        return None
    verb = tokens[position + 1]
    if (
        verb.analysis is not None
        and verb.analysis.pos == "VERB"
        and position + 2 < host.token.index + 1
    ):
        following = tokens[position + 2].analysis
        if (
            position + 2 == host.token.index
            or following is None
            or following.pos
            not in (
                "NOUN",
                "PROPN",
            )
        ):
            return None  # الذي أعلن عنه: the relative is the verb's subject, the pronoun is not it
    last = position - 1 - (tokens[position - 1].token.text == "،")
    first = last
    while first > sentence_start and completes(tokens[first], tokens[first - 1]):
        first -= 1
    chain = [phrase for phrase in before if first <= phrase.head <= last]
    if _after_a_noun(tokens, first, sentence_start):
        return None  # قرار المجلس بشأن الفائدة، الذي: the relative may go with either noun
    if any(phrase.kind in _unknown(takes) for phrase in chain):
        return None
    agreeing = [phrase for phrase in chain if phrase.kind in takes]
    return agreeing[0] if len(agreeing) == 1 else None


def _completed_by(phrase: Phrase, host: AnalyzedToken) -> bool:
    """خيبة أملها: the noun the pronoun's word completes is not what the pronoun stands for."""
    analysis = host.analysis
    return phrase.head == host.token.index - 1 and analysis is not None and analysis.pos == "NOUN"


def _after_a_noun(tokens, first: int, sentence_start: int) -> bool:
    """The phrase is governed by a preposition (بشأن، عبر القطب) right after a noun or an
    adjective: a relative clause after it may describe the noun before."""
    head = tokens[first].analysis
    if head is not None and any(tag.endswith("/PREP") for tag in head.prefixes):
        before = first - 1
    elif first > sentence_start and normalize_key(tokens[first - 1].token.text) in PREPOSITIONS:
        before = first - 2
    else:
        return False
    if before < sentence_start:
        return False
    previous = tokens[before].analysis
    return previous is not None and previous.pos in ("NOUN", "ADJ", "PROPN")


def _after_a_verb(article: ArticleContext, sentence: int, start: int, host: AnalyzedToken) -> bool:
    """A verb comes before the pronoun: in a phrase put before the verb (وفي معرض رده، شدد رئيس
    الحكومة) the pronoun may stand for the subject that follows."""
    return any(
        item.analysis is not None and item.analysis.pos == "VERB" and item.token.start >= start
        for item in article.sentence_tokens(sentence)
        if item.token.index < host.token.index
    )


def _implicit_subject(
    article: ArticleContext, antecedent: int, host: AnalyzedToken, takes: frozenset[str]
) -> bool:
    """A verb between the phrase and the pronoun, with no subject written after it and not in
    a relative clause, whose own hidden subject agrees: the pronoun may stand for that subject
    (في هذا الحوار، يتحدث عن بداياته: his beginnings, not the interview's)."""
    person = {"ms": "3MS", "fs": "3FS", "mp": "3MP"}
    wanted = {person[kind] for kind in takes if kind in person}
    tokens = article.tokens
    for index in range(antecedent + 1, host.token.index):
        analysis = tokens[index].analysis
        if analysis is None or analysis.pos != "VERB":
            continue
        tags = " ".join((*analysis.prefixes, *analysis.suffixes))
        if not any(mark in tags for mark in wanted):
            continue
        before = normalize_key(tokens[index - 1].token.text)
        following = tokens[index + 1].analysis if index + 1 < len(tokens) else None
        subject = following is not None and following.pos in ("NOUN", "PROPN")
        if before not in _RELATIVES and not subject:
            return True
    return False


def _other_subject(
    article: ArticleContext, start: int, antecedent: int, takes: frozenset[str]
) -> bool:
    """A verb before the phrase whose subject is not the phrase and may agree with the pronoun:
    the pronoun may stand for that subject (وصرح بنعلي بأنه أهدى الفوز إلى والده: his father,
    not the win's; اختير بنعلي أفضل لاعب ... من عمره: بنعلي's age). A verb whose person marks
    say it cannot agree (يقولون for ـها) does not count."""
    wanted = _persons(takes)
    tokens = article.tokens
    first = article.document.sentences[tokens[antecedent].token.sentence].first_token
    for index in range(first, antecedent):
        item = tokens[index]
        analysis = item.analysis
        if analysis is None or analysis.pos != "VERB" or item.token.start < start:
            continue
        marks = _THIRD_PERSON.findall(" ".join((*analysis.prefixes, *analysis.suffixes)))
        if marks and not set(marks) & wanted:
            continue  # يقولون before ـها: its subject cannot be what the pronoun stands for
        following = index + 1
        if following == antecedent:
            continue  # أعلنت الحكومة ... توصلها: the subject is the phrase itself
        return True
    return False


def _persons(takes: frozenset[str]) -> set[str]:
    person = {"ms": "3MS", "fs": "3FS", "mp": "3MP"}
    return {person[kind] for kind in takes if kind in person}


def _pronoun_kinds(host: AnalyzedToken, text: str, start: int) -> frozenset[str] | None:
    """The phrase kinds an attached third-person pronoun of the word can stand for."""
    analysis = host.analysis
    if analysis is None or host.token.kind != "word" or analysis.pos in ("SCONJ", "PART"):
        return None
    if normalize_key(host.token.text[: -len(analysis.suffix_text) or None]) in _NO_HOSTS:
        return None
    tags = [tag for tag in analysis.suffixes if "PRON_3" in tag or "_DO:3" in tag]
    if len(tags) != 1:
        return None
    person = tags[0].rsplit("3", 1)[-1]
    takes = _PRONOUNS.get("3" + person)
    if takes is None or in_quotation(text, start, host.token.start):
        return None
    return takes


def _only_agreeing(phrases: list[Phrase], takes: frozenset[str]) -> Phrase | None:
    """The one phrase that agrees when none other agrees and no phrase of unknown gender or
    number could (a name; a broken plural for ـها or ـهم)."""
    if any(phrase.kind in _unknown(takes) for phrase in phrases):
        return None
    agreeing = {phrase.lemma: phrase for phrase in phrases if phrase.kind in takes}
    return next(iter(agreeing.values())) if len(agreeing) == 1 else None


def _agreeing_or_unknown(phrases: list[Phrase], takes: frozenset[str]) -> bool:
    return any(phrase.kind in takes | _unknown(takes) for phrase in phrases)


def _unknown(takes: frozenset[str]) -> frozenset[str]:
    if "mp" in takes:
        return frozenset({"plural"})
    return frozenset({"", "plural"}) if "things" in takes else frozenset({""})


class _Nearest:
    """The article's phrases ordered by their head, to read them nearest first around a token."""

    def __init__(self, phrases: list[Phrase]) -> None:
        self.ordered = sorted(
            ((phrase.head, index, phrase) for index, phrase in enumerate(phrases)),
            key=lambda entry: (entry[0], entry[1]),
        )
        self.heads = [head for head, _, _ in self.ordered]

    def around(self, near: int) -> Iterator[Phrase]:
        """Phrases by the distance of their head from ``near``, ties in article order (what a
        stable sort of all phrases by distance gives), read lazily: the options of an item
        need the first few only, so each item costs the same in a long article."""
        split = bisect.bisect_left(self.heads, near)
        merged = heapq.merge(self._left(split, near), self._right(split, near))
        return (phrase for _, _, phrase in merged)

    def _left(self, split: int, near: int) -> Iterator[tuple[int, int, Phrase]]:
        position = split - 1
        while position >= 0:  # one head at a time, its phrases in article order
            head = self.heads[position]
            first = bisect.bisect_left(self.heads, head, 0, position)
            for index in range(first, position + 1):
                _, order, phrase = self.ordered[index]
                yield near - head, order, phrase
            position = first - 1

    def _right(self, split: int, near: int) -> Iterator[tuple[int, int, Phrase]]:
        for index in range(split, len(self.ordered)):
            head, order, phrase = self.ordered[index]
            yield head - near, order, phrase


def _distractors(
    article: ArticleContext,
    nearest: Iterator[Phrase],
    answer: Phrase,
    takes: frozenset[str],
    seen: set[str],
) -> Iterator[str]:
    """Agreeing phrases nearest the pronoun first, lazily (``choice_item`` takes a few); no
    other person for a person (المهاجم beside the player's name: the same person)."""
    person = _a_person(article, answer)
    for phrase in nearest:
        if (
            phrase.kind not in takes
            or phrase.lemma == answer.lemma
            or phrase.text == answer.text
            or not names_a_thing(article, phrase)
            or (person and _a_person(article, phrase))
        ):
            continue
        words = _words(phrase.text)
        if words & seen:
            continue  # الإيداع beside عائد الإيداع: two options that are one
        seen.update(words)
        yield phrase.text


def _in_view(
    article: ArticleContext,
    by_sentence: dict[int, list[Phrase]],
    shown: tuple[int, ...],
    answer: Phrase,
    takes: frozenset[str],
    seen: set[str],
) -> Iterator[str]:
    """Up to two phrases of the sentences shown that do not agree with the pronoun (البلد for
    ـها): wrong by gender or number, and in view like the answer, which is then not the one
    option the sentence shows."""
    found = 0
    for phrase in (phrase for sentence in shown for phrase in by_sentence.get(sentence, [])):
        if found == _IN_VIEW:
            return
        if phrase.kind in takes or phrase.kind in _unknown(takes):
            continue
        if not names_a_thing(article, phrase) or _words(phrase.text) & seen:
            continue
        seen.update(_words(phrase.text))
        found += 1
        yield phrase.text


def _a_person(article: ArticleContext, phrase: Phrase) -> bool:
    """A name or a title (the minister, the striker): it may be the person another option is."""
    return (
        phrase.kind == ""
        or phrase.head in article.people.name_tokens
        or is_title(article.tokens[phrase.head])
    )


def _words(text: str) -> set[str]:
    return {normalize_key(word).removeprefix("ال") for word in text.split()}
