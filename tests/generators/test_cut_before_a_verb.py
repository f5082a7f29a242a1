"""A long sentence with no comma to cut at is cut before a verb joined by «و» (… في الصيف الماضي
واستمر حتى …): the first clause is a statement of its own. Never inside a relative clause
(التي تأسست … وتوسعت: the verb after «و» may still be the clause's)."""

from __future__ import annotations

from exercises.generators.true_false import true_false_items
from tests.generators.conftest import analysed_text

TEXT = """فيلم جديد

وقال المخرج سامي الحداد إن تصوير الفيلم انطلق في مدينة صفاقس في شهر جويلية من العام الماضي واستمر حتى أواخر شهر أوت في ظروف صعبة بسبب الحرارة الشديدة وقلة الميزانية المخصصة له.

وأعلنت الشركة التي تأسست في مدينة صفاقس قبل عشرين عاما وتوسعت في المغرب والجزائر خلال السنوات الأخيرة خطة جديدة لإنتاج الأفلام القصيرة للشباب في المدن الصغيرة والقرى البعيدة.
"""


def prompts() -> list[str]:
    article = analysed_text(TEXT).context
    return [item.prompt for seed in range(4) for item in true_false_items(article, seed)]


def test_the_first_clause_is_the_statement():
    # the speaker by his full name (الحداد is read as his family name, not "blacksmith")
    expected = "بحسب سامي الحداد، انطلق تصوير الفيلم في مدينة صفاقس في شهر جويلية من العام المنصرم."
    assert expected in prompts(), prompts()


def test_never_inside_a_relative_clause():
    assert not any("تأسست" in prompt for prompt in prompts()), prompts()
