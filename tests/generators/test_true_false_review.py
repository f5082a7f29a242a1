"""Faults found reading a sample of true/false items as a teacher:

- «الأمين العام لمجلس التعاون» cut to «بحسب الأمين» (العام skipped as «the year»);
- «تتراجع حاجة السوق» made false as «تتحسن حاجة السوق» (a need does not improve: a decline's
  opposite is a rise);
- a statement opening with the article's «ف» (فالمناهج ...);
- «من جانبه» -> «من جهته» counted as a rewording though the statement leaves it out.
"""

from __future__ import annotations

from exercises.generators.directions import direction_swap
from exercises.generators.edits import apply_edits
from exercises.generators.restructure import structure_edits
from exercises.generators.true_false import true_false_items
from tests.generators.conftest import analysed_text

TEXT = """أخبار

وقال الأمين العام لمجلس التعاون، في كلمته خلال الجلسة، إن العلاقات بين الجانبين تشهد تطورا كبيرا.

فالمناهج في كثير من الدول ما تزال تعتمد على الحفظ، وتخرج سنويا آلاف الطلاب في تخصصات تتراجع حاجة السوق إليها.

من جانبه، أوضح المدير أن المنطقة تضم أكثر من 11 مليون نخلة في مزارعها الكبيرة والصغيرة.
"""


def sentences():
    article = analysed_text(TEXT).context
    return article, article.body_sentences


def test_a_title_is_not_cut_at_a_word_read_as_a_year():
    article, indices = sentences()
    start, end = article.statement(indices[0])
    edits = structure_edits(article, indices[0], start, end)
    reworded = apply_edits(article.text[start:end], start, edits)
    assert not reworded.startswith("بحسب الأمين،"), reworded


def test_a_decline_is_turned_into_a_rise():
    article, indices = sentences()
    start, end = article.statement(indices[1])
    edit = direction_swap(article, indices[1], start, end)
    assert edit is not None and edit.replacement == "ترتفع", edit


def test_no_statement_opens_with_the_articles_fa_or_hides_its_only_rewording():
    article, _ = sentences()
    prompts = [item.prompt for seed in range(4) for item in true_false_items(article, seed)]
    assert not any(prompt.startswith("فال") for prompt in prompts), prompts
    assert not any("نخلة" in prompt for prompt in prompts), prompts


SPEAKERLESS = """أخبار الطاقة

وقال وزير الطاقة سالم الحارثي إن المحطة الجديدة ستبدأ العمل في الصيف المقبل.

وأشار إلى أن الطاقة المنتجة تكفي لتزويد أكثر من 50 ألف منزل بالكهرباء في المنطقة الجنوبية.
"""


def test_no_statement_says_that_someone_unnamed_said_it():
    """«لفت إلى أن ...» (he pointed out that ...): who? A learner cannot judge it."""
    article = analysed_text(SPEAKERLESS).context
    prompts = [item.prompt for seed in range(4) for item in true_false_items(article, seed)]
    assert not any(prompt.startswith(("لفت", "أشار", "تابع", "أضاف")) for prompt in prompts), (
        prompts
    )
