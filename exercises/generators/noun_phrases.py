"""Noun phrases of an article, with the gender and number a pronoun must agree with.

A phrase is a noun with what completes it: its genitive after a noun without ال (رئيس الحكومة),
adjectives as definite as the word before them (اللجنة المالية النيابية), a name after a title
(النائبة ريم الزعبي). Every noun starts a phrase of its own too (الحكومة in رئيس الحكومة): a
pronoun may stand for either. Kinds: ms, fs, mp, things (a sound feminine plural: ـها), plural
(a broken plural, people or things: the analysis cannot say), dual, "" (a name: gender unknown).
"""

from __future__ import annotations

from dataclasses import dataclass

from exercises.arabic.analysis_types import Analysis, AnalyzedToken
from exercises.arabic.morphology.reading_traits import is_plural_stem
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.article_context import ArticleContext
from exercises.generators.glosses import looks_plural
from exercises.generators.people.cues import is_title
from exercises.generators.written import dictionary_shape

_PHRASE_WORDS = 3
_NAME_WORDS = 2
_NOT_HEADS = word_list("time_nouns") | word_list("quantity_words") | word_list("approximators")
PREPOSITIONS = word_list("prepositions") | word_list("noun_prepositions")


@dataclass(frozen=True, slots=True)
class Phrase:
    head: int  # token index of the head noun
    text: str  # as a learner reads it, without و/ب/ل on the head
    kind: str  # ms, fs, mp, things (a plural of things: ـها), "" when unknown (a name)
    lemma: str
    oblique: bool  # after a preposition or inside quotes: seldom what a pronoun stands for


def in_quotation(text: str, start: int, position: int) -> bool:
    before = text[start:position]
    return (
        before.count('"') % 2 == 1
        or before.count("«") > before.count("»")
        or (before.count("“") > before.count("”"))
    )


def names_a_thing(article: ArticleContext, phrase: Phrase) -> bool:
    """A wrong option a learner reads as a noun phrase: two words or more whose first is no
    verb read as a noun (دارها تقدم حسومات: تقدم "offers", not "progress"), or one definite
    noun that does not look like an adjective (الفنية، طارئة are read as nouns at times)."""
    first = phrase.text.split()[0]
    if " " in phrase.text:
        return first.startswith("ال") or not any(
            reading.pos == "VERB" for reading in article.analyzer.analyze(first)
        )
    return first.startswith("ال") and not first.endswith(("ي", "ية"))


def noun_phrases(article: ArticleContext) -> list[Phrase]:
    """Noun phrases of the body: every noun, with up to two nouns or adjectives completing it
    (رئيس الحكومة, and الحكومة on its own: a pronoun may stand for either). A name after a
    title goes with it (النائبة ريم الزعبي: the title gives the gender); any other phrase
    with a name (نهضة بركان، الأهلي) has no known gender."""
    names = article.people.name_tokens
    found = []
    for sentence in article.body_sentences:
        tokens = article.sentence_tokens(sentence)
        for position, head in enumerate(tokens):
            if not _head(head) or (position and _joined_name(head, tokens[position - 1], names)):
                continue
            words = [_shape(head)]
            following = position + 1
            while (
                following < len(tokens)
                and len(words) < _PHRASE_WORDS
                and completes(tokens[following], tokens[following - 1])
                and not _is_name(tokens[following], names)
            ):
                words.append(tokens[following].token.text)
                following += 1
            analysis = head.analysis
            assert analysis is not None
            kind = "" if _is_name(head, names) else _kind(analysis)
            named = []
            for item in tokens[following : following + _NAME_WORDS]:
                if not _joined_name(item, tokens[following + len(named) - 1], names):
                    break
                named.append(item.token.text)
            if named:
                if is_title(head):
                    words += named
                else:
                    kind = ""
            previous = tokens[position - 1] if position else None
            oblique = _oblique(head, previous, article.text, tokens[0].token.start)
            found.append(Phrase(head.token.index, " ".join(words), kind, analysis.lemma, oblique))
    return found


def _oblique(head: AnalyzedToken, previous: AnalyzedToken | None, text: str, start: int) -> bool:
    analysis = head.analysis
    if analysis is not None and any(tag.endswith("/PREP") for tag in analysis.prefixes):
        return True
    if previous is not None and normalize_key(previous.token.text) in PREPOSITIONS:
        return True
    return in_quotation(text, start, head.token.start)


def _joined_name(item: AnalyzedToken, previous: AnalyzedToken, names: frozenset[int]) -> bool:
    """A name right after a word, nothing between: part of the phrase before it."""
    return (
        _is_name(item, names)
        and previous.analysis is not None
        and previous.analysis.pos in ("NOUN", "ADJ", "PROPN")
        and item.token.start - previous.token.end <= 1
    )


def _is_name(item: AnalyzedToken, names: frozenset[int]) -> bool:
    return item.token.index in names or (item.analysis is not None and item.analysis.pos == "PROPN")


def _head(item: AnalyzedToken) -> bool:
    analysis = item.analysis
    if analysis is None or item.token.kind != "word" or analysis.pos not in ("NOUN", "PROPN"):
        return False
    if item.is_stopword or normalize_key(item.token.text) in _NOT_HEADS:
        return False
    return not any("PRON" in tag for tag in analysis.suffixes)


def completes(item: AnalyzedToken, previous: AnalyzedToken) -> bool:
    """A genitive after a noun without ال (رئيس الحكومة), or an adjective as definite as the
    word before it (القطاع الزراعي, not «أكثر»), with no punctuation between and no «و»."""
    analysis, before = item.analysis, previous.analysis
    if analysis is None or before is None or item.token.kind != "word":
        return False
    if item.token.start - previous.token.end > 1 or item.is_stopword:
        return False
    if any(tag.endswith(("/CONJ", "/PREP")) for tag in analysis.prefixes):
        return False
    if any("PRON" in tag for tag in (*analysis.suffixes, *before.suffixes)):
        return False
    if analysis.pos in ("NOUN", "PROPN"):
        return before.pos in ("NOUN", "PROPN") and not _definite(before)
    return analysis.pos == "ADJ" and _definite(analysis) == _definite(before)


def _definite(analysis: Analysis) -> bool:
    return any(tag.startswith("Al/") for tag in analysis.prefixes)


def _shape(item: AnalyzedToken) -> str:
    """The word without و/ب/ل and without the accusative alif of its tanween (قرارا -> قرار)."""
    word = dictionary_shape(item)
    analysis = item.analysis
    if analysis is not None and any("ACC_INDEF" in tag for tag in analysis.suffixes):
        return word.removesuffix("ا").removesuffix("ً")
    return word


def _kind(analysis: Analysis) -> str:
    """ms, fs, mp or things (a plural a «ـها» refers to); "" for a name."""
    if analysis.pos == "PROPN":
        return ""
    suffixes = " ".join(analysis.suffixes)
    if "DU" in suffixes:
        return "dual"
    if "MASC_PL" in suffixes:
        return "mp"
    if "FEM_PL" in suffixes:
        return "things"
    if is_plural_stem(analysis) or looks_plural(analysis.gloss):
        return "plural"  # a broken plural: people (ـهم) or things (ـها), the analysis cannot say
    if "FEM_SG" in suffixes or analysis.stem.endswith("ة"):
        return "fs"
    return "ms"
