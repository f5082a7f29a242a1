"""Search keys: one key for every spelling and vowelling a reader treats as the same word."""

import pytest

from exercises.arabic.text.search import (
    query_key,
    query_pattern,
    search_key,
    snippet,
)


@pytest.mark.parametrize(
    ("written", "searched"),
    [
        ("أسعار", "اسعار"),  # hamza above alef
        ("إسلام", "اسلام"),  # hamza below alef
        ("آخر", "اخر"),  # madda
        ("ٱلكتاب", "الكتاب"),  # wasla
        ("مدرسة", "مدرسه"),  # ta marbuta as ha
        ("مستشفى", "مستشفي"),  # alef maksura as ya
        ("الأَسْعَارُ", "الاسعار"),  # vowel marks
        ("مـــدرســة", "مدرسه"),  # tatweel
        ("عامٌ ١٤٤٥", "عام 1445"),  # Arabic-Indic digits
        ("Oil  Prices", "oil prices"),  # case and runs of spaces
        ("في َ البيت", "في البيت"),  # a stray mark between spaces
        ("\ufefb", "لا"),  # a presentation-form ligature
    ],
)
def test_it_gives_one_key_for_spellings_a_reader_treats_as_one(written, searched):
    assert search_key(written) == search_key(searched)


@pytest.mark.parametrize(
    ("a", "b"),
    [("سعر", "شعر"), ("كتب", "كتاب"), ("price", "prize")],
)
def test_it_keeps_different_words_apart(a, b):
    assert search_key(a) != search_key(b)


@pytest.mark.parametrize(
    ("query", "key"),
    [("", ""), (" ", ""), ("ا", ""), ("أَ", ""), ("a", ""), ("اس", "اس"), ("  أسعار ", "اسعار")],
)
def test_a_query_shorter_than_two_letters_has_no_key(query, key):
    assert query_key(query) == key


def test_the_snippet_highlights_the_word_as_written_with_its_vowels():
    text = "قال التقرير إن الأَسْعَارَ ارتفعت هذا العام في أسواق المدينة."
    found = snippet(text, query_key("اسعار"), width=12)
    assert found is not None
    assert found.match == "أَسْعَارَ"
    assert found.before.endswith("ال") and found.after.startswith(" ارتفعت")
    assert found.cut_start and found.cut_end
    assert len(found.before) <= 12 and len(found.after) <= 13


def test_the_snippet_of_a_short_text_is_not_cut_and_spaces_are_flattened():
    found = snippet("Oil\n\nprices rose", query_key("PRICES"))
    assert found is not None
    assert (found.before, found.match, found.after) == ("Oil ", "prices", " rose")
    assert not found.cut_start and not found.cut_end


def test_no_snippet_without_a_match():
    assert snippet("نص قصير", query_key("اسعار")) is None


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("ارتفعت الأسعار", "اسعار", "أسعار"),
        ("الأَسْعَارُ", "الاسعار", "الأَسْعَار"),  # the snippet adds the final mark
        ("مـدرسـة", "مدرسه", "مـدرسـة"),
        ("في المستشفى", "مستشفي", "مستشفى"),
        ("عام ١٤٤٥", "1445", "١٤٤٥"),
        ("Oil   Prices", "oil prices", "Oil   Prices"),
        ("مسؤول", "مسئول", "مسؤول"),
    ],
)
def test_the_pattern_finds_the_query_as_written(text, query, found):
    match = query_pattern(query_key(query)).search(text)
    assert match is not None and match.group(0) == found


def test_the_pattern_and_the_key_agree_on_what_matches():
    texts = ["الأَسْعَارُ ارتفعت", "مدرسة البنات", "سعر النفط", "Prices of OIL"]
    for query in ["اسعار", "مدرسه", "شعر", "سعر", "oil", "ارتفعت", "ts of"]:
        key = query_key(query)
        for text in texts:
            assert (key in search_key(text)) == (query_pattern(key).search(text) is not None)
