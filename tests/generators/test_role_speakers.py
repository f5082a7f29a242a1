"""«مَن قال ...؟» when speakers are named by office only (المتحدث باسم الوزارة): a health
article of the twelfth review's folder quoted three offices and no name, and had no «مَن قال»."""

from __future__ import annotations

from exercises.generators.items import GenerationOptions
from exercises.generators.registry import generate
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

OFFICES = """حملة تلقيح ضد الحصبة

بغداد - أطلقت وزارة الصحة حملة وطنية للتلقيح ضد الحصبة في جميع المحافظات.

وقال المتحدث باسم الوزارة، في تصريح صحفي، إن الفرق الصحية ستزور المنازل في المناطق النائية والمخيمات.

وقال ممثل منظمة الصحة العالمية في العراق إن الحصبة من أكثر الأمراض المعدية انتشارا بين الأطفال.

وفي محافظة نينوى، قال مدير دائرة الصحة إن الفرق الجوالة ستركز على مناطق سنجار وتلعفر.

وقال الدكتور فراس العلي إن اللقاح آمن تماما ولا يشكل أي خطر على الأطفال الصغار.
"""


def _who_said(text: str):
    article = analysed_text(text)
    options = GenerationOptions(kinds=("comprehension",), seed=0, count=100)
    items = generate(article.analysed, article.vocabulary, options)
    check_items(article.analysed, items)
    return [item for item in items if item.subtype == "who_said"]


def test_offices_are_the_speakers_when_nobody_is_named():
    items = {item.answer: item for item in _who_said(OFFICES)}
    assert set(items) == {
        "المتحدث باسم الوزارة",
        "ممثل منظمة الصحة العالمية في العراق",
        "مدير دائرة الصحة",
    }, list(items)
    spokesman = items["المتحدث باسم الوزارة"]
    assert spokesman.prompt.startswith("مَن قال إن الفرق الصحية ستزور المنازل"), spokesman.prompt
    for item in items.values():  # a name the people finder missed is no office
        assert not any("فراس" in option for option in item.options), item.options
        assert len(item.options) == 3


def test_two_offices_give_no_item():
    text = OFFICES.replace("وقال ممثل منظمة الصحة العالمية في العراق إن", "وأكدت الوزارة أن")
    assert _who_said(text) == []
