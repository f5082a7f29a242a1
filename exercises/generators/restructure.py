"""Rewordings that change a sentence's structure and keep its meaning (true statements).

- reported speech as an attribution: «قال S ... إن C» -> «بحسب S، فإن C»;
- an aside set off by commas, or a date that ends the statement, moved to the front;
- a definite subject before its verb (ارتفعت أسعار الذهب -> أسعار الذهب ارتفعت);
- an adverbial that opens the statement put last (``adjunct_last``).

Each is a list of edits; none applies where the grammar or the meaning could change.
"""

from __future__ import annotations

from collections.abc import Mapping

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import word_list
from exercises.generators.adjunct_last import adverbial_last
from exercises.generators.article_context import ArticleContext
from exercises.generators.clause_inversion import inverted
from exercises.generators.dates import phrase_of
from exercises.generators.definite_subject import definite_subject
from exercises.generators.edits import Edit
from exercises.generators.facts import Fact
from exercises.generators.glosses import looks_plural
from exercises.generators.months import is_month_word
from exercises.generators.people.cues import is_title, speech_verb
from exercises.generators.people.speech import Speech
from exercises.generators.who_said import full_names

# Words that open an adverbial that can stand first in the sentence (في جلسة مطولة، يوم الأحد).
_ADVERBIAL_LEADS = word_list("calendar", "adverbial leads")
_RELATIVES = frozenset(key for key in word_list("clause_openers") if key.startswith(("ال", "وال")))
_LIGHT_VERBS = word_list("light_verbs")
_TIME_ADJECTIVES = word_list("time_adjectives")
_COMPLEMENT_ADJECTIVES = word_list("complement_adjectives")
_THAT = frozenset(normalize_key(word) for word in ("إن", "أن", "بأن"))
_WHEN = (
    word_list("time_nouns")
    | word_list("calendar", "weekdays")
    | word_list("calendar", "day parts")
    | frozenset(normalize_key(word) for word in ("اليوم", "أمس", "غدا"))
)


def structure_edits(
    article: ArticleContext,
    sentence_index: int,
    start: int,
    end: int,
    dates: Mapping[int, Fact] | None = None,
) -> list[Edit]:
    """The edits that reword the statement beyond a word swapped: an attribution or a fronting
    (``dates``: the article's date facts by token, for a date that ends the statement)."""
    return structural(article, sentence_index, start, end, dates or {})


def structural(
    article: ArticleContext, sentence_index: int, start: int, end: int, dates: Mapping[int, Fact]
) -> list[Edit]:
    attribution = _attribution(article, sentence_index, start, end)
    if attribution:
        return [inverted(article, attribution[0], end), *attribution[1:]]
    return (
        _fronting(article, sentence_index, start, end)
        or _date_fronting(article, sentence_index, start, end, dates)
        or _topicalised(article, sentence_index, start, end)
        or _adverbial_last(article, sentence_index, start, end)
    )


def _adverbial_last(
    article: ArticleContext, sentence_index: int, start: int, end: int
) -> list[Edit]:
    """The opening adverbial last, and the subject of the clause after it before its verb."""
    moved = adverbial_last(article, sentence_index, start, end)
    if not moved:
        return []
    return [*moved, *_topicalised(article, sentence_index, moved[0].end, end)]


def _topicalised(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """«ارتفعت أسعار الذهب إلى ...» -> «أسعار الذهب ارتفعت إلى ...»: the definite subject before its
    verb, where the verb keeps its form (a singular subject, or a feminine verb) and nothing
    after the subject could still belong to it."""
    words = _statement_words(article, sentence_index, start, end)
    if len(words) < 5 or words[0].analysis is None or words[0].analysis.pos != "VERB":
        return []
    verb = words[0].analysis
    if words[0].token.start != start or any(
        person in tag for tag in verb.suffixes for person in ("1S", "1P", "2M", "2F", "2P")
    ):
        return []
    subject = definite_subject(words[1:])
    if not subject or len(subject) + 1 >= len(words) or any(map(is_title, subject)):
        return []
    following = words[len(subject) + 1]
    if not _ends_subject(following) or following.token.index in article.people.name_tokens:
        return []  # الدكتورة قالت هبة ...: a title is no subject
    head = subject[0].analysis
    number = (*head.suffixes, *subject[-1].analysis.suffixes)
    if any("_PL" in tag or "_DU" in tag for tag in number):
        return []  # المسؤولون قالوا: the verb would change
    feminine = any("3FS" in tag for tag in verb.suffixes) or any(
        "IV3FS" in t for t in verb.prefixes
    )
    masculine = any("3MS" in tag for tag in verb.suffixes) or any(
        "IV3MS" in t for t in verb.prefixes
    )
    if not feminine and not (masculine and not looks_plural(head.gloss)):
        return []
    if feminine and not _feminine_or_plural(subject[0]):
        return []  # قرأت الملف: the ت is «I», not the subject's gender
    if normalize_key(verb.lemma) in _LIGHT_VERBS:
        return []
    bare = words[0].token.text
    if verb.prefixes[:1] in (("wa/CONJ",), ("fa/CONJ",)):
        bare = bare[1:]
    noun_phrase = article.text[subject[0].token.start : subject[-1].token.end]
    return [Edit(words[0].token.start, subject[-1].token.end, f"{noun_phrase} {bare}")]


def _feminine_or_plural(item) -> bool:
    """A head a feminine verb can agree with: a feminine noun (ة، ـات) or a broken plural."""
    analysis = item.analysis
    key = normalize_key(item.token.text)
    tags = " ".join(analysis.suffixes)
    return key.endswith(("ه", "ة", "ات")) or "FEM" in tags or looks_plural(analysis.gloss)


def _ends_subject(item) -> bool:
    """What follows the subject starts the rest of the clause: an indefinite object, a number,
    «إلى»; not a definite word (another noun of the subject, or its object: ambiguous), not a
    preposition that could attach to the subject (لمجلس التعاون، في الاتحاد)."""
    analysis = item.analysis
    if item.token.kind == "number":
        return True
    if item.token.kind != "word" or analysis is None:
        return False
    if normalize_key(item.token.text) == normalize_key("إلى"):
        return True
    if analysis.pos in ("ADP", "ADJ", "PROPN", "CCONJ", "SCONJ", "PART") or analysis.prefixes:
        return False
    if any("PRON" in tag for tag in analysis.suffixes):
        return False  # الدراسة ذاتها: the subject goes on
    return analysis.pos == "NOUN"


def _date_fronting(
    article: ArticleContext, sentence_index: int, start: int, end: int, dates: Mapping[int, Fact]
) -> list[Edit]:
    """«ارتفعت أسعار الذهب إلى مستوى قياسي يوم الاثنين» -> «يوم الاثنين، ارتفعت أسعار الذهب إلى
    مستوى قياسي»: a date phrase that ends the statement and opens with a word that makes an
    adverbial on its own (يوم، في، خلال ...) goes first, when it can only date the main verb."""
    words = _statement_words(article, sentence_index, start, end)
    if not _movable_around(words):
        return []
    indices = {t.token.index for t in words}
    for item in words:
        if item.token.index not in dates:
            continue
        first, last = phrase_of(article, item.token.index, dates)
        if first not in indices or first <= words[0].token.index + 2:
            return []
        if any(t.token.index >= last and t.token.kind != "punct" for t in words):
            return []  # the date does not end the statement
        if normalize_key(article.tokens[first].token.text) not in _ADVERBIAL_LEADS:
            return []  # بحلول عام 2030: the date is governed by the word before it
        between = [t for t in words[1:] if t.token.index < first]
        if not _only_dates_main_verb(between):
            return []
        moved = article.text[article.tokens[first].token.start : article.tokens[last - 1].token.end]
        before = article.tokens[first - 1].token
        return [
            _front(words[0], moved),
            Edit(before.end, article.tokens[last - 1].token.end, ""),
        ]
    return []


def _fronting(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """«أقر المجلس، في جلسة مطولة، القانون» -> «في جلسة مطولة، أقر المجلس القانون»: an aside
    set off by commas that opens with a word that makes an adverbial on its own goes first."""
    words = _statement_words(article, sentence_index, start, end)
    if not _movable_around(words):
        return []
    commas = [i for i, t in enumerate(words) if t.token.text == "،"]
    for left, right in zip(commas, commas[1:], strict=False):
        aside = words[left + 1 : right]
        if not 1 <= len(aside) <= 8 or left < 2 or right + 1 >= len(words):
            continue
        if any(t.token.kind not in ("word", "number") for t in aside):
            continue
        if normalize_key(aside[0].token.text) not in _ADVERBIAL_LEADS:
            continue
        if not _only_dates_main_verb(words[1:left] + aside):
            return []
        moved = article.text[aside[0].token.start : aside[-1].token.end]
        return [
            _front(words[0], moved),
            Edit(words[left].token.start, words[right].token.end, ""),
        ]
    return []


def _statement_words(article: ArticleContext, sentence_index: int, start: int, end: int):
    return [
        t
        for t in article.sentence_tokens(sentence_index)
        if start <= t.token.start and t.token.end <= end
    ]


def _movable_around(words) -> bool:
    """A statement that opens with a third-person verb that reports no speech: what is moved to
    its front modifies that verb (not a quotation, not «نريد» inside one)."""
    if len(words) < 6 or words[0].analysis is None or words[0].analysis.pos != "VERB":
        return False
    tags = (*words[0].analysis.prefixes, *words[0].analysis.suffixes)
    if any(person in tag for tag in tags for person in ("1S", "1P", "2M", "2F", "2D", "2P")):
        return False
    return not speech_verb(words[0])


def _only_dates_main_verb(between) -> bool:
    """No verb, relative pronoun or pronoun-carrying word (صدورها) between the main verb and the
    date: one of them could be what the date belongs to."""
    for item in between:
        analysis = item.analysis
        if item.token.text in ("«", "»", '"', "(", ")"):
            return False
        if analysis is None:
            continue
        if analysis.pos in ("VERB", "PRON") or normalize_key(item.token.text) in _RELATIVES:
            return False
        if any("PRON" in tag for tag in analysis.suffixes):
            return False
    return True


def _front(opening, moved: str) -> Edit:
    """The opening word with the moved words before it (و dropped: it joined the sentences)."""
    bare = opening.token.text
    if opening.analysis.prefixes[:1] in (("wa/CONJ",), ("fa/CONJ",)):
        bare = bare[1:]
    return Edit(opening.token.start, opening.token.end, f"{moved}، {bare}")


def _attribution(article: ArticleContext, sentence_index: int, start: int, end: int) -> list[Edit]:
    """«قال S ... إن C» at the start of the statement -> «بحسب S، فإن C»."""
    people = article.people
    words = [t for t in article.sentence_tokens(sentence_index) if t.token.start >= start]
    if not words or not speech_verb(words[0]):
        return []
    for speech in _speeches(article).get(sentence_index, ()):
        if not start < speech.content_start < end:
            continue
        that = next((t for t in words if t.token.start == speech.content_start), None)
        if that is None or normalize_key(that.token.text) not in _THAT:
            return []
        if words[0].token.start != start or _verb_follows(article, that):
            return []
        if speech.person not in full_names(article):
            break  # «المتحدث باسم الهيئة»: the words before «إن» name the speaker
        label = people.persons[speech.person].label
        return [Edit(start, that.token.end, f"بحسب {label}، فإن")]
    return _body_attribution(article, words, start)


def _speeches(article: ArticleContext) -> dict[int, list[Speech]]:
    """The article's reported speech by sentence, in the order found."""

    def by_sentence() -> dict[int, list[Speech]]:
        found: dict[int, list[Speech]] = {}
        for speech in article.people.speeches:
            found.setdefault(speech.sentence, []).append(speech)
        return found

    return article.lookup("speeches_by_sentence", by_sentence)


def _verb_follows(article: ArticleContext, that) -> bool:
    """«أن يعرف»: أنْ before a verb, not أنّ, so «فإن» cannot take its place. After إنّ (written
    with إ) a verb is a misreading (فرقها read as a verb), not a subjunctive."""
    if that.token.text.lstrip("ب").startswith("إ"):
        return False
    position = that.token.index + 1
    following = article.tokens[position] if position < len(article.tokens) else None
    return (
        following is not None
        and following.analysis is not None
        and following.analysis.pos == "VERB"
        and normalize_key(that.token.text) in _THAT
    )


def _body_attribution(article: ArticleContext, words, start: int) -> list[Edit]:
    """«أوضحت وزارة الصحة في بيان أنها ...» -> «بحسب وزارة الصحة، فإنها ...»: the speaker is the
    words after the verb up to a preposition or a comma. Between the speaker and «أن» only a
    phrase (في بيان) or asides set off by pairs of commas (، في مؤتمر صحافي،) may come: never
    a clause of its own (شدد البيان على ضرورة ...، مشيرا إلى أن ...: one comma). No speaker
    (وأضاف أن): no rewording."""
    speaker: list = []
    skipped, commas, stopped_at_comma = 0, 0, False
    for position, item in enumerate(words[1:24], 1):
        key = normalize_key(item.token.text)
        base = key[1:] if key.startswith("ب") else key
        if (
            base[:2] in ("ان",)
            and len(base) <= 4
            and item.analysis is not None
            and (item.analysis.pos in ("SCONJ", "PART", "ADP", "CCONJ") or base in _THAT)
        ):
            if not speaker or words[0].token.start != start or _verb_follows(article, item):
                return []
            if commas % 2 or (stopped_at_comma and not commas):
                return []  # an aside opened by a comma and not closed: a clause comes between
            if normalize_key(speaker[-1].token.text) in _COMPLEMENT_ADJECTIVES:
                return []  # «مركز الرصد التابع» without «لجامعة طهران»
            return [Edit(start, item.token.end, f"بحسب {_joined(speaker)}، فإ{base[1:]}")]
        if item.token.text in ("«", '"', "“", ":"):
            return []  # words quoted as said: no «أن» clause to attribute
        analysis = item.analysis
        collecting = skipped == 0 and commas == 0
        if item.token.text == "،":
            stopped_at_comma = stopped_at_comma or (collecting and bool(speaker))
            commas += 1
            skipped += 1
        elif (
            item.token.kind != "word"
            or analysis is None
            or analysis.pos == "ADP"
            or any("PREP" in tag for tag in analysis.prefixes)
            or not collecting
        ):
            skipped += 1
            if skipped > 14:
                return []
        elif any("PRON" in tag for tag in analysis.suffixes) or analysis.pos in ("PRON", "VERB"):
            return []
        elif _says_when(item):
            if _general(item, words[position + 1 : position + 2]):
                return []  # الأمين العام: a title, not the year
            skipped += 1  # يوم الأحد، مساء الخميس: when it was said, not who said it
        else:
            speaker.append(item)
    return []


def _general(item, following) -> bool:
    """«العام» that is no year: no time adjective after it (الأمين العام، not العام الماضي)."""
    if normalize_key(item.token.text) != normalize_key("العام"):
        return False
    return not following or normalize_key(following[0].token.text) not in _TIME_ADJECTIVES


def _says_when(item) -> bool:
    key = normalize_key(item.token.text)
    lemma = normalize_key(item.analysis.lemma) if item.analysis is not None else ""
    return (
        key in _WHEN
        or key.removeprefix("ال") in _WHEN
        or lemma in _WHEN
        or is_month_word(item.token.text)
    )


def _joined(words) -> str:
    """The speaker's words after بحسب, in the genitive: متعاملون -> متعاملين، مسؤولان -> مسؤولين."""
    return " ".join(_genitive(item) for item in words)


_NOMINATIVE_ENDINGS = {"NSUFF_MASC_PL_NOM": "ون", "NSUFF_MASC_DU_NOM": "ان"}


def _genitive(item) -> str:
    text = item.token.text
    analysis = item.analysis
    for tag in analysis.suffixes if analysis is not None else ():
        ending = _NOMINATIVE_ENDINGS.get(tag.rsplit("/", 1)[-1])
        if ending and text.endswith(ending):
            return text[: -len(ending)] + "ين"
    return text
