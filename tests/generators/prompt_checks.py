"""What a prompt or an option cut from a sentence must never look like, for the corpus tests:
it ends with a word that needs a complement (a preposition, a construct noun such as «بنهاية»),
it carries a news dateline or an agency marker («(واج) -»), or its quotes and brackets are open."""

from __future__ import annotations

import re

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import lines, word_list
from exercises.generators.items import Item

# Words that cannot end a clause: they govern the noun after them.
DANGLING = (
    word_list("prepositions")
    | word_list("noun_prepositions")
    | word_list("time_span_parts")
    | word_list("approximators")
    | frozenset(
        normalize_key(word)
        for word in [
            "خلال",
            "أثناء",
            "عقب",
            "إثر",
            "قبيل",
            "ضمن",
            "وسط",
            "لصالح",
            "بحلول",
            "مقابل",
            "أن",
            "إن",
            "بأن",
            "الذي",
            "التي",
            "الذين",
            "بداية",
            "نهاية",
            "غاية",
            "حوالي",
            "نحو",
            "قرابة",
            "بسبب",
            "نتيجة",
            "جراء",
            "لدى",
        ]
    )
)
_CLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
_AGENCIES = "|".join(re.escape(agency) for agency in lines("news_agencies"))
DATELINE = re.compile(
    rf"\(\s*(?:{_AGENCIES})\s*\)|/\s*(?:{_AGENCIES})\s*/|[-–—]\s*(?:{_AGENCIES})\s*[-–—]"
    rf"|^\s*[\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?(?:،?\s[0-9٠-٩]+\s[\u0621-\u064a]+)?\s[-–—]\s"
)
_PAIRS = (("«", "»"), ("(", ")"), ("[", "]"), ("“", "”"))
_FRAMES = ("ما معنى «", "رتّب الأحداث")


def last_word(text: str) -> str:
    words = re.sub(r"[^\u0621-\u064a0-9\u0660-\u0669\s]", " ", text).split()
    return words[-1] if words else ""


def dangles(text: str) -> bool:
    """The text ends with a word that needs the noun after it (في، بنهاية، خلال)."""
    word = last_word(text.rstrip(" .؟?!"))
    if not word:
        return False
    if re.search(r"عن بعد$", text.rstrip(" .؟?!")):
        return False  # «الشراء عن بعد»: remotely, بعد a noun here
    key = normalize_key(word)
    if key in DANGLING:
        return True
    return any(
        key.startswith(clitic)
        and normalize_key(key[len(clitic) :]) in DANGLING
        and len(key) - len(clitic) >= 3
        for clitic in _CLITICS
    )


def balanced(text: str) -> bool:
    return text.count('"') % 2 == 0 and all(
        text.count(left) == text.count(right) for left, right in _PAIRS
    )


def texts_of(item: Item) -> list[str]:
    """The Arabic pieces of an item cut from the article: its prompt, options and events."""
    pieces = [] if item.prompt.startswith(_FRAMES) else [item.prompt.removesuffix("؟")]
    if item.subtype in ("meaning", "heading"):
        return pieces
    pieces += [option for option in item.options if option not in ("صح", "خطأ")]
    pieces += list(item.sequence)
    return pieces


def problems(item: Item) -> list[str]:
    found = []
    for text in texts_of(item):
        if dangles(text):
            found.append(f"dangles: {text}")
        if DATELINE.search(text):
            found.append(f"dateline: {text}")
        if not balanced(text):
            found.append(f"unbalanced: {text}")
    return found
