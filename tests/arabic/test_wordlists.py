"""The word lists: one folder, each file saying what it is for, read once."""

import re
from importlib import resources
from pathlib import Path

import pytest

from exercises.arabic import wordlists
from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import WORDS_FOLDER, lines, rows, sections, variants, word_list

FOLDER = resources.files("exercises.arabic").joinpath(*WORDS_FOLDER)
CODE = Path(wordlists.__file__).resolve().parents[1]  # the exercises package
READERS = r"\b(?:lines|rows|sections|word_list|variants)\(\s*\"(\w+)\""


def _code() -> dict[str, str]:
    return {
        str(path.relative_to(CODE)): path.read_text("utf-8")
        for path in CODE.rglob("*.py")
        if "migrations" not in path.parts
    }


def test_every_list_is_read_by_some_module():
    code = _code()
    for path in FOLDER.iterdir():
        if path.name.endswith(".txt"):
            name = path.name.removesuffix(".txt")
            readers = [module for module, text in code.items() if f'"{name}"' in text]
            assert readers, f"{path.name} is read by no module"


def test_every_list_the_code_reads_is_a_file():
    read = {name for text in _code().values() for name in re.findall(READERS, text)}
    assert len(read) > 20
    files = {path.name for path in FOLDER.iterdir()}
    assert {f"{name}.txt" for name in read} <= files


def test_every_list_opens_with_a_comment_and_has_entries():
    names = sorted(path.name for path in FOLDER.iterdir() if path.name.endswith(".txt"))
    assert len(names) > 20
    for name in names:
        text = (FOLDER / name).read_text("utf-8")
        assert text.startswith("# "), name
        assert lines(name.removesuffix(".txt")), name


def test_entries_keys_and_rows():
    assert "في" in lines("prepositions")
    assert normalize_key("إلى") in word_list("prepositions")
    assert ("قال", "قالت", "يقول", "تقول") in rows("speech_verbs")


def test_sections_make_up_the_list():
    titles = sections("titles")
    assert set(titles) == {"", "ranks", "roles"}
    assert "رئيس" in titles["ranks"] and "محلل" in titles["roles"]
    assert lines("titles") == titles[""] + titles["ranks"] + titles["roles"]
    assert word_list("titles", "ranks") < word_list("titles")


def test_spelling_variants_share_a_line():
    gregorian = variants("calendar", "gregorian")
    assert gregorian[3] == ("أبريل", "إبريل")  # the usual spelling first
    assert ("يناير",) in gregorian
    assert ("كانون الثاني",) in variants("calendar", "levantine")  # a name of two words
    assert lines("calendar", "gregorian")[3] == "أبريل | إبريل"
    keys = word_list("calendar", "gregorian")
    assert normalize_key("إبريل") in keys and normalize_key("مارس") in keys
    assert not any("|" in key for key in keys)
    assert normalize_key("الإثنين") in word_list("calendar", "weekdays")


def test_an_empty_spelling_is_an_error(monkeypatch):
    monkeypatch.setattr(wordlists, "lines", lambda name, section=None: ("أبريل |",))
    with pytest.raises(ValueError, match="empty spelling"):
        wordlists.variants.__wrapped__("broken")


def test_calendar_names_are_the_first_word_of_every_month_name():
    from exercises.arabic.context.calendar_names import CALENDAR_NAMES

    assert normalize_key("كانون") in CALENDAR_NAMES and normalize_key("تشرين") in CALENDAR_NAMES
    assert normalize_key("إبريل") in CALENDAR_NAMES
    assert len(CALENDAR_NAMES) == 22  # 12 Gregorian with أبريل/إبريل as one key, 10 Levantine
