"""A true statement from a sentence with no structure to change: words said another way in two
places at least (one synonym alone leaves the sentence recognisable word for word), and still
no stretch of more than 70% of it copied."""

from __future__ import annotations

from exercises.generators.true_false import TRUE, true_false_items
from tests.generators.conftest import analysed_text

TEXT = """محطة التحلية

المحطة الجديدة تنتج يوميا نحو 300 ألف متر مكعب من المياه العذبة لسكان المدن الساحلية.

المدرسة القديمة في وسط المدينة استقبلت يوميا مئات الطلاب من القرى البعيدة عن المركز.
"""


def prompts() -> dict[str, set[str]]:
    article = analysed_text(TEXT).context
    found: dict[str, set[str]] = {}
    for seed in range(4):
        for item in true_false_items(article, seed):
            found.setdefault(item.answer, set()).add(item.prompt)
    return found


def test_two_paraphrases_make_a_true_statement():
    expected = (
        "المحطة الجديدة تنتج كل يوم حوالي 300 ألف متر مكعب من المياه العذبة لسكان المدن الساحلية."
    )
    assert expected in prompts().get(TRUE, set()), prompts()


def test_one_paraphrase_alone_makes_none():
    every = {prompt for group in prompts().values() for prompt in group}
    assert not any("المدرسة" in prompt for prompt in every), every
