"""The derived-data cache: written once, read back, and never trusted blindly."""

import re
from pathlib import Path

import pytest

from exercises.arabic import cache
from exercises.arabic.morphology import lexicon, upos
from exercises.arabic.morphology.lexicon import Lexicon


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, str(tmp_path))
    return tmp_path


def test_it_stores_and_loads_under_a_key(cache_dir):
    assert cache.store("thing", "key-1", {"a": (1, 2)})
    assert cache.load("thing", "key-1") == {"a": (1, 2)}
    assert cache.load("thing", "key-2") is None


def test_a_corrupt_file_reads_as_missing(cache_dir):
    (cache_dir / "thing.marshal").write_bytes(b"\x00 not marshal at all")
    assert cache.load("thing", "key-1") is None


def test_it_can_be_switched_off(monkeypatch):
    monkeypatch.setenv(cache.ENVIRONMENT_VARIABLE, "off")
    assert cache.cache_dir() is None
    assert not cache.store("thing", "key", 1)
    assert cache.load("thing", "key") is None


def test_the_fingerprint_changes_with_the_data_files_and_the_code(tmp_path):
    data = tmp_path / "data.txt"
    data.write_text("one")
    source = tmp_path / "builder.py"
    source.write_text("FORMAT = 1")
    before = cache.fingerprint([data], [source])
    data.write_text("one and more")
    after_data = cache.fingerprint([data], [source])
    source.write_text("FORMAT = 2")
    assert len({before, after_data, cache.fingerprint([data], [source])}) == 3


def test_the_lexicon_round_trips_through_plain_data():
    lexicon = Lexicon.load_buckwalter()
    again = Lexicon.from_plain(lexicon.to_plain())
    assert again.stems["بوتين"] == lexicon.stems["بوتين"]
    assert again.prefixes.keys() == lexicon.prefixes.keys()
    assert again.table_bc == lexicon.table_bc


def test_the_lexicon_is_written_to_the_cache_and_a_corrupt_cache_falls_back_to_parsing(
    cache_dir,
):
    parsed = Lexicon.load_buckwalter()
    cached_file = cache_dir / "buckwalter-lexicon.marshal"
    assert cached_file.exists()
    assert Lexicon.load_buckwalter().stems["بكين"] == parsed.stems["بكين"]

    cached_file.write_bytes(cached_file.read_bytes()[:1000])  # truncated
    assert Lexicon.load_buckwalter().stems["بكين"] == parsed.stems["بكين"]


def test_the_lexicon_cache_is_keyed_on_every_word_list_that_shapes_its_stems():
    source = Path(upos.__file__).read_text("utf-8")
    read = set(re.findall(r"""(?:lines|sections|rows|word_list|variants)\("(\w+)\"""", source))
    assert read and read <= set(upos.WORD_LISTS)
    keyed = {path.name for path in lexicon._PARSER_SOURCES}
    assert {f"{name}.txt" for name in upos.WORD_LISTS} <= keyed
    assert all(path.exists() for path in lexicon._PARSER_SOURCES)
