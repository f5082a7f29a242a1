"""The people of a news article and who said what.

News introduces a person by a title and a name (الرئيس الروسي فلاديمير بوتين، وزير المالية
عادل منصور) and then refers to them by title and one name (الرئيس بوتين) or by family name
alone (وأضاف منصور). Reported speech is a speech verb, its subject and a complement (إن، أن،
بأن، قائلًا، a quotation). Names are hard for a lexicon (سامر reads as a verb, شي as
"roasting"), so a name is recognised by its place after a title and by name readings, not by the
chosen analysis alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from exercises.arabic.normalize import normalize_key, strip_tashkeel
from exercises.arabic.stopwords import stopword_keys
from exercises.arabic.types import AnalyzedToken
from exercises.generators.readings import has_name_reading
from exercises.generators.wordlists import word_list
from exercises.generators.written import dictionary_shape

if TYPE_CHECKING:
    from exercises.generators.article_context import ArticleContext

# Normalized keys (no ال, one alef, ta marbuta as ه), singular masculine and feminine.
_TITLES = word_list("titles")
# Heads of organisations a title is built on without ال: رئيس اتحاد الصناعات.
_ORGANISATIONS = word_list("organisations")
# Heads followed by a proper name in construct: نادي الرجاء، ملعب مولاي عبد الله، مدينة الزرقاء.
_NAMED_PLACES = word_list("named_places")
# Words that follow a title or a speech verb without being a name (قال الرئيس يوم الأحد).
_NOT_NAME_WORDS = "يوم أمس اليوم مساء صباح عام أيضا نفسه كل "
_NOT_NAME_WORDS += "جميع حاليا سابقا الأسبق الأسبوع الشهر السنة خلال"
_NOT_NAMES = frozenset(normalize_key(word) for word in _NOT_NAME_WORDS.split())
# Speech verbs, written without و/ف, and the 3rd person masculine form a question uses.
_SPEECH_VERBS: dict[str, str] = {}
for _base, _feminine in (
    ("قال", "قالت"),
    ("صرح", "صرحت"),
    ("أكد", "أكدت"),
    ("أضاف", "أضافت"),
    ("ذكر", "ذكرت"),
    ("شدد", "شددت"),
    ("أشار", "أشارت"),
    ("أعلن", "أعلنت"),
    ("أوضح", "أوضحت"),
    ("حذر", "حذرت"),
    ("أفاد", "أفادت"),
    ("تابع", "تابعت"),
    ("استطرد", "استطردت"),
    ("أعرب", "أعربت"),
    ("لفت", "لفتت"),
    ("كشف", "كشفت"),
    ("اعتبر", "اعتبرت"),
    ("رأى", "رأت"),
    ("نفى", "نفت"),
    ("توقع", "توقعت"),
):
    _SPEECH_VERBS[normalize_key(_base)] = _base
    _SPEECH_VERBS[normalize_key(_feminine)] = _base
SPEECH_LEMMAS = frozenset(normalize_key(base) for base in _SPEECH_VERBS.values()) | frozenset(
    normalize_key(word) for word in ("دعا", "نصح", "طالب", "أشاد", "رحب", "أعرب", "تحدث")
)
# Participles that add a second claim of the same speaker: ..., مضيفًا أن ...
_PARTICIPLES = {
    normalize_key(word): base
    for word, base in (
        ("مضيفا", "أضاف"),
        ("مؤكدا", "أكد"),
        ("مشيرا", "أشار"),
        ("موضحا", "أوضح"),
        ("مشددا", "شدد"),
        ("معتبرا", "اعتبر"),
        ("لافتا", "لفت"),
        ("محذرا", "حذر"),
        ("داعيا", "دعا"),
        ("مضيفة", "أضاف"),
        ("مؤكدة", "أكد"),
        ("مشيرة", "أشار"),
        ("موضحة", "أوضح"),
        ("داعية", "دعا"),
    )
}
_SAYING = frozenset({normalize_key("قائلا"), normalize_key("قائلة")})
_THAT = frozenset(normalize_key(w) for w in ("إن", "أن", "بأن"))
_PRONOUNS = frozenset(normalize_key(w) for w in ("ه", "ها", "هم", "هما", "هن", "نا", "ني"))
_OPEN_QUOTES = frozenset("\"“«'")
_GOVERNED = {  # verb -> the preposition its content starts with: أشار إلى أن، حذر من أن
    normalize_key("أشار"): normalize_key("إلى"),
    normalize_key("حذر"): normalize_key("من"),
    normalize_key("شدد"): normalize_key("على"),
    normalize_key("أكد"): normalize_key("على"),
    normalize_key("أعرب"): normalize_key("عن"),
    normalize_key("لفت"): normalize_key("إلى"),
    normalize_key("دعا"): "",  # داعيًا الحكومة إلى ...: the content starts right away
}
_MAX_SUBJECT = 12
_COMPOUND_NAMES = frozenset(normalize_key(w) for w in ("عبد", "أبو", "بن", "ابن"))


@dataclass(frozen=True, slots=True)
class Mention:
    sentence: int
    start_token: int  # the title, or the first name token when there is no title
    name_tokens: tuple[int, ...]
    title: str  # the title as a dictionary shape (الرئيس), "" when none
    bare_title: bool  # title directly before the name (الرئيس بوتين), nothing in between
    person: int = -1


@dataclass(frozen=True, slots=True)
class Person:
    index: int
    label: str  # how options name the person: الرئيس بوتين، منى الشريف
    keys: tuple[str, ...]  # normalized name words


@dataclass(frozen=True, slots=True)
class Speech:
    sentence: int
    verb: str  # third person masculine perfect, for «مَن قال ...؟»
    content_start: int  # character offsets of what was said, complement included
    content_end: int
    person: int
    sentences: tuple[int, ...]  # the sentences that hold the evidence (speaker and content)


@dataclass(frozen=True, slots=True)
class People:
    persons: tuple[Person, ...]
    mentions: tuple[Mention, ...]
    speeches: tuple[Speech, ...]
    name_tokens: frozenset[int]  # token indices that belong to a person's name


def find_people(article: ArticleContext) -> People:
    """People (by title and name), their mentions and their reported speech."""
    singles = _subject_singletons(article)
    raw = _title_mentions(article, singles)
    persons, mentions = _cluster(article, raw)
    speeches, extra_mentions = _speeches(article, persons, mentions, singles)
    all_mentions = tuple(sorted((*mentions, *extra_mentions), key=lambda m: m.start_token))
    keys = {key for person in persons for key in person.keys}
    name_tokens = (
        frozenset(i for m in all_mentions for i in m.name_tokens)
        | frozenset(
            item.token.index
            for item in article.tokens
            if item.token.kind == "word" and _name_key(item.token.text) in keys
        )
        | _place_names(article)
    )
    return People(tuple(persons), all_mentions, tuple(speeches), name_tokens)


def _place_names(article: ArticleContext) -> frozenset[int]:
    """Tokens of the proper names after نادي، ملعب، مدينة ...: words there are not vocabulary."""
    found: set[int] = set()
    tokens = article.tokens
    for index, item in enumerate(tokens):
        key = normalize_key(item.token.text)
        if key[:1] in ("و", "ف", "ب", "ل") and key[1:] in _NAMED_PLACES:
            key = key[1:]
        if key not in _NAMED_PLACES:
            continue
        position = index + 1
        while position < len(tokens) and position - index <= 3:
            following = tokens[position]
            previous = normalize_key(tokens[position - 1].token.text)
            compound = previous in _COMPOUND_NAMES
            if following.token.sentence != item.token.sentence or following.token.kind != "word":
                break
            if not compound and (
                _boundary(article, position) or normalize_key(following.token.text) in _NOT_NAMES
            ):
                break
            found.add(position)
            position += 1
    return frozenset(found)


def _key_variants(text: str) -> list[str]:
    key = normalize_key(text)
    variants = [key]
    if key[:1] in ("و", "ف") and len(key) > 3:
        variants.append(key[1:])
    for variant in list(variants):
        if (
            variant.startswith("ال")
            and len(variant) > 3
            or variant.startswith("لل")
            and len(variant) > 3
        ):
            variants.append(variant[2:])
    return variants


def _is_title(item: AnalyzedToken) -> bool:
    return item.token.kind == "word" and is_title_word(item.token.text)


def is_title_word(text: str) -> bool:
    """الرئيس، وزير، الطبيبة ...: words that stand before a person's name."""
    return any(v in _TITLES for v in _key_variants(text))


def _is_organisation(item: AnalyzedToken) -> bool:
    return any(v in _ORGANISATIONS for v in _key_variants(item.token.text))


def speech_verb(item: AnalyzedToken) -> str:
    """The base form of a speech verb token (وقالت -> قال), or ""."""
    if item.token.kind != "word":
        return ""
    key = normalize_key(item.token.text)
    if key in _SPEECH_VERBS:
        return _SPEECH_VERBS[key]
    if key[:1] in ("و", "ف") and key[1:] in _SPEECH_VERBS:
        return _SPEECH_VERBS[key[1:]]
    return ""


def is_speech_word(item: AnalyzedToken) -> bool:
    """Speech verbs and the participles and قائلًا that go with them."""
    key = normalize_key(item.token.text)
    if key[:1] in ("و", "ف") and key[1:] in _PARTICIPLES:
        key = key[1:]
    return bool(speech_verb(item)) or key in _PARTICIPLES or key in _SAYING


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


def _is_that(key: str) -> bool:
    if key in _THAT:
        return True
    return any(key.startswith(that) and key[len(that) :] in _PRONOUNS for that in _THAT)


def _boundary(article: ArticleContext, index: int, *, clitics: bool = True) -> bool:
    """Tokens a name never runs into: punctuation, function words, prepositional phrases."""
    if index >= len(article.tokens):
        return True
    item = article.tokens[index]
    if item.token.kind != "word":
        return True
    text = item.token.text
    key = normalize_key(text)
    if _is_that(key) or key in _SAYING or speech_verb(item) or key in _PARTICIPLES:
        return True
    if key in stopword_keys():
        return True  # في and على have name readings (Fi, Ali) but are never names here
    if item.is_stopword and not has_name_reading(article.analyzer, text):
        return True
    if not clitics:
        return False
    readings = article.analyzer.analyze(text)
    return bool(readings) and all(
        any(tag.endswith(("/PREP", "/CONJ")) for tag in reading.prefixes) for reading in readings
    )


def _definite(text: str) -> bool:
    key = normalize_key(text)
    return key.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))


def _name_evidence(article: ArticleContext, index: int, singles: frozenset[str]) -> bool:
    item = article.tokens[index]
    text = item.token.text
    key = _name_key(text)
    if key in singles or not item.in_lexicon or has_name_reading(article.analyzer, text):
        return True
    # Family names of the nisba shape: الإدريسي، السويفي
    return _definite(text) and normalize_key(text).endswith("ي")


def _can_start_name(article: ArticleContext, index: int, singles: frozenset[str]) -> bool:
    item = article.tokens[index]
    if item.token.kind != "word" or _definite(item.token.text) or _boundary(article, index):
        return False
    key = normalize_key(item.token.text)
    if key in _NOT_NAMES or _is_title(item) or _is_organisation(item):
        return False
    analysis = item.analysis
    if _name_evidence(article, index, singles):
        return True
    if analysis is None or analysis.prefixes or analysis.suffixes:
        return False
    return analysis.pos != "VERB" and item.zipf < 5.6


def _name_tokens(
    article: ArticleContext, start: int, sentence_end: int, singles: frozenset[str]
) -> tuple[int, ...]:
    names = [start]
    position = start + 1
    while position < sentence_end and len(names) < 4:
        text = article.tokens[position].token.text
        key = normalize_key(text)
        previous = normalize_key(article.tokens[position - 1].token.text)
        compound = previous in _COMPOUND_NAMES
        known = _name_key(text) in singles and not _boundary(article, position, clitics=False)
        if _boundary(article, position) and not compound and not known:
            break
        if not compound and key in _NOT_NAMES:
            break
        if (
            compound
            or _name_evidence(article, position, singles)
            or _boundary(article, position + 1)
        ):
            names.append(position)
            position += 1
            continue
        break
    return tuple(names)


def _name_key(text: str) -> str:
    key = normalize_key(text).rstrip("ء")
    if key.startswith("ال") and len(key) > 4:
        key = key[2:]
    return key


def _subject_singletons(article: ArticleContext) -> frozenset[str]:
    """Words standing alone as the subject of a speech verb: family names (وأضاف العمري أن)."""
    singles = set()
    tokens = article.tokens
    for index, item in enumerate(tokens[:-2]):
        if not speech_verb(item):
            continue
        subject = tokens[index + 1]
        if subject.token.kind != "word" or subject.token.sentence != item.token.sentence:
            continue
        if _is_title(subject) or subject.is_stopword or _is_organisation(subject):
            continue
        if _boundary(article, index + 2) and not _boundary(article, index + 1, clitics=False):
            key = _name_key(subject.token.text)
            if key not in _NOT_NAMES:
                singles.add(key)
    return frozenset(singles)


def _title_mentions(article: ArticleContext, singles: frozenset[str]) -> list[Mention]:
    mentions = []
    tokens = article.tokens
    sentences = article.document.sentences
    index = 0
    while index < len(tokens):
        item = tokens[index]
        if not _is_title(item) or item.token.sentence in article.headings:
            index += 1
            continue
        end = sentences[item.token.sentence].last_token
        position = index + 1
        while position < end and position - index <= 7:
            following = tokens[position]
            if following.token.kind != "word":
                break
            if (
                _definite(following.token.text)
                or _is_title(following)
                or _is_organisation(following)
            ):
                position += 1
            elif (
                following.analysis is not None
                and following.analysis.prefixes[:1] in (("li/PREP",), ("bi/PREP",))
                and position + 1 < end
                and _definite(tokens[position + 1].token.text)
            ):
                position += 1  # رئيس الاتحاد العربي لكرة القدم ...
            else:
                break
        if position < end and _can_start_name(article, position, singles):
            names = _name_tokens(article, position, end, singles)
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


def _cluster(article: ArticleContext, raw: list[Mention]) -> tuple[list[Person], list[Mention]]:
    groups: list[list[Mention]] = []
    group_keys: list[list[tuple[str, ...]]] = []
    for mention in sorted(raw, key=lambda m: -len(m.name_tokens)):
        keys = tuple(_name_key(article.tokens[i].token.text) for i in mention.name_tokens)
        matches = [g for g, known in enumerate(group_keys) if any(_same(keys, k) for k in known)]
        if len(matches) == 1:
            groups[matches[0]].append(mention)
            group_keys[matches[0]].append(keys)
        elif not matches:
            groups.append([mention])
            group_keys.append([keys])
    groups.sort(key=lambda group: min(m.start_token for m in group))
    persons: list[Person] = []
    mentions: list[Mention] = []
    for person_index, group in enumerate(groups):
        labels = Counter(_surface(article, m) for m in group)
        label = max(labels, key=lambda text: (labels[text], len(text)))
        keys = tuple(
            dict.fromkeys(
                _name_key(article.tokens[i].token.text) for m in group for i in m.name_tokens
            )
        )
        persons.append(Person(person_index, label, keys))
        mentions.extend(
            Mention(m.sentence, m.start_token, m.name_tokens, m.title, m.bare_title, person_index)
            for m in group
        )
    return persons, mentions


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a[-1] == b[-1]:
        return True
    if len(a) == 1:
        return a[0] in b
    if len(b) == 1:
        return b[0] in a
    return a[0] == b[0] and len(a) > 2 and len(b) > 2


def _surface(article: ArticleContext, mention: Mention) -> str:
    names = " ".join(strip_tashkeel(article.tokens[i].token.text) for i in mention.name_tokens)
    if len(mention.name_tokens) == 1 and mention.title.startswith("ال"):
        return f"{mention.title} {names}"
    return names


def _speeches(
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
            if speaker is None and content_token - position <= 2 and speeches:
                previous = speeches[-1]
                if sentence_index - previous.sentence <= 1:
                    speaker = previous.person
                    evidence = (previous.sentence, sentence_index)
            if mention is not None:
                extra.append(mention)
            if speaker is not None:
                speeches.extend(
                    _claims(article, sentence_index, verb, content_token, speaker, evidence)
                )
            position = content_token + 1
    return _unique_speeches(speeches), extra


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
        if _is_that(key) or key in _SAYING:
            return position
        if governed and key == governed and position > verb_index + 1:
            return position
        if speech_verb(item) or key in _PARTICIPLES:
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
    if not _can_start_name(article, position, singles) and not _known_name(
        article, persons, position
    ):
        return None, None
    names = _name_tokens(article, position, end, singles)
    keys = tuple(_name_key(article.tokens[i].token.text) for i in names)
    matches = [p.index for p in persons if _same(keys, p.keys[-1:]) or _same(keys, p.keys)]
    matches = sorted(set(matches))
    if len(matches) == 1:
        person = matches[0]
    elif not matches and all(_name_evidence(article, i, singles) for i in names):
        person = len(persons)
        label = " ".join(strip_tashkeel(article.tokens[i].token.text) for i in names)
        persons.append(Person(person, label, keys))
    else:
        return None, None
    sentence = article.tokens[start].token.sentence
    return person, Mention(sentence, start, names, "", False, person)


def _known_name(article: ArticleContext, persons: list[Person], position: int) -> bool:
    key = _name_key(article.tokens[position].token.text)
    return any(key in person.keys for person in persons)


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
            and normalize_key(item.token.text) in _PARTICIPLES
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
            base = _PARTICIPLES[normalize_key(item.token.text)]
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
        if _is_that(key) or key == normalize_key("إلى") or key == normalize_key("على"):
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
