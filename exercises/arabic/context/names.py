"""Proper names the lexicon does not know as such: after titles, next to names, calendars."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from exercises.arabic.analysis_types import Analysis
from exercises.arabic.context.calendar_names import (
    CALENDAR_NAMES,
    WEEKDAYS,
    calendar_word,
    weekday_as_name,
)
from exercises.arabic.context.dates import ERA_TAG
from exercises.arabic.context.family_names import family_name
from exercises.arabic.morphology.priors import prior
from exercises.arabic.morphology.reading_traits import (
    definite_article,
    has_preposition,
    has_tanween,
    key_of,
)
from exercises.arabic.text.normalize import normalize_key, strip_tashkeel
from exercises.arabic.wordlists import rows, word_list

NAME_HEADS = word_list("name_heads")
INSTITUTION_HEADS = word_list("institution_heads")
DEFINITE_NAME_HEADS = word_list("definite_name_heads")
ANY_NAME_HEAD = NAME_HEADS | INSTITUTION_HEADS | DEFINITE_NAME_HEADS
NAME_ADJECTIVES = word_list("name_adjectives")
NOUN_PREPOSITIONS = word_list("noun_prepositions")
CLAUSE_VERB_OPENERS = word_list("strong_verb_triggers") | word_list("clause_verb_openers")
# Every form of the verbs of saying, alone or after و: قال، وقالت، يقول.
SAYING_VERBS = frozenset(
    prefix + normalize_key(form)
    for verb in rows("speech_verbs", "said")
    for form in verb
    for prefix in ("", "و")
)

_TITLE_KEYS = word_list("titles")
_INTRODUCED_WITHIN = 3
_THAT = frozenset(normalize_key(word) for word in ("أن", "إن", "بأن", "لأن"))
_NAME_PRIOR_CEILING = -5.5
_KNOWN_NAME_PRIOR_CEILING = -3.5
# The subject's person, gender and number in a verb's tags: ya/IV3MS, A/PVSUFF_SUBJ:3MD.
_SUBJECT_MARK = re.compile(r"/IV([123][MF]?[SDP]?)|SUBJ:([123]?[MF]?[SDP]?)")
_SAID_BY_PRIOR_CEILING = -4.0  # after قال, a bare noun rarer than this is a name

# Heads of the official names of states, which stand before the country's name with its
# article too: جمهورية الصين، مملكة البحرين، سلطنة عمان.
_STATE_HEADS = frozenset(normalize_key(word) for word in ("جمهورية", "مملكة", "إمارة", "سلطنة"))


def name_reading(written: str) -> Analysis:
    """A proper-name reading for a word the lexicon knows only as something else (شي Xi)."""
    return Analysis(
        lemma=written,
        lemma_vocalized=written,
        vocalized=written,
        pos="PROPN",
        tag="NAME_IN_CONTEXT",
        stem=written,
        lemma_id=f"name:{written}",
    )


def has_name_reading(readings: Sequence[Analysis], *, bare: bool = False) -> bool:
    """Whether the lexicon also knows the word as a proper name (جون: bay; John), with no
    proclitics when ``bare``."""
    return any(a.pos == "PROPN" and not (bare and a.prefixes) for a in readings)


def looks_like_name(
    written: str,
    analyses: Sequence[Analysis],
    best: Analysis | None,
    *,
    after_title: bool,
    after_name: bool,
) -> bool:
    """After a title or a name, a bare word the lexicon reads only as a common noun is a name.

    Args:
        written: the word as written.
        analyses: all its readings.
        best: the reading chosen so far.
        after_title: the word follows a definite title (الرئيس، الرئيس الصيني).
        after_name: the word follows a name.

    Returns:
        Whether to read the word as a name instead.
    """
    if best is None or best.pos != "NOUN" or best.prefixes or best.suffixes:
        return False
    if has_tanween(written):
        return False
    if written.startswith("ال") or any(a.pos == "PROPN" for a in analyses):
        return False
    if after_title:
        return True
    return after_name and prior(best.lemma_id) < _NAME_PRIOR_CEILING


def mark_names(
    words: Sequence[tuple[str, Sequence[Analysis]]],
    chosen: list[Analysis | None],
    *,
    phrase_starts: frozenset[int] = frozenset(),
    keys: Sequence[str] | None = None,
) -> list[Analysis | None]:
    """Find the parts of multiword names that the lexicon reads as common words.

    Names do not run across ``phrase_starts`` (sentence starts and words after punctuation).

    * A word without clitics between two names is a name (شي جين بينغ); so is a rare one next
      to a name (جيف نوت, كابيتول هيل): the lexicon's reading (جِيفَة carrion) is kept only
      when the word is common, or also a first name the lexicon knows (جون سميث). A verb
      that opens its clause stays a verb (ثم أوعز ماكرون).
    * After a name, a word whose verb readings cannot agree with it is part of it (رافاييل
      نادا: only a dual).
    * A noun that heads names of places and bodies, right before a name, is part of the name
      (جامعة هارفرد، نهر النيل، جزيرة القرم); so are a few heads before the adjective that
      completes a well-known name (الولايات المتحدة، الاتحاد الأوروبي). The head is
      recognised by its lemma or, where the lexicon's first lemma is a homograph, by the
      written word (نهر read as نَهار); before a name it may carry a preposition (بجامعة).
    * A body's head and its definite complement are one name (وزارة الدفاع، مجلس الشيوخ).
    * After a verb of saying, a rare bare noun is who speaks (قالت ليف); after a preposition,
      a word the lexicon reads only as a verb is a name (في فيسبوك).
    """
    if keys is None:
        keys = [normalize_key(written) for written, _ in words]
    scan = _NameScan(words, chosen, list(chosen), keys, phrase_starts)
    for position, analysis in enumerate(chosen):
        if analysis is not None and weekday_as_name(keys, position, analysis):
            scan.result[position] = _as_name(analysis, words[position][0])
            continue  # المدرب جمعة الحسيني: a man's name, not Friday
        if analysis is None or analysis.pos == "PROPN" or analysis.tag == ERA_TAG:
            continue  # م in 1977 م ماكرون is the date's era, not part of the name
        name = scan.person_name_part(position, analysis)
        if name is not None:
            scan.result[position] = name
            continue
        stem = keys[position][len(analysis.prefix_text) :]
        following = keys[position + 1] if position + 1 < len(keys) else ""
        if calendar_word(words[position][0], analysis, stem, following):
            scan.result[position] = _as_name(analysis, words[position][0])
            continue
        if analysis.pos == "NOUN" and not scan.last(position):
            scan.mark_head_of_name(position, analysis, stem)
    return scan.result


@dataclass(frozen=True, slots=True)
class _NameScan:
    """One pass of :func:`mark_names` over a text: the words, and the readings as they change."""

    words: Sequence[tuple[str, Sequence[Analysis]]]
    chosen: Sequence[Analysis | None]  # the readings before the pass
    result: list[Analysis | None]  # the readings, names marked so far
    keys: Sequence[str]
    phrase_starts: frozenset[int]

    def is_name(self, position: int) -> bool:
        result = self.result
        if position < 0 or position >= len(result) or result[position] is None:
            return False
        analysis = result[position]
        return analysis.pos == "PROPN" and not definite_article(analysis)

    def last(self, position: int) -> bool:
        return position + 1 >= len(self.chosen) or position + 1 in self.phrase_starts

    def person_name_part(self, position: int, analysis: Analysis) -> Analysis | None:
        """The name reading of a word that is part of a person's or a thing's name, or None."""
        first = position in self.phrase_starts
        last = self.last(position)
        before = not first and self.is_name(position - 1)
        after = not last and self.is_name(position + 1)
        written, readings = self.words[position]
        known_name = has_name_reading(readings, bare=True)
        ceiling = (
            _KNOWN_NAME_PRIOR_CEILING
            if known_name and analysis.pos == "NOUN"
            else _NAME_PRIOR_CEILING
        )
        opens_clause = first or self.keys[position - 1] in CLAUSE_VERB_OPENERS
        if before and self._introduced(position - 1) and self._family_name(position):
            return dataclasses.replace(analysis, pos="PROPN", tag="NAME_IN_CONTEXT", gloss="")
        # after a title a verb is a given name too (المهندس عادل المطيري; not حين عادل الزمالك)
        given = analysis.pos in ("NOUN", "ADJ", "VERB") and not analysis.prefixes and not last
        if given and self._introduced(position) and self._family_name(position + 1, True):
            return _name_among(readings, written)
        if (
            (before or (after and not (opens_clause and analysis.pos == "VERB")))
            and analysis.pos in ("NOUN", "VERB", "ADJ")
            and not analysis.prefixes
            and not analysis.suffix_text
            and not has_tanween(written)
            and (before and after or prior(analysis.lemma_id) < ceiling)
        ):
            # Between two names, or rare next to one: شي جين بينغ، جيف نوت (but a verb that
            # opens its clause before a name is its verb: ثم أوعز ماكرون). A word the lexicon
            # also knows as a name needs less: جون (bay; John) سميث.
            return _name_among(readings, written)
        if (
            before
            and analysis.pos == "VERB"
            and not has_tanween(written)
            and not _agrees_with_name(
                readings,
                dual=_may_be_two(
                    self.result, self.words, position, self.is_name, self.phrase_starts
                ),
            )
        ):
            # No verb reading can have the name before it as its subject: in رافاييل نادا
            # the only reading is a dual (نادا, the two called): the word is part of the name.
            return _name_among(readings, written)
        if (
            not first
            and self.keys[position - 1] in SAYING_VERBS
            and analysis.pos == "NOUN"
            and not analysis.prefixes
            and not analysis.suffix_text
            and not has_tanween(written)
            and prior(analysis.lemma_id) < _SAID_BY_PRIOR_CEILING
        ):
            # After a verb of saying, a rare bare noun is who speaks: قال ثاقب، قالت ليف.
            return _name_among(readings, written)
        if (
            analysis.pos == "VERB"
            and not first
            and self.keys[position - 1] in NOUN_PREPOSITIONS
            and not any(a.pos in ("NOUN", "ADJ") for a in readings)
        ):
            # No verb follows a preposition: في فيسبوك، بين سولا وترامب، إلى آندي.
            return _name_among(readings, written, bare=False)
        return None

    def _introduced(self, position: int) -> bool:
        """A title or a verb of saying among the three words before (رئيس المجلس أحمد): a
        person's name is expected there."""
        for back in range(1, _INTRODUCED_WITHIN + 1):
            if position - back < 0 or position - back + 1 in self.phrase_starts:
                return False
            key = self.keys[position - back]
            if key in _THAT:
                return False  # أكد الباحث أن نجاح ...: what follows «أن» is what was said
            if key in SAYING_VERBS or _TITLE_KEYS & {key, key[2:], key[3:]}:
                return True
        return False

    def _family_name(self, position: int, given_before: bool = False) -> bool:
        """أحمد الصفدي: the word at ``position`` is a family name after a given name, or with
        ``given_before`` the word before it is a given name the lexicon knows (أحمد)."""
        if position >= len(self.result) or position in self.phrase_starts:
            return False
        written, readings = self.words[position]
        if given_before:
            given = self.result[position - 1]
            known = has_name_reading(self.words[position - 1][1], bare=True)
            if given is None or given.prefixes or given.suffix_text or not known:
                return False
        stem = self.keys[position][2:]
        calendar = "ال" + stem in WEEKDAYS or stem in CALENDAR_NAMES
        return not calendar and family_name(written, readings, self.result[position])

    def mark_head_of_name(self, position: int, analysis: Analysis, stem: str) -> None:
        """Mark a noun that heads a name (جامعة هارفرد، وزارة الدفاع، الولايات المتحدة)."""
        result = self.result
        head = key_of(analysis.lemma)
        if head not in ANY_NAME_HEAD:
            head = stem  # the written word, when the lexicon's lemma is a homograph (نهر)
        if head not in ANY_NAME_HEAD:
            return
        following = result[position + 1]
        if has_preposition(analysis) and not (head in NAME_HEADS and self.is_name(position + 1)):
            return  # بجامعة هارفرد is a name; بالمحكمة العليا may be any court
        if (
            not definite_article(analysis)
            and head in INSTITUTION_HEADS
            and following is not None
            and following.pos == "NOUN"
            and definite_article(following)
            and not following.suffixes
        ):
            # وزارة الدفاع، مجلس الشيوخ: the body's name is the head and its complement.
            result[position] = dataclasses.replace(analysis, pos="PROPN")
            result[position + 1] = dataclasses.replace(following, pos="PROPN")
            return
        if (
            not definite_article(analysis)
            and head in NAME_HEADS
            and (self.is_name(position + 1) or head in _STATE_HEADS and _lexicon_name(following))
            or (
                definite_article(analysis)
                and head in DEFINITE_NAME_HEADS
                and following is not None
                and following.pos == "ADJ"
                and key_of(following.lemma) in NAME_ADJECTIVES
            )
        ):
            result[position] = dataclasses.replace(analysis, pos="PROPN")


def _name_among(readings: Sequence[Analysis], written: str, *, bare: bool = True) -> Analysis:
    """The lexicon's name reading of the word (without proclitics when ``bare``), else a new one."""
    for reading in readings:
        if reading.pos == "PROPN" and not (bare and reading.prefixes):
            return reading
    return name_reading(strip_tashkeel(written))


def _agrees_with_name(analyses: Sequence[Analysis], *, dual: bool) -> bool:
    """Whether some verb reading could follow a name as its verb.

    A verb after its subject agrees with it: third person, and dual only when two are named
    (``dual``). A plural may follow a name that stands for a group: سكان تكساس خرجوا. A
    reading with a clitic or an object pronoun (سأكتب، كتبه) is an Arabic verb, not a name
    the lexicon misreads, and counts as agreeing.
    """
    for analysis in analyses:
        if analysis.pos != "VERB":
            continue
        if any("/IV" not in tag for tag in analysis.prefixes) or any(
            "DO" in tag for tag in analysis.suffixes
        ):
            return True
        subject = "".join(
            match.group(1) or match.group(2)
            for tag in analysis.prefixes + analysis.suffixes
            for match in _SUBJECT_MARK.finditer(tag)
        )
        if "1" in subject or "2" in subject or ("D" in subject and not dual):
            continue
        return True
    return False


def _may_be_two(
    result: Sequence[Analysis | None],
    words: Sequence[tuple[str, Sequence[Analysis]]],
    position: int,
    is_name: Callable[[int], bool],
    phrase_starts: frozenset[int],
) -> bool:
    """Whether the names before ``position`` may be two people: joined by و in the run of
    names (ميسي وكريستيانو رونالدو), or after a noun that may be a dual (لاعبا برشلونة).
    The run stops where its phrase begins."""
    start = position - 1
    while start not in phrase_starts and is_name(start - 1):
        start -= 1
    if any(
        (name := result[index]) is not None and name.prefix_text.startswith("و")
        for index in range(start, position)
    ):
        return True
    return (
        start > 0
        and start not in phrase_starts
        and any("_DU" in tag for reading in words[start - 1][1] for tag in reading.suffixes)
    )


def _lexicon_name(analysis: Analysis | None) -> bool:
    """A name the lexicon knows, with or without its article: الكاميرون، الصين."""
    return (
        analysis is not None
        and analysis.pos == "PROPN"
        and all(tag.endswith("/DET") for tag in analysis.prefixes)
    )


def _as_name(analysis: Analysis, written: str) -> Analysis:
    """The word as a proper name, keeping its proclitics: وفي كانون -> كانون."""
    name = strip_tashkeel(written)[len(analysis.prefix_text) :]
    for article in ("ال",):
        if name.startswith(article) and analysis.prefix_text.endswith(article):
            break
    return dataclasses.replace(
        analysis,
        lemma=name,
        lemma_vocalized=name,
        pos="PROPN",
        tag="NAME_IN_CONTEXT",
        gloss="",
        root="",
        lemma_id=f"name:{name}",
    )
