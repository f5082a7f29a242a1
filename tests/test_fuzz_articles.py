"""Articles built from realistic parts: analysis, generation and an export never fail.

Structure-aware: sentences of Arabic words drawn from the corpus and the seed, numbers in both
digit sets, dates in every calendar (paired ones too), quotes and reported speech, headings,
bullet lines, Latin words, very short and long paragraphs, stray tatweel and bidi controls. Each
example is small (about 20 to 120 words). Derandomized: the same examples on every run; a
failure prints the blob to reproduce it. The number of examples comes from the Hypothesis
profile (tests/conftest.py: 2,000 by default, ``HYPOTHESIS_PROFILE=dev`` for a quick run).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exercises.arabic.pipeline import analyze_text
from exercises.arabic.vocabulary import build_vocabulary
from exercises.arabic.wordlists import variants
from exercises.article_files import clean_text
from exercises.exports.article import ExportArticle
from exercises.exports.gift import gift_bytes
from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((ROOT / "tests" / "corpus").glob("*.txt")),
    *sorted((ROOT / "seeds").glob("*.txt")),
]
_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a]{2,12}")
WORDS = sorted({w for path in SOURCES for w in _WORD.findall(path.read_text(encoding="utf-8"))})
MONTHS = [
    e[0] for c in ("gregorian", "levantine", "maghrebi", "hijri") for e in variants("calendar", c)
]
GREGORIAN = [e[0] for e in variants("calendar", "gregorian")]
LATIN = ["COP28", "OPEC+", "Reuters", "iPhone", "AI", "Wi-Fi", "NASA", "BBC", "5G", "covid-19"]
SPEECH = ["وقال", "وأضاف", "وأكد", "قالت", "وأوضح"]
DATE_LEAD = ["في", "منذ", "خلال", "مطلع", "أواخر", "حتى", "شهر", "وفي"]
BIDI = ["\u202e", "\u202b", "\u202c", "\u2066", "\u2069", "\u200f", "\u200e", "\u200c"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _word(index: int) -> str:
    return WORDS[index]


word = st.integers(0, len(WORDS) - 1).map(_word)  # sampled_from(WORDS) would print them all
digits = st.sampled_from([str, lambda s: s.translate(INDIC)])
number = st.builds(
    lambda n, form, write: write(form(n)),
    st.integers(0, 2_000_000),
    st.sampled_from([str, "{}%".format, "{} بالمئة".format, lambda n: f"{n / 100:.1f}"]),
    digits,
)
year = st.builds(
    lambda y, write: write(str(y)), st.integers(1900, 2099) | st.integers(1400, 1450), digits
)
month = st.sampled_from(MONTHS) | st.builds(
    lambda a, b: f"{a}/{b}" if a != b else a, st.sampled_from(MONTHS), st.sampled_from(GREGORIAN)
)
date = st.one_of(
    st.builds(lambda d, m, y, w: f"{w(str(d))} {m} {y}", st.integers(1, 31), month, year, digits),
    st.builds("{} {}".format, st.sampled_from(DATE_LEAD), month),
    st.builds("{} {} الماضي".format, st.sampled_from(DATE_LEAD), month),
    st.builds("يوم {}".format, st.sampled_from([e[0] for e in variants("calendar", "weekdays")])),
)
tatweel = st.builds(lambda w, i: w[:i] + "ـــ" + w[i:], word, st.integers(1, 3))
bidi = st.builds(lambda w, c: c + w, word, st.sampled_from(BIDI))
token = st.one_of(
    word, word, word, word, word, word, number, date, st.sampled_from(LATIN), tatweel, bidi
)
words = st.lists(token, min_size=1, max_size=12).map(" ".join)
quote = st.builds(lambda w, q: q[0] + w + q[1], words, st.sampled_from(["«»", '""', "“”"]))
sentence = st.one_of(
    st.builds(lambda w, end: w + end, words, st.sampled_from([".", ".", "؟", "!", "", "..."])),
    st.builds(lambda s, who, w: f"{s} {who} إن {w}.", st.sampled_from(SPEECH), word, words),
    st.builds(lambda w, q: f"{w}: {q}.", words, quote),
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)
heading = st.lists(word, min_size=1, max_size=6).map(" ".join)
bullet = st.builds(
    lambda mark, s: f"{mark} {s}", st.sampled_from(["-", "•", "*", "1.", "١-"]), sentence
)
block = st.one_of(paragraph, paragraph, heading, bullet, st.just(""))
article = (
    st.lists(block, min_size=1, max_size=6)
    .map("\n".join)
    .filter(lambda text: 20 <= len(text.split()) <= 120)
)
options = st.builds(
    GenerationOptions,
    count=st.integers(1, 25),
    level=st.sampled_from([None, "A1", "B1", "C2"]),
    seed=st.integers(0, 1000),
    cloze_typed=st.booleans(),
    keep_clitics=st.booleans(),
)


class _Failures(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@settings(
    derandomize=True,
    print_blob=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(text=article, generation=options)
def test_any_article_made_of_realistic_parts_is_analysed_generated_and_exported(text, generation):
    failures = _Failures()
    logger = logging.getLogger("exercises.generators")
    logger.addHandler(failures)
    try:
        analysed = analyze_text(clean_text(text))
        vocabulary = build_vocabulary(analysed)
        items = generate(analysed, vocabulary, generation)
        export = ExportArticle.from_document(
            key="fuzz", title="مقال", document=analysed.document,
            vocabulary=vocabulary.words, names=vocabulary.names, items=items, source="",
        )  # fmt: skip
        assert gift_bytes([export]).decode("utf-8") is not None
    finally:
        logger.removeHandler(failures)
    assert failures.messages == []
