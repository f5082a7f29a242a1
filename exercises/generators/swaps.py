"""One entity of a statement swapped for another of the article's of the same kind (true/false).

- ``speaker_swap``: «بحسب يوسف الإدريسي، فإن ...» -> «بحسب سلمى أوبلا، فإن ...»: another source
  of the article (who another sentence attributes a claim to, or a person named in full) that
  is not in the sentence's paragraph, both sources telling one voice from another (a name or a
  body: not «المسؤول الأردني», who may be the minister named elsewhere) and sharing no word
  (وزير الصحة is not swapped for وزارة الصحة);
- ``PlaceSwaps``: a one-word name (PROPN, no person's) for another one-word name of the article
  that follows the same word (في عمان -> في دمشق، محافظة البصرة -> محافظة نينوى), so both are
  names of one kind; never a name the sentence's paragraph already holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.edits import Edit
from exercises.generators.months import is_month_word
from exercises.generators.people.mentions import name_key
from exercises.generators.people.offices import office_words
from exercises.generators.who_said import full_names

ATTRIBUTION = "بحسب "
_WEEKDAYS = word_list("calendar", "weekdays")
# Heads of bodies (وزارة، هيئة، الشركة ...): a source naming one names who speaks.
_BODIES = (
    word_list("organisations")
    | word_list("institution_heads")
    | word_list("organisation_heads", "heads")
)
# A participle that goes on with the speaker's words (، مضيفا ...، مشددة ...): it agrees with
# the speaker in gender, so another speaker would not fit it. Any word of م...ا/ة after a comma
# counts: a noun taken for one only costs a false statement.
_TAIL = re.compile(r"،\s*(?:و)?م\w{2,}[اة](?=\s|$)")


def speaker(edit: Edit) -> str:
    """Who an attribution edit names («بحسب وزارة الصحة، فإن» -> وزارة الصحة), else ""."""
    if not edit.replacement.startswith(ATTRIBUTION) or "،" not in edit.replacement:
        return ""
    return edit.replacement[len(ATTRIBUTION) : edit.replacement.index("،")]


def speaker_swap(
    article: ArticleContext,
    sentence_index: int,
    edit: Edit,
    speakers: Sequence[str] = (),
    statement: str = "",
) -> tuple[Edit, str]:
    """The attribution edit with another source of the article (a speaker of another of its
    attributions, or a person it names in full), and the label it replaced. ``statement``: the
    words the item shows (the sentence when not given)."""
    label = speaker(edit)
    if not label or _TAIL.search(statement or article.document.sentence_text(sentence_index)):
        return edit, ""  # «، مشددة على ...» agrees with the real speaker and would give it away
    sentence = paragraph_key(article, sentence_index)
    persons = article.people.persons
    names = _name_keys(article)
    if not _identifies(label, names):
        return edit, ""  # «المسؤول الأردني» may be the minister the article names elsewhere
    named = {persons[index].label: index for index in sorted(full_names(article))}
    body = _content_words(label)
    for other in dict.fromkeys([*speakers, *named]):
        if normalize_key(other) in sentence or any(
            normalize_key(word) in sentence for word in other.split()
        ):
            continue
        if not _identifies(other, names) or _content_words(other) & body:
            continue  # وزير الصحة for وزارة الصحة, العمري for نبيل العمري: the same voice
        if other in named and office_words(article, [named[other]]) & body:
            continue  # وزارة النقل for its spokesman «المتحدث باسم وزارة النقل فلان»
        if label in named and office_words(article, [named[label]]) & _content_words(other):
            continue  # and the spokesman for his ministry
        replacement = edit.replacement.replace(label, other, 1)
        return Edit(edit.start, edit.end, replacement), label
    return edit, ""


def paragraph_key(article: ArticleContext, sentence_index: int) -> str:
    """The normalized paragraph of the sentence: a name it holds is tied to the fact (في جرش ...
    وتقام عروض في عمان أيضا: the festival is in both), never what a false statement swaps in."""
    document = article.document
    return normalize_key(document.paragraph_text(document.sentences[sentence_index].paragraph))


def _name_keys(article: ArticleContext) -> frozenset[str]:
    return frozenset(key for person in article.people.persons for key in person.keys)


def _identifies(label: str, names: frozenset[str]) -> bool:
    """A source a reader can tell from every other of the article: one with a person's name in
    it (وزير الصحة نبيل العمري، الحارثي) or a body (وزارة الصحة، الهيئة). A description alone
    (المسؤول الأردني، الطبيبة، المتحدث) may be any of the article's people."""
    words = label.split()
    if any(name_key(word) in names for word in words):
        return True
    head = normalize_key(words[0]).removeprefix("ال") if words else ""
    return head in _BODIES


def _content_words(label: str) -> set[str]:
    """The words of a source without ال (وزير الصحة and وزارة الصحة share الصحة): two sources
    sharing one may be one voice."""
    found = set()
    for word in label.split():
        key = normalize_key(word).removeprefix("ال")
        if len(key) >= 3:
            found.add(key)
    return found


class PlaceSwaps:
    """The article's one-word names by the word before them, indexed once."""

    def __init__(self, article: ArticleContext) -> None:
        self.article = article
        self.by_sentence: dict[int, list[tuple[AnalyzedToken, str]]] = {}
        self.by_left: dict[str, list[str]] = {}
        for index in article.prose_sentences:
            for item in article.sentence_tokens(index):
                left = self._left(item)
                if left is None:
                    continue
                self.by_sentence.setdefault(index, []).append((item, left))
                names = self.by_left.setdefault(left, [])
                if all(normalize_key(name) != normalize_key(item.token.text) for name in names):
                    names.append(item.token.text)

    def _left(self, item: AnalyzedToken) -> str | None:
        """The word before a one-word name, or None when the token is no such name."""
        article = self.article
        analysis = item.analysis
        position = item.token.index
        if (
            item.token.kind != "word"
            or analysis is None
            or analysis.pos != "PROPN"
            or analysis.prefixes not in ((), ("Al/DET",))
            or analysis.suffixes
            or position in article.people.name_tokens
            or is_month_word(item.token.text)  # شهر مايو: a date, told apart by matching
            or normalize_key(item.token.text) in _WEEKDAYS
            or position == 0
            or position + 1 >= len(article.tokens)
        ):
            return None
        before, after = article.tokens[position - 1], article.tokens[position + 1]
        if before.token.sentence != item.token.sentence or before.token.kind != "word":
            return None
        for neighbour in (before, after):
            if neighbour.analysis is not None and neighbour.analysis.pos in ("PROPN", "ADJ"):
                return None  # part of a longer name (نهضة بركان، البحر الأحمر)
        return normalize_key(before.token.text)

    def swap(self, sentence_index: int) -> Edit | None:
        sentence = paragraph_key(self.article, sentence_index)
        for item, left in self.by_sentence.get(sentence_index, ()):
            for name in self.by_left.get(left, ()):
                if normalize_key(name) in sentence:
                    continue
                return Edit(item.token.start, item.token.end, name)
        return None
