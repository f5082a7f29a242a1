"""The words news writes around people: titles, heads of bodies and places, speech verbs.

Word lists and tests on single words, shared by the mentions of persons and by their speech.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import rows, word_list

# Normalized keys (no ال, one alef, ta marbuta as ه), singular masculine and feminine.
_TITLES = word_list("titles")
# Roles before a name in features (الصياد حسن البنا); some are roles only with ال (الطالبة).
_PERSON_NOUNS = word_list("person_nouns", "any")
_DEFINITE_PERSON_NOUNS = word_list("person_nouns", "definite")
# Heads of organisations a title is built on without ال: رئيس اتحاد الصناعات.
_ORGANISATIONS = word_list("organisations")
# Heads followed by a proper name in construct: نادي الرجاء، ملعب مولاي عبد الله، مدينة الزرقاء.
NAMED_PLACES = word_list("named_places")
# Words that follow a title or a speech verb without being a name (قال الرئيس يوم الأحد).
NOT_NAMES = frozenset(normalize_key(word) for row in rows("not_names") for word in row)
# Speech verbs, written without و/ف, and the 3rd person masculine form a question uses.
_SPEECH_VERBS: Mapping[str, str] = MappingProxyType(
    {normalize_key(form): verb[0] for verb in rows("speech_verbs") for form in verb}
)
SPEECH_LEMMAS = frozenset(normalize_key(base) for base in _SPEECH_VERBS.values()) | word_list(
    "appeal_verbs"
)
# Participles that add a second claim of the same speaker: ..., مضيفًا أن ...
PARTICIPLES: Mapping[str, str] = MappingProxyType(
    {normalize_key(participle): verb for participle, verb in rows("speech_participles")}
)
SAYING = frozenset({normalize_key("قائلا"), normalize_key("قائلة")})
_THAT = frozenset(normalize_key(w) for w in ("إن", "أن", "بأن"))
_PRONOUNS = frozenset(normalize_key(w) for w in ("ه", "ها", "هم", "هما", "هن", "نا", "ني"))


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


def is_title(item: AnalyzedToken) -> bool:
    return item.token.kind == "word" and is_title_word(item.token.text)


def is_title_word(text: str) -> bool:
    """الرئيس، وزير، الطبيبة، الصياد ...: words that stand before a person's name."""
    variants = _key_variants(text)
    if any(v in _TITLES or v in _PERSON_NOUNS for v in variants):
        return True
    definite = (v[2:] for v in variants if v.startswith(("ال", "لل")) and len(v) > 3)
    return any(v in _DEFINITE_PERSON_NOUNS for v in definite)


def is_person_noun(item: AnalyzedToken) -> bool:
    """الصياد، الطالبة ...: a role of the people finder's own, not a rank the analysis knows."""
    variants = _key_variants(item.token.text)
    return not any(v in _TITLES for v in variants) and is_title(item)


def is_organisation(item: AnalyzedToken) -> bool:
    return any(v in _ORGANISATIONS for v in _key_variants(item.token.text))


def speech_verb(item: AnalyzedToken) -> str:
    """The base form of a speech verb token (وقالت -> قال), or ""."""
    if item.token.kind != "word":
        return ""
    return speech_verb_word(item.token.text)


def speech_verb_word(text: str) -> str:
    """The base form of a written speech verb (وقالت -> قال), or ""."""
    key = normalize_key(text)
    if key in _SPEECH_VERBS:
        return _SPEECH_VERBS[key]
    if key[:1] in ("و", "ف") and key[1:] in _SPEECH_VERBS:
        return _SPEECH_VERBS[key[1:]]
    return ""


def is_speech_word(item: AnalyzedToken) -> bool:
    """Speech verbs and the participles and قائلًا that go with them."""
    key = normalize_key(item.token.text)
    if key[:1] in ("و", "ف") and key[1:] in PARTICIPLES:
        key = key[1:]
    return bool(speech_verb(item)) or key in PARTICIPLES or key in SAYING


def is_that(key: str) -> bool:
    if key in _THAT:
        return True
    return any(key.startswith(that) and key[len(that) :] in _PRONOUNS for that in _THAT)
