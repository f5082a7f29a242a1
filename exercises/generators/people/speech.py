"""Reported speech: who said what.

Reported speech is a speech verb, its subject and a complement (إن، أن، بأن، قائلًا، a
quotation); a participle after a comma adds a second claim of the same speaker (مضيفًا أن).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.arabic.wordlists import rows
from exercises.generators.people.cues import PARTICIPLES, SAYING, is_that, speech_verb
from exercises.generators.people.mentions import (
    Mention,
    Person,
    can_start_name,
    known_name,
    name_evidence,
    name_key,
    name_tokens,
    same_name,
)

if TYPE_CHECKING:
    from exercises.generators.article_context import ArticleContext

_OPEN_QUOTES = frozenset("\"“«'")
# verb -> the preposition its content starts with (أشار إلى أن), or "" when it starts right away
_GOVERNED: Mapping[str, str] = MappingProxyType(
    {
        normalize_key(verb): normalize_key(governed[0]) if governed else ""
        for verb, *governed in rows("speech_prepositions")
    }
)
_MAX_SUBJECT = 18  # وقال نديم القصار، رئيس قسم الأبحاث في إحدى شركات الوساطة بدبي، إن ...


@dataclass(frozen=True, slots=True)
class Speech:
    sentence: int
    verb: str  # third person masculine perfect, for «مَن قال ...؟»
    content_start: int  # character offsets of what was said, complement included
    content_end: int
    person: int
    sentences: tuple[int, ...]  # the sentences that hold the evidence (speaker and content)


def complement_end(article: ArticleContext, sentence_index: int) -> int:
    """Where the last speech verb of the sentence has reached its complement (0 if none).

    A statement cut before that point would leave «قال ...» without what was said.
    """
    sentence = article.document.sentences[sentence_index]
    end = 0
    for position in range(sentence.first_token, sentence.last_token):
        item = article.tokens[position]
        verb = speech_verb(item)
        if not verb:
            continue
        found = _complement(article, position, sentence.last_token, verb)
        last = found if found is not None else sentence.last_token - 1
        end = max(end, article.tokens[last].token.end)
    return end


def find_speeches(
    article: ArticleContext,
    persons: list[Person],
    mentions: list[Mention],
    singles: frozenset[str],
) -> tuple[list[Speech], list[Mention]]:
    speeches: list[Speech] = []
    extra: list[Mention] = []
    tokens = article.tokens
    by_token = {m.start_token: m for m in mentions}
    for sentence_index in article.body_sentences:
        sentence = article.document.sentences[sentence_index]
        position = sentence.first_token
        while position < sentence.last_token:
            item = tokens[position]
            verb = speech_verb(item)
            if not verb:
                position += 1
                continue
            found = _complement(article, position, sentence.last_token, verb)
            if found is None:
                position += 1
                continue
            content_token = found
            speaker, mention = _speaker(
                article, persons, by_token, singles, position + 1, content_token
            )
            evidence = (sentence_index,)
            if speaker is None and content_token - position <= 2:
                speaker, evidence = _earlier_subject(
                    mentions, speeches, sentence.first_token, position, sentence_index
                )
            if mention is not None:
                extra.append(mention)
            if speaker is not None:
                speeches.extend(
                    _claims(article, sentence_index, verb, content_token, speaker, evidence)
                )
            position = content_token + 1
    return _unique_speeches(speeches), extra


def _earlier_subject(
    mentions: list[Mention],
    speeches: list[Speech],
    sentence_start: int,
    verb: int,
    sentence_index: int,
) -> tuple[int | None, tuple[int, ...]]:
    """The speaker of a verb with no subject of its own (وقال إن ...): the one person this
    sentence names before it (أبدى المدرب خالد حمدان أسفه، وقال), or with no one named there the
    speaker of the sentence before; two persons named there leave it open."""
    named = {m.person for m in mentions if sentence_start <= m.start_token < verb}
    named.discard(-1)
    if len(named) == 1:
        return named.pop(), (sentence_index,)
    if named or not speeches:
        return None, (sentence_index,)
    previous = speeches[-1]
    if sentence_index - previous.sentence > 1:
        return None, (sentence_index,)
    return previous.person, (previous.sentence, sentence_index)


def _complement(article: ArticleContext, verb_index: int, end: int, verb: str) -> int | None:
    """The token where what was said begins, or None when this is no reported speech."""
    tokens = article.tokens
    governed = _GOVERNED.get(normalize_key(verb))
    for position in range(verb_index + 1, min(end, verb_index + 1 + _MAX_SUBJECT)):
        item = tokens[position]
        text = item.token.text
        key = normalize_key(text)
        if item.token.kind == "punct":
            if text in _OPEN_QUOTES or text == ":":
                return position
            continue
        if is_that(key) or key in SAYING:
            return position
        if governed and key == governed and position > verb_index + 1:
            return position
        if speech_verb(item) or key in PARTICIPLES:
            return None
    return None


def _speaker(
    article: ArticleContext,
    persons: list[Person],
    by_token: dict[int, Mention],
    singles: frozenset[str],
    start: int,
    end: int,
) -> tuple[int | None, Mention | None]:
    """The person named between the verb and the complement, if any."""
    for position in range(start, end):
        mention = by_token.get(position)
        if mention is not None and mention.person >= 0:
            return mention.person, None
    if start >= end:
        return None, None
    position = start
    if not can_start_name(article, position, singles) and not known_name(
        article, persons, position
    ):
        return None, None
    names = name_tokens(article, position, end, singles)
    keys = tuple(name_key(article.tokens[i].token.text) for i in names)
    matches = [p.index for p in persons if same_name(keys, p.keys[-1:]) or same_name(keys, p.keys)]
    matches = sorted(set(matches))
    if len(matches) == 1:
        person = matches[0]
    elif not matches and all(name_evidence(article, i, singles) for i in names):
        person = len(persons)
        label = " ".join(strip_tashkeel(article.tokens[i].token.text) for i in names)
        persons.append(Person(person, label, keys))
    else:
        return None, None
    sentence = article.tokens[start].token.sentence
    return person, Mention(sentence, start, names, "", False, person)


def _claims(
    article: ArticleContext,
    sentence_index: int,
    verb: str,
    content_token: int,
    speaker: int,
    evidence: tuple[int, ...],
) -> list[Speech]:
    """The claim after the verb, and one more for each participle (، مضيفًا أن ...)."""
    tokens = article.tokens
    sentence = article.document.sentences[sentence_index]
    claims = []
    start_token, base = content_token, verb
    position = content_token + 1
    while position <= sentence.last_token:
        at_end = position == sentence.last_token
        item = None if at_end else tokens[position]
        participle = (
            item is not None
            and item.token.kind == "word"
            and normalize_key(item.token.text) in PARTICIPLES
            and tokens[position - 1].token.text in ("،", ",")
        )
        if at_end or participle:
            last = position - 2 if participle else position - 1
            content_end = _trim_end(article, start_token, last)
            if content_end is not None:
                claims.append(
                    Speech(
                        sentence=sentence_index,
                        verb=base,
                        content_start=tokens[start_token].token.start,
                        content_end=content_end,
                        person=speaker,
                        sentences=evidence,
                    )
                )
            if at_end:
                break
            assert item is not None
            base = PARTICIPLES[normalize_key(item.token.text)]
            if base == "دعا":
                found = position + 1  # داعيًا الحكومة إلى ...: the content starts at once
            else:
                found = _participle_complement(article, position, sentence.last_token)
            if found is None:
                break
            start_token = found
            position = start_token + 1
            continue
        position += 1
    return claims


def _participle_complement(article: ArticleContext, participle: int, end: int) -> int | None:
    for position in range(participle + 1, min(end, participle + 4)):
        key = normalize_key(article.tokens[position].token.text)
        if is_that(key) or key == normalize_key("إلى") or key == normalize_key("على"):
            return position
    return None


def _trim_end(article: ArticleContext, first: int, last: int) -> int | None:
    """End offset of the content without closing punctuation; None when it is too short."""
    tokens = article.tokens
    while last > first and tokens[last].token.kind == "punct" and tokens[last].token.text in ".،,؛":
        last -= 1
    words = sum(1 for t in tokens[first : last + 1] if t.token.kind in ("word", "number"))
    if words < 4:
        return None
    return tokens[last].token.end


def _unique_speeches(speeches: list[Speech]) -> list[Speech]:
    seen = set()
    unique = []
    for speech in speeches:
        identity = (speech.content_start, speech.content_end)
        if identity not in seen:
            seen.add(identity)
            unique.append(speech)
    return unique
