"""The word lists: one folder, each file saying what it is for, read once."""

from importlib import resources

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import WORDS_FOLDER, lines, rows, sections, word_list

FOLDER = resources.files("exercises.arabic").joinpath(*WORDS_FOLDER)


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
