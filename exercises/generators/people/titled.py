"""Mentions made by a title: a title and a name after it (الرئيس الروسي فلاديمير بوتين، الدكتورة
هبة), or a name set off by commas after an office and its place (رئيس الاتحاد في المحافظة، كاظم
المالكي،)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.generators.people.cues import (
    NOT_NAMES,
    is_organisation,
    is_person_noun,
    is_title,
    speech_verb,
)
from exercises.generators.people.mentions import (
    Mention,
    boundary,
    can_start_name,
    definite,
    name_tokens,
)
from exercises.generators.written import dictionary_shape

if TYPE_CHECKING:
    from exercises.generators.article_context import ArticleContext

_OFFICE_WORDS = 6  # words of an office's place before the comma: في المحافظة، بالوزارة
# «المتحدث باسم الوزارة»: باسم is "on behalf of" after a spokesman, not the name Basim
_ON_BEHALF = frozenset(normalize_key(word) for word in ("باسم",))
_SPOKESMEN = frozenset(
    normalize_key(word)
    for word in ("المتحدث", "متحدث", "الناطق", "ناطق", "المتحدثة", "متحدثة", "الناطقة", "ناطقة")
)


def title_mentions(article: ArticleContext, singles: frozenset[str]) -> list[Mention]:
    mentions = []
    tokens = article.tokens
    sentences = article.document.sentences
    index = 0
    while index < len(tokens):
        item = tokens[index]
        if not is_title(item) or item.token.sentence in article.headings:
            index += 1
            continue
        end = sentences[item.token.sentence].last_token
        position = index + 1
        while position < end and position - index <= 7:
            following = tokens[position]
            if following.token.kind != "word":
                break
            if definite(following.token.text) or is_title(following) or is_organisation(following):
                position += 1
            elif _on_behalf(item, following):
                position += 1  # المتحدث باسم وزارة النقل خالد ...: باسم is "on behalf of"
            elif (
                following.analysis is not None
                and following.analysis.prefixes[:1] in (("li/PREP",), ("bi/PREP",))
                and position + 1 < end
                and definite(tokens[position + 1].token.text)
            ):
                position += 1  # رئيس الاتحاد العربي لكرة القدم ...
            else:
                break
        # a definite title and its definite adjectives (الكاتبة الجزائرية) take no indefinite word
        apposed = definite(item.token.text) and all(
            definite(tokens[between].token.text)
            and not (is_title(tokens[between]) or is_organisation(tokens[between]))
            for between in range(index + 1, position)
        )
        if position < end and _on_behalf(item, tokens[position]):
            index += 1  # المتحدث باسم الوزارة: an office, no person named
            continue
        starts = position < end and can_start_name(article, position, singles)
        if not starts and not apposed:
            comma_name = _name_after_comma(article, position, end, singles)
            if comma_name:
                mentions.append(
                    Mention(item.token.sentence, index, comma_name, dictionary_shape(item), False)
                )
                index = comma_name[-1] + 1
                continue
        if starts or (position < end and apposed and _apposed_name(article, position)):
            names = name_tokens(article, position, end, singles)
            # مدرب نهضة بركان، التونسي حاتم الورتاني،: the team, then the person set off
            names = _name_after_comma(article, names[-1] + 1, end, singles, at_once=True) or names
            if not starts and len(names) < 2 and (position > index + 1 or is_person_noun(item)):
                index += 1  # للصياد بيع صيده: a verbal noun, not a one-word name
                continue
            mentions.append(
                Mention(
                    sentence=item.token.sentence,
                    start_token=index,
                    name_tokens=names,
                    title=dictionary_shape(item),
                    bare_title=position == index + 1,
                )
            )
            index = names[-1] + 1
            continue
        index += 1
    return mentions


def _on_behalf(title: AnalyzedToken, following: AnalyzedToken) -> bool:
    return (
        normalize_key(title.token.text) in _SPOKESMEN
        and normalize_key(following.token.text) in _ON_BEHALF
    )


def _name_after_comma(
    article: ArticleContext,
    position: int,
    end: int,
    singles: frozenset[str],
    *,
    at_once: bool = False,
) -> tuple[int, ...]:
    """A name set off by commas after an office and its place (رئيس الاتحاد في المحافظة، كاظم
    المالكي، ...), a nationality before it: two name words or more, closed by a comma; else
    none. ``at_once``: the comma is at ``position`` and a nationality follows it."""
    tokens = article.tokens
    last = position + 1 if at_once else min(position + _OFFICE_WORDS, end)
    for comma in range(position, min(last, end)):
        if tokens[comma].token.text == "،":
            break
        if tokens[comma].token.kind != "word" or speech_verb(tokens[comma]):
            return ()
    else:
        return ()
    start = comma + 1
    while start < end - 1 and _nationality(tokens[start]):
        start += 1  # مدرب الوداد، المغربي رشيد الطاهري،
    if at_once and start == comma + 1:
        return ()  # المحامي فيصل العنزي، وكيل المدعين،: an office, not a second name
    if start >= end or not can_start_name(article, start, singles):
        return ()
    names = name_tokens(article, start, end, singles)
    after = names[-1] + 1
    if len(names) < 2 or after >= end or tokens[after].token.text != "،":
        return ()
    return names


def _apposed_name(article: ArticleContext, index: int) -> bool:
    """A plain indefinite noun or adjective right after a definite title (الدكتورة هبة، المهندس
    ماجد): a definite title takes no indefinite adjective or complement, so the word is the name
    in apposition, whatever the lexicon reads it as ("gift", "glorious")."""
    item = article.tokens[index]
    analysis = item.analysis
    if item.token.kind != "word" or analysis is None or definite(item.token.text):
        return False
    pronoun = any("PRON" in tag for tag in analysis.suffixes)
    if analysis.prefixes or pronoun or analysis.pos not in ("NOUN", "ADJ", "PROPN"):
        return False
    key = normalize_key(item.token.text)
    return not (
        key in NOT_NAMES or is_title(item) or is_organisation(item) or boundary(article, index)
    )


def _nationality(item: AnalyzedToken) -> bool:
    """A definite nisba of a people (التونسي "Tunisian", المغربية) before a name; not a given
    name of that shape (الهادي "guide")."""
    analysis = item.analysis
    key = normalize_key(item.token.text)
    return (
        item.token.kind == "word"
        and key.startswith("ال")
        and key.endswith(("ي", "يه"))
        and analysis is not None
        and analysis.pos in ("ADJ", "NOUN")
        and analysis.gloss[:1].isupper()
    )
