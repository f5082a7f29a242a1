"""Written Arabic at the level of letters: clitics of a token, joining, sentence pieces.

Analyses describe the bare letters (no vowel marks, no tatweel); the article keeps whatever marks
its author typed. These helpers map between the two so that what a learner sees is always the
article's own text.
"""

from __future__ import annotations

import re

from exercises.arabic.analysis_types import Analysis, AnalyzedDocument, AnalyzedToken, Document
from exercises.arabic.context.gazetteer import default_gazetteer, first_word_variants
from exercises.arabic.stopwords import stopword_keys
from exercises.arabic.text.normalize import lookup_form, normalize_key, strip_tashkeel
from exercises.arabic.wordlists import lines, word_list

TATWEEL = "ـ"
# Letters that never join the letter after them; after any other letter a blank needs a tatweel,
# or the clitic would show in its final (unjoined) shape: بالـ＿＿＿ not بال＿＿＿.
_NON_JOINING = frozenset("اأإآٱدذرزوؤةءى")
_TANWEEN = frozenset("\u064b\u064c\u064d")
_DROPPABLE_PREFIX_TAGS = ("CONJ", "PREP", "EMPHATIC_PARTICLE", "RESULT_CLAUSE_PARTICLE")
_DASHES = frozenset("—–-")
_DATELINE_TOKENS = 16
_PROSE_WORDS = 3
_LIST_MARKER = re.compile(r"[-*+•·▪–]\s|[0-9\u0660-\u0669]{1,2}\s*[.)-]\s")
_DATELINE_WORDS = 6
_DATELINE_LINES = 3  # the paragraphs a dateline may open (title, a press-release line, ...)
_AGENCIES = word_list("news_agencies")
# An agency's tag left inside a sentence: (واج)، / وام /، (أ ف ب) -, with a dash or colon after.
_AGENCY_TAG = re.compile(
    r"\s*[(/]\s*(?:"
    + "|".join(
        sorted(
            (re.escape(name).replace("\\ ", r"[\s.]*") for name in lines("news_agencies")),
            key=len,
            reverse=True,
        )
    )
    + r")\s*[)/](?:\s*[-–—:])?"
)
_LEADING_CONNECTORS = lines("leading_connectors")


def letter_positions(text: str) -> list[int]:
    """Indices of the characters of ``text`` that are letters (not vowel marks or tatweel)."""
    return [i for i, char in enumerate(text) if lookup_form(char)]


def split_written(text: str, analysis: Analysis) -> tuple[str, str, str]:
    """The token as written, cut into (proclitics, stem, suffixes) the way ``analysis`` reads it.

    Vowel marks stay with the letter they follow. If the letters do not add up (an unknown word
    guessed by the pipeline), the whole token is the stem.
    """
    letters = letter_positions(text)
    n_prefix, n_suffix = len(analysis.prefix_text), len(analysis.suffix_text)
    if n_prefix + n_suffix >= len(letters):
        return "", text, ""
    prefix_end = letters[n_prefix] if n_prefix else 0
    suffix_start = letters[len(letters) - n_suffix] if n_suffix else len(text)
    return text[:prefix_end], text[prefix_end:suffix_start], text[suffix_start:]


def joins_next(text: str) -> bool:
    """True when the last letter of ``text`` connects to a following letter."""
    bare = lookup_form(text)
    return bool(bare) and bare[-1] not in _NON_JOINING and "\u0621" <= bare[-1] <= "\u064a"


def trailing_tanween(stem: str) -> str:
    """The tanween marks typed at the end of a stem (قائلًا): grammar, not part of the word."""
    marks = []
    for char in reversed(stem):
        if char in _TANWEEN:
            marks.append(char)
        elif lookup_form(char):
            break
    return "".join(reversed(marks))


_FATHATAN = "\u064b"
_FATHATAN_SEATS = frozenset("اةءى")


def tanween_well_placed(word: str) -> bool:
    """A fatha tanween is written by its alif (رسمياً، رسميًا) or on ة ء ى (مدرسةً، جزءً), never
    on a bare final letter (وفقً): a distractor built that way is no written word."""
    for position, char in enumerate(word):
        if char != _FATHATAN:
            continue
        before = word[position - 1] if position else ""
        after = word[position + 1] if position + 1 < len(word) else ""
        if before not in _FATHATAN_SEATS and after != "ا":
            return False
    return True


def blank_in_word(prefix: str, blank: str, suffix: str, stem: str) -> str:
    """The blank between visible clitics, with tatweels so the letters stay joined on screen."""
    left = prefix + (TATWEEL if prefix and joins_next(prefix) else "")
    right = (TATWEEL if suffix and joins_next(stem) else "") + suffix
    return left + blank + right


def dictionary_shape(item: AnalyzedToken) -> str:
    """The token without conjunctions and prepositions, article ال kept (وللتعاون -> التعاون)."""
    analysis = item.analysis
    text = item.token.text
    if analysis is None:
        return text
    prefix, stem, suffix = split_written(text, analysis)
    dropped = 0
    for tag in analysis.prefixes:
        if tag.split("/")[-1] not in _DROPPABLE_PREFIX_TAGS:
            break
        dropped += 1
    rest = strip_tashkeel(prefix)[dropped:]
    if "Al/DET" in analysis.prefixes and not rest.startswith("ال"):
        rest = "ا" + rest  # لل = لِ + ال with the alef dropped in writing
    return rest + stem + suffix


def statement_start(analysed: AnalyzedDocument, sentence_index: int) -> int:
    """Where the sentence's own words start, after a news dateline (بكين، 5 فبراير 2022 —).

    A dateline is a few words with no verb (a place, a date, an agency) that end at a dash, at a
    colon, at an agency between slashes or after an agency's name: الرباط - (ومع) - ، مسقط في 5
    مارس /العمانية/، بريدة 12 صفر 1446 هـ واس. Words in brackets or between slashes and agency
    names are never the news's verb (the analysis reads بترا as one).
    """
    document = analysed.document
    sentence = document.sentences[sentence_index]
    if not _opens_the_article(analysed, sentence_index):
        return sentence.start  # only an article's opening line carries a dateline
    tokens = analysed.tokens[sentence.first_token : sentence.last_token]
    tagged_end = _after_agency_tag(tokens)
    if tagged_end is not None:
        return tagged_end  # (بترا) - or / وام /: a dateline whatever its place name reads as
    start = sentence.start
    words = 0
    slashes = 0
    depth = 0
    for position, item in enumerate(tokens[:_DATELINE_TOKENS]):
        token = item.token
        depth += (token.text == "(") - (token.text == ")")
        following = tokens[position + 1].token if position + 1 < len(tokens) else None
        if token.kind == "word" and not depth and slashes != 1:
            if normalize_key(token.text) in _AGENCIES:
                if position and following is not None and following.kind == "word":
                    return following.start  # بريدة 12 صفر 1446 هـ واس انطلقت ...
            elif not _is_agency(token.text):
                words += 1
                verb = item.analysis is not None and item.analysis.pos == "VERB"
                tagged = following is not None and following.text in _DASHES
                if words > _DATELINE_WORDS or (verb and not tagged):
                    break  # a verb starts the news itself, unless a dash tags it (الكويت - كونا -)
        slashes += token.text == "/"
        ends = token.text in _DASHES or token.text == ":" or (token.text == "/" and slashes == 2)
        if ends and position and position < len(tokens) - 1:
            start = tokens[position + 1].token.start
    return start


def _after_agency_tag(tokens: list[AnalyzedToken]) -> int | None:
    """Where the news starts after an agency between brackets or slashes, a dash after it
    included, when the tag comes within the first few tokens."""
    texts = [item.token.text for item in tokens[:_DATELINE_TOKENS]]
    for position in range(1, len(texts) - 2):
        opening, name, closing = texts[position : position + 3]
        if (opening, closing) in (("(", ")"), ("/", "/")) and _is_agency(name):
            words = sum(item.token.kind == "word" for item in tokens[:position])
            if words > _DATELINE_WORDS:
                return None  # «وقال الوكيل، في تصريح لوكالة الأنباء /قنا/، إن»: a source named
            dashes = [i for i, text in enumerate(texts[:position]) if text in _DASHES]
            if dashes and any(
                tokens[i].token.kind == "word" for i in range(dashes[-1] + 1, position)
            ):  # الجزائر - أعلنت الوزارة (واج) عن ...: the dateline ended at the dash
                return None
            after = position + 3
            while after < len(tokens) - 1 and tokens[after].token.text in (*_DASHES, ":"):
                after += 1  # (كونا) -- : a doubled dash is two tokens
            return tokens[after].token.start if after < len(tokens) else None
    return None


def _is_agency(word: str) -> bool:
    return normalize_key(word) in _AGENCIES or len(lookup_form(word)) == 1  # أ ف ب، أ ش أ


def _opens_the_article(analysed: AnalyzedDocument, sentence_index: int) -> bool:
    """The first sentence of one of the article's first paragraphs that is no heading: the title
    is not always marked as one, and a press release puts a line (بيان صحفي) before its news."""
    document = analysed.document
    sentence = document.sentences[sentence_index]
    if sentence_index == _first_body_sentence(analysed):
        return True
    paragraph = document.paragraphs[sentence.paragraph]
    first_of_paragraph = sentence_index == 0 or (
        document.sentences[sentence_index - 1].paragraph != sentence.paragraph
    )
    return first_of_paragraph and not paragraph.is_heading and sentence.paragraph <= _DATELINE_LINES


def is_prose(document: Document, sentence_index: int) -> bool:
    """A sentence of running text that a prompt can show on its own: not an item of a list,
    not a lead-in that ends with a colon (وأظهرت الدراسة أن:), not a fragment of a few words,
    not a clause joined to the next or the last by ؛, not a piece of a longer quotation."""
    sentence = document.sentences[sentence_index]
    tokens = document.tokens[sentence.first_token : sentence.last_token]
    if sum(token.kind == "word" for token in tokens) < _PROSE_WORDS:
        return False
    if tokens[-1].text in (":", "؛") or _after_semicolon(document, sentence_index):
        return False
    if not _quotes_balanced(document.sentence_text(sentence_index)):
        return False
    paragraph = document.paragraphs[sentence.paragraph]
    line_start = document.text.rfind("\n", 0, paragraph.start) + 1
    marker = document.text[line_start : paragraph.start] + document.text[paragraph.start :][:4]
    return not _LIST_MARKER.match(marker.lstrip())


def _after_semicolon(document: Document, sentence_index: int) -> bool:
    if sentence_index == 0:
        return False
    before = document.sentences[sentence_index - 1]
    same_paragraph = before.paragraph == document.sentences[sentence_index].paragraph
    return same_paragraph and document.tokens[before.last_token - 1].text == "؛"


def _quotes_balanced(text: str) -> bool:
    return (
        text.count("«") == text.count("»")
        and text.count("“") == text.count("”")
        and text.count('"') % 2 == 0
    )


def _first_body_sentence(analysed: AnalyzedDocument) -> int:
    paragraphs = analysed.document.paragraphs
    for sentence in analysed.document.sentences:
        if not paragraphs[sentence.paragraph].is_heading:
            return sentence.index
    return -1


def leading_connector_length(text: str) -> int:
    """How many characters of ``text`` (a sentence) its leading connector takes (في المقابل،
    من جهته): 0 when it opens with none."""
    for connector in _LEADING_CONNECTORS:
        if text.startswith(connector + "،") or text.startswith(connector + " "):
            return len(connector)
    return 0


def clean_statement(text: str) -> str:
    """A sentence as a free-standing statement: no leading connector, one final full stop."""
    text = text.strip()
    length = leading_connector_length(text)
    rest = text[length:].lstrip("، ").strip()
    if length and len(rest.split()) >= 4:
        text = rest
    text = _AGENCY_TAG.sub(" ", text).strip()  # أعلنت الوزارة (واج) عن ...
    text = re.sub(r"\s+([،,.])", r"\1", re.sub(r"\s{2,}", " ", text))
    text = re.sub(r"[\s،,؛:]+$", "", text)
    if text and text[-1] not in '.!؟?"”»':
        text += "."
    return text


def drop_leading_wa(text: str, first: AnalyzedToken | None) -> str:
    """Drop the conjunction و that ties a news sentence to the one before it (وقال -> قال)."""
    if first is None or first.analysis is None or not text.startswith("و"):
        return text
    word = text.split(" ", 1)[0]
    rest = lookup_form(word[1:])
    if len(rest) < 2:
        return text
    if first.analysis.prefixes[:1] == ("wa/CONJ",) or normalize_key(rest) in stopword_keys():
        return text[1:]
    return text


_RELATIVE = re.compile(r"\s*(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين|اللواتي|اللاتي)\b")


def cut_at_clause(text: str, *, max_words: int, min_words: int = 5, keep_until: int = 0) -> str:
    """At most ``max_words`` words, cut after a comma when one falls in range.

    ``keep_until`` is a character offset that must stay inside the result (the evidence). Returns
    the text unchanged when no comma cut keeps it between ``min_words`` and ``max_words``.
    """
    if len(text.split()) <= max_words:
        return text
    best = None
    relative = False
    inside = _inside_time_asides(text)
    for match in re.finditer(r"،", text):
        closes, relative = relative, bool(_RELATIVE.match(text, match.end()))
        if match.start() < keep_until or relative or closes or match.start() in inside:
            continue  # ، الذي ... ،: the noun before the clause still waits for its predicate
        count = len(text[: match.start()].split())
        if min_words <= count <= max_words:
            best = match.start()
    if best is None:
        return text
    return text[:best].rstrip()


_TIME_ASIDE_LEADS = word_list("calendar", "adverbial leads")
_ADJUNCT_AFTER = word_list("prepositions")  # the project's list, not one of its own


def _inside_time_asides(text: str) -> frozenset[int]:
    """The commas around a short time or place aside the clause goes on after (أحبطت القوات،
    فجر اليوم الثلاثاء، محاولة تهريب ...): a cut there leaves the verb without its object. The
    opening comma stays a cut when an adjunct follows the aside (أعماله، يوم الخميس، من دون)."""
    commas = [match.start() for match in re.finditer(r"،", text)]
    found: set[int] = set()
    for left, right in zip(commas, commas[1:], strict=False):
        aside = text[left + 1 : right].split()
        rest = text[right + 1 :].split()
        if not 1 <= len(aside) <= 6 or not rest:
            continue
        if normalize_key(aside[0]) not in _TIME_ASIDE_LEADS:
            continue
        found.add(right)
        if normalize_key(rest[0]) not in _ADJUNCT_AFTER:
            found.add(left)
    return frozenset(found)


def multiword_name_tokens(document: Document) -> frozenset[int]:
    """Token indices of the well-known multiword names of the gazetteer (الولايات المتحدة), the
    adjectives that complete them included (the analysis keeps those ADJ)."""
    gazetteer = default_gazetteer()
    found: set[int] = set()
    for sentence in document.sentences:
        words = [
            token
            for token in document.tokens[sentence.first_token : sentence.last_token]
            if token.kind == "word"
        ]
        keys = [normalize_key(token.text) for token in words]
        for position, key in enumerate(keys):
            for first in first_word_variants(key):
                for rest in gazetteer.get(first, ()):
                    end = position + 1 + len(rest)
                    if tuple(keys[position + 1 : end]) == rest:
                        found.update(token.index for token in words[position:end])
    return frozenset(found)


_QUOTE_PAIRS = (("“", "”"), ("«", "»"))


def balance_quotes(text: str) -> str:
    """Close a quotation that a cut left open."""
    for opening, closing in _QUOTE_PAIRS:
        if text.count(opening) > text.count(closing):
            text += closing
    if text.count('"') % 2:
        text += '"'
    return text
