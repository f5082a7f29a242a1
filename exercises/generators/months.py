"""Month names of every calendar in an article: which token is a month, and its neighbours.

Each calendar (Gregorian, Levantine, Maghrebi, Hijri) is its own list of twelve, in calendar
order; a name's neighbours are taken in that list. A name of two words (كانون الثاني، ربيع
الأول) is no one-token fact and is never offered as a value. Several names are also common
words (آب and أب father, مارس practised, نيسان the car, صفر zero, رمضان a first name): a month
word counts as a month only in a date context.
"""

from __future__ import annotations

from exercises.arabic.analysis_types import AnalyzedToken
from exercises.arabic.text.normalize import normalize_digits, normalize_key
from exercises.arabic.wordlists import variants, word_list

CALENDARS = ("gregorian", "levantine", "maghrebi", "hijri")
MONTHS = {
    calendar: [entry[0] for entry in variants("calendar", calendar)] for calendar in CALENDARS
}
# Each one-word spelling to the calendars it belongs to, with its place: مارس is Gregorian and
# Maghrebi.
MONTH_INDEX: dict[str, dict[str, int]] = {}
for _calendar in CALENDARS:
    for _position, _entry in enumerate(variants("calendar", _calendar)):
        for _spelling in _entry:
            if " " not in _spelling:
                MONTH_INDEX.setdefault(normalize_key(_spelling), {})[_calendar] = _position
_BEFORE = word_list("calendar", "month context before")
_AFTER = word_list("calendar", "month context after")
_PAIR_SIGNS = frozenset({"/", "(", ")", "-", "–"})


def is_month_word(text: str) -> bool:
    return normalize_key(text) in MONTH_INDEX


def is_month(tokens: list[AnalyzedToken], index: int) -> bool:
    """Whether the token is a month named in a date, and not half of a pair (شباط/فبراير).

    A date context is a day number before it (12 آب), a year (آب 2024) or a relative word
    (آب الماضي) after it, or a word like في، منذ، مطلع، خلال شهر right before it.
    """
    if not is_month_word(tokens[index].token.text) or _paired(tokens, index):
        return False
    before = tokens[index - 1].token if index else None
    after = tokens[index + 1].token if index + 1 < len(tokens) else None
    if before is not None and (before.kind == "number" or normalize_key(before.text) in _BEFORE):
        return True
    if after is None:
        return False
    if after.kind == "number":
        value = normalize_digits(after.text)
        return value.isdigit() and len(value) == 4
    return normalize_key(after.text) in _AFTER


def _paired(tokens: list[AnalyzedToken], index: int) -> bool:
    """A month given in two calendars (شباط/فبراير، آذار (مارس)): the other name gives it away."""
    return any(
        0 <= other < len(tokens)
        and tokens[sign].token.text in _PAIR_SIGNS
        and is_month_word(tokens[other].token.text)
        for sign, other in ((index + 1, index + 2), (index - 1, index - 2))
    )


def article_calendar(tokens: list[AnalyzedToken]) -> dict[str, int]:
    """How many month words of each calendar the article has (for names two calendars share)."""
    counts = dict.fromkeys(CALENDARS, 0)
    for item in tokens:
        for calendar in MONTH_INDEX.get(normalize_key(item.token.text), ()):
            counts[calendar] += 1
    return counts


def month_calendar(text: str, counts: dict[str, int]) -> str:
    """The calendar of a month name: its only one, else the article's most used of its own."""
    calendars = MONTH_INDEX[normalize_key(text)]
    return max(calendars, key=lambda c: (counts.get(c, 0), -CALENDARS.index(c)))


def month_neighbours(text: str, calendar: str) -> list[str]:
    """The one-word months of the calendar nearest to this one, the closest first."""
    position = MONTH_INDEX[normalize_key(text)][calendar]
    names = MONTHS[calendar]
    found = []
    for distance in range(1, 7):
        for step in (-distance, distance):
            name = names[(position + step) % len(names)]
            if " " not in name and name not in found and name != names[position]:
                found.append(name)
    return found


_SPELLINGS = frozenset(
    normalize_key(spelling)
    for calendar in CALENDARS
    for entry in variants("calendar", calendar)
    for spelling in entry
)


_TRAILING = "،.؛:!؟"


def _month_name(words: list[str]) -> bool:
    return normalize_key(" ".join(words)) in _SPELLINGS


def one_month_name(text: str) -> str:
    """A month named in two calendars (يناير/كانون الثاني، تشرين الأول/أكتوبر) by its first name
    only: an option reads as prose, without a slash. Names of two words count whole."""
    words = text.split(" ")
    kept: list[str] = []
    position = 0
    while position < len(words):
        word = words[position]
        left, slash, right = word.partition("/")
        if not slash or not left or not right:
            kept.append(word)
            position += 1
            continue
        following = words[position + 1 : position + 2]
        bare = [next_word.rstrip(_TRAILING) for next_word in following]
        two_right = bool(following) and _month_name([right, *bare])
        if not (two_right or _month_name([right.rstrip(_TRAILING)])):
            kept.append(word)
            position += 1
            continue
        if _month_name([left]) or (kept and _month_name([kept[-1], left])):
            # the punctuation after the name dropped stays: «نوفمبر/تشرين الثاني،» -> «نوفمبر،»
            last = following[0] if two_right else right
            kept.append(left + last[len(last.rstrip(_TRAILING)) :])
            position += 2 if two_right else 1
            continue
        kept.append(word)
        position += 1
    return " ".join(kept)
