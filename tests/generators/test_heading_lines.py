"""A dateline, a byline or a press-release label on a line of its own is no subheading: no
heading question is asked on it, and its paragraphs are no section of the article."""

from __future__ import annotations

from exercises.generators.headings import heading_items, real_heading
from tests.generators.conftest import analysed_text

BODY = """العطش في المدن الساحلية: كيف تواجه البلديات نقص مياه الشرب الأكثر حدة منذ عقود؟

{line}

تواجه المدن الساحلية نقصا متزايدا في مياه الشرب بسبب تراجع الأمطار وارتفاع الطلب.

مصادر جديدة

بدأت البلديات حفر آبار جديدة في المناطق الجبلية لتأمين المياه للسكان.

محطات التحلية

أعلنت الحكومة إنشاء محطتين لتحلية مياه البحر في الجنوب قبل نهاية العقد.

خطط الترشيد

أطلقت وزارة البيئة حملة لترشيد استهلاك المياه في المنازل والمصانع.
"""

LINES = ("صيدا - تقرير خاص", "وهران (الوكالة) -", "نشرة صحفية")


def _headings(text: str) -> list[str]:
    article = analysed_text(text).context
    return [
        article.document.paragraph_text(p.index).strip()
        for p in article.document.paragraphs
        if real_heading(article, p.index)
    ]


def test_a_dateline_or_a_label_before_the_lead_is_no_heading():
    for line in LINES:
        headings = _headings(BODY.format(line=line))
        assert line not in headings, headings
        assert headings == ["مصادر جديدة", "محطات التحلية", "خطط الترشيد"], headings


def test_no_heading_question_names_a_dateline():
    for line in LINES:
        items = heading_items(analysed_text(BODY.format(line=line)).context, 0)
        assert items, line  # the three real subheadings still make items
        for item in items:
            shown = " ".join([item.prompt, *item.options, *(left for left, _ in item.pairs)])
            assert line not in shown, shown


def test_a_dateline_shaped_line_after_the_lead_is_no_heading_either():
    text = BODY.format(line="بيان").replace("محطات التحلية", "عدن - مراسلنا")
    assert "عدن - مراسلنا" not in _headings(text)


def _keys(text: str) -> set[str]:
    """Words without ال or a leading و ب ل (the test's own reading, not the generator's)."""
    keys = set()
    for word in text.split():
        for prefix in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        if len(word) >= 3:
            keys.add(word.replace("ة", "ه"))
    return keys


def test_no_heading_question_is_answered_by_matching_its_words():
    # «البرنامج الثقافي» under «برنامج ثقافي»: the one option with the heading's words is the
    # answer, found without reading (sixth review). Where another option shares a word too,
    # matching no longer tells.
    items = [
        item
        for item in heading_items(analysed_text(BODY.format(line="")).context, 0)
        if item.type == "multiple_choice"
    ]
    for item in items:
        heading = item.prompt.split("«", 1)[1].split("»", 1)[0]
        shared = [bool(_keys(heading) & _keys(option)) for option in item.options]
        answer_shares = shared[item.options.index(item.answer)]
        assert not answer_shares or sum(shared) > 1, (heading, item.options)
    assert _keys("خطط الترشيد") & _keys("حملة لترشيد الاستهلاك")
