"""True or false is chosen over the whole article: a sentence that can only be true, after one
that can be either, leaves the other one false (a set needs one of each to pair them)."""

from __future__ import annotations

import pytest

from exercises.generators.true_false import FALSE, TRUE, true_false_items
from tests.generators.conftest import analysed_text

TEXT = """أسعار الوقود

وقال وزير المالية إن أسعار الوقود سترتفع كل شهر بنسبة صغيرة خلال العام المقبل.

المحطة الجديدة تنتج يوميا نحو 300 ألف متر مكعب من المياه العذبة لسكان المدن الساحلية.
"""


@pytest.mark.parametrize("seed", range(4))
def test_a_sentence_that_can_only_be_true_leaves_the_other_false(seed):
    items = true_false_items(analysed_text(TEXT).context, seed)
    assert sorted(item.answer for item in items) == sorted([TRUE, FALSE]), items
    assert [item.answer for item in items][1] == TRUE  # the station: true only
