"""A true/false statement a learner reads at a glance: a sentence too long to be cut at a comma
into one of at most 24 words gives none (a forty-word statement tests patience, not reading)."""

from __future__ import annotations

from exercises.generators.true_false import true_false_items
from tests.generators.conftest import analysed_text

TEXT = """الضرائب

وقال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة والمتوسطة في جميع المحافظات خلال العام المقبل من أجل دعم الاقتصاد الوطني وتشجيع الاستثمار وخلق فرص عمل جديدة للشباب والنساء في المدن والقرى البعيدة عن العاصمة والأطراف.

وقال وزير الزراعة إن الحكومة ستشتري كميات إضافية من القمح من المزارعين المحليين هذا العام.
"""


def test_a_long_sentence_gives_no_statement():
    article = analysed_text(TEXT).context
    prompts = [item.prompt for seed in range(4) for item in true_false_items(article, seed)]
    assert any("القمح" in prompt for prompt in prompts), prompts
    assert all(len(prompt.split()) <= 24 for prompt in prompts), prompts
