"""The indexed (linear) forms of the comprehension generators give what the rescanning forms gave.

Speed itself is measured by bench/bench_scaling.py; these pin the output on small examples.
"""

from __future__ import annotations

from exercises.generators import headings, how_much, numbers, true_false
from exercises.generators.common import choice_item, distinct, window
from exercises.generators.headings import heading_items, sections, snippet
from tests.generators.conftest import analysed_article, analysed_text

# Six sections, some of two paragraphs: options come from other sections' first paragraphs, then
# from the rest of the body.
SECTIONS = """اقتصاد قوي
نما الاقتصاد بنسبة 5 في المئة هذا العام.
وارتفعت الصادرات إلى 40 مليار دولار.
مدارس جديدة
افتتحت الحكومة مدارس جديدة في الريف.
ودرس الطلاب في المدارس الجديدة منذ شهر سبتمبر.
طقس بارد
انخفضت درجات الحرارة في الشمال إلى 3 درجات.
ملاعب المدينة
افتتح المحافظ ملعبا جديدا لكرة القدم.
مستشفى الأطفال
استقبل المستشفى ألف طفل في الشهر الأول.
وقال المدير إن الخدمات مجانية.
قطار سريع
وصل القطار الجديد إلى المحطة في ساعتين.
"""


def _which_paragraph_by_rescanning(article, found, seed):
    """The former form: every paragraph's snippet for every heading, lists scanned."""
    items = []
    body = [p.index for p in article.document.paragraphs if not p.is_heading]
    for section in found:
        own = set(section.paragraphs)
        others = [index for index in body if index not in own]
        firsts = [s.paragraphs[0] for s in found if s is not section]
        ordered = [*firsts, *[i for i in others if i not in firsts]]
        item = choice_item(
            key=f"comprehension:heading:{section.heading}",
            kind="comprehension",
            subtype="heading",
            prompt=f"أيّ فقرة تأتي مباشرة تحت العنوان «{headings._heading(article, section)}»؟",
            instruction="Which paragraph comes right under this heading?",
            answer=snippet(article, section.paragraphs[0]),
            distractors=[snippet(article, index) for index in ordered],
            seed=seed,
            support=headings._support(article, section),
            difficulty=0.5,
        )
        heading = headings._heading(article, section)
        if item is not None and not headings._found_by_its_words(heading, item):
            items.append(item)
    return items


def test_heading_items_are_those_of_the_rescanning_form():
    article = analysed_text(SECTIONS).context
    found = sections(article)
    assert [len(section.paragraphs) for section in found] == [2, 2, 1, 1, 2, 1]
    for seed in (1, 7, 42):
        expected = _which_paragraph_by_rescanning(article, found, seed)
        assert heading_items(article, seed)[1:] == expected
        assert len(expected) == 2  # four share a word with their paragraph only (الاقتصاد)


def test_a_snippet_starts_at_the_first_sentence_of_its_paragraph():
    article = analysed_text(SECTIONS).context
    assert snippet(article, 1) == "نما الاقتصاد بنسبة 5 في المئة هذا العام."
    sentences = article.document.sentences
    for paragraph in article.document.paragraphs:
        first = next(s.index for s in sentences if s.paragraph == paragraph.index)
        assert article.first_sentence(paragraph.index) == first


def test_distinct_stops_at_its_limit_without_reading_further():
    read = []

    def texts():
        for text in ("أ", "ب", "أ", "ج", "د", "هـ"):
            read.append(text)
            yield text

    assert distinct(texts(), exclude=("ب",), limit=2) == ["أ", "ج"]
    assert read == ["أ", "ب", "أ", "ج"]
    assert distinct(["أ", "ب"], limit=0) == []
    assert distinct(["أ", "ب", "أ"]) == ["أ", "ب"]


def test_window_keeps_order_and_covers_a_short_sequence():
    values = list(range(10))
    assert window(values, 0, 3) == [0, 1, 2, 3]
    assert window(values, 5, 2) == [3, 4, 5, 6, 7]
    assert window(values, 9, 100) == values


def test_facts_of_a_normal_article_all_serve_as_wrong_values(monkeypatch):
    """The radius bounds a long article only: with no radius at all, the same items."""
    for name in ("seed", "economy_egypt_rates", "health_measles_campaign", "sports_club_final"):
        article = analysed_article(name)
        bounded_numbers = numbers.number_items(article.context, 7)
        monkeypatch.setattr(how_much, "_RADIUS", 10**9)
        assert numbers.number_items(article.context, 7) == bounded_numbers
        monkeypatch.undo()


def test_person_swaps_are_those_of_the_scanning_form():
    text = (
        "قال الرئيس بوتين إن التعاون مع الصين سيزداد في السنوات المقبلة.\n"
        "وقال الرئيس شي إن البلدين سيعقدان قمة جديدة في بكين العام المقبل.\n"
        "وأكد الرئيس بوتين أن القمة ستناقش التجارة والطاقة والنقل.\n"
    )
    article = analysed_text(text).context
    swaps = true_false._PersonSwaps(article)
    found = [swaps.swap(index) for index in range(len(article.document.sentences))]
    assert all(swap is not None for swap in found)
    replaced = [article.text[: swap.start] + swap.replacement for swap in found]
    assert replaced[0].endswith("الرئيس شي")
    assert replaced[1].endswith("الرئيس بوتين")
