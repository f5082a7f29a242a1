"""A meaning item's key is one meaning (with a synonym), never two unrelated senses of which
the sentence uses one: «الرحيل» "departure; demise", «طابور» "column; battalion", «حصيلة»
"result; revenue" were rejected by the tenth blind review (issue #12): the key then says
something false about the word in its sentence. Over every article of the corpus."""

from __future__ import annotations

import pytest

from exercises.generators.glosses import glosses_overlap
from tests.generators.test_corpus_comprehension import PATHS, comprehension


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_a_meaning_key_is_one_sense(path):
    _, items = comprehension(path, count=100, seed=3)
    for item in items:
        if item.subtype == "meaning":
            senses = item.answer.split("; ")
            assert all(glosses_overlap(senses[0], other) for other in senses[1:]), item.answer
