"""«وأعلنت الوزارة يوم الأحد أن ...» said as «بحسب الوزارة، فإن ...»: a date after the speaker is
no part of who speaks («بحسب الوزارة يوم الأحد» named a source that does not exist)."""

from __future__ import annotations

from exercises.generators.true_false import TRUE, true_false_items
from tests.generators.conftest import analysed_text

TEXT = """مخزون القمح يكفي البلاد

وأعلنت الوزارة يوم الأحد أن المخزون الاستراتيجي من القمح يكفي حتى الصيف المقبل.

وذكرت الهيئة مساء الخميس أن الشحنات الجديدة ستصل إلى الموانئ قبل الشهر المقبل.
"""


def test_a_date_after_the_speaker_is_not_part_of_the_source():
    article = analysed_text(TEXT).context
    prompts = [item.prompt for seed in range(4) for item in true_false_items(article, seed)]
    assert prompts
    for prompt in prompts:
        source = prompt.removeprefix("بحسب ").split("،")[0]
        assert not {"يوم", "الأحد", "مساء", "الخميس"} & set(source.split()), prompt
    assert any(
        item.prompt.startswith(("بحسب الوزارة، فإن", "بحسب الهيئة، فإن"))
        for seed in range(4)
        for item in true_false_items(article, seed)
        if item.answer == TRUE
    ), prompts
