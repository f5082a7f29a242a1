"""Meaning keys a teacher checked in news (``data/words/meaning_keys.txt``): a blind review
rejected two or three meaning items in each of the last five for a key in the wrong sense
(عملاء "agents" of a bank, الأسر المتضررة "damaged", الجماهير "masses" in football, النسخة
"copy" of a tournament). A reading whose key was not checked, or whose sense changes with the
context, is not asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from exercises.arabic.wordlists import lines
from exercises.generators.meaning import meaning_items
from tests.generators.conftest import analysed_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REVIEWED = [
    CORPUS / "holdout15" / "01_kuwait_bank_fees_ruling.txt",  # عملاء
    CORPUS / "holdout15" / "06_yemen_hadramout_floods.txt",  # المتضررة
    *sorted(CORPUS.glob("1[12]_sports_*.txt")),  # الجماهير, النسخة
]


def checked_keys() -> dict[tuple[str, str], set[str]]:
    keys: dict[tuple[str, str], set[str]] = {}
    for line in lines("meaning_keys"):
        lemma, pos, _, key = line.split("\t")
        if key != "-":
            keys.setdefault((lemma, pos), set()).add(key)
    return keys


@pytest.mark.parametrize("path", REVIEWED, ids=lambda path: path.stem[:12])
def test_every_meaning_key_is_one_a_teacher_checked(path):
    article = analysed_text(path.read_text(encoding="utf-8")).context
    keys = checked_keys()
    items = meaning_items(article, 2041)
    assert items
    for item in items:
        token = article.tokens[int(item.extra["token"])]
        checked = keys.get((token.analysis.lemma, token.analysis.pos), set())
        # the key, or its first part where the lexicon does not know the two as synonyms
        assert any(item.answer in (key, key.split("; ")[0]) for key in checked), (
            item.extra["word"],
            item.answer,
        )


def test_the_reviews_wrong_senses_are_never_keys():
    wrong = {"agents", "damaged", "masses", "copy", "sharpshooter", "in addition"}
    for path in REVIEWED:
        article = analysed_text(path.read_text(encoding="utf-8")).context
        assert not {item.answer for item in meaning_items(article, 2041)} & wrong, path.name


def test_the_list_has_one_line_a_reading_and_a_key_or_none():
    seen = set()
    for line in lines("meaning_keys"):
        lemma, pos, gloss, key = line.split("\t")
        assert pos in {"NOUN", "VERB", "ADJ"} and gloss and key
        assert (lemma, pos, gloss) not in seen
        seen.add((lemma, pos, gloss))
