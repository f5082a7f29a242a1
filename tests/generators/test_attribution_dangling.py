"""«أوضح مركز الرصد التابع لجامعة طهران أن ...»: the source is no «مركز الرصد التابع» (an
adjective left waiting for its complement); no attribution rather than a cut source."""

from __future__ import annotations

from exercises.generators.edits import apply_edits
from exercises.generators.restructure import structure_edits
from tests.generators.conftest import analysed_text

TEXT = """زلزال

وأوضح مركز رصد الزلازل التابع لجامعة طهران أن مركز الهزة كان على عمق 10 كيلومترات.

وأوضحت هيئة الأرصاد في بيان أن الأمطار ستتواصل حتى نهاية الأسبوع في المناطق الشمالية.
"""


def test_no_source_cut_after_its_adjective():
    article = analysed_text(TEXT).context
    found = []
    for index in article.body_sentences:
        start, end = article.statement(index)
        found.append(
            apply_edits(article.text[start:end], start, structure_edits(article, index, start, end))
        )
    assert "التابع،" not in found[0] and not found[0].startswith("بحسب"), found[0]
    assert found[1].startswith("بحسب هيئة الأرصاد، "), found[1]
