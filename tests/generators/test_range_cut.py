"""A statement is not cut between «من» and its «إلى»: «تراجعت الإيرادات من نحو 10 مليارات دولار
في عام 2023» says where the decline started and not where it ended: half a fact."""

from __future__ import annotations

from exercises.generators.true_false import true_false_items
from tests.generators.conftest import analysed_text

TEXT = """قناة السويس

وتشير البيانات الرسمية إلى أن إيرادات القناة تراجعت من نحو 10 مليارات دولار في عام 2023، وهو مستوى قياسي، إلى نحو 4 مليارات دولار في العام التالي.
"""


def test_no_statement_keeps_a_from_without_its_to():
    article = analysed_text(TEXT).context
    prompts = [item.prompt for seed in range(4) for item in true_false_items(article, seed)]
    for prompt in prompts:
        assert "إلى حوالي 4" in prompt or "إلى نحو 4" in prompt, prompt
