"""Each comprehension type on a small hand-written text whose right answers are known."""

from __future__ import annotations

from exercises.generators.comprehension import generate_comprehension
from exercises.generators.items import GenerationOptions
from exercises.generators.who_said import NOT_IN_TEXT
from tests.generators.conftest import analysed_text
from tests.generators.invariants import check_items

REPORT = """القاهرة، 3 مايو 2021 — قال وزير الصحة أحمد سالم إن المستشفيات الجديدة ستفتح أبوابها في شهر يونيو.
وأكدت الخبيرة ليلى حسن أن عدد الأطباء في المدينة ارتفع إلى 500 طبيب خلال عام واحد.
وأضاف المدير العام يوسف كامل أن الخدمات ستكون مجانية للأطفال وكبار السن.
وافتتحت الحكومة 12 مدرسة جديدة في عام 2020.
"""

SECTIONS = """اقتصاد قوي
نما الاقتصاد بنسبة 5 في المئة هذا العام.
مدارس جديدة
افتتحت الحكومة مدارس جديدة في الريف.
ودرس الطلاب في المدارس الجديدة منذ شهر سبتمبر.
طقس بارد
انخفضت درجات الحرارة في الشمال إلى 3 درجات.
"""

TWO_LEADERS = """قال الرئيس بوتين إن التعاون مع الصين سيزداد في السنوات المقبلة.
وقال الرئيس شي إن البلدين سيعقدان قمة جديدة في بكين العام المقبل.
"""


def comprehension(text: str, **options):
    article = analysed_text(text)
    items = generate_comprehension(article.context, GenerationOptions(count=100, **options))
    check_items(article.analysed, items)
    return items


def of(items, subtype):
    return [item for item in items if item.subtype == subtype]


def test_it_asks_who_said_what():
    items = of(comprehension(REPORT), "who_said")
    by_content = {item.prompt: item.answer for item in items}
    assert by_content == {
        "مَن قال إن المستشفيات الجديدة ستفتح أبوابها في شهر يونيو؟": "أحمد سالم",
        "مَن أكد أن عدد الأطباء في المدينة ارتفع إلى 500 طبيب خلال عام واحد؟": "ليلى حسن",
        "مَن أضاف أن الخدمات ستكون مجانية للأطفال وكبار السن؟": "يوسف كامل",
    }
    for item in items:
        assert set(item.options) == {"أحمد سالم", "ليلى حسن", "يوسف كامل"}


def test_it_names_two_leaders_by_title_and_adds_a_third_option():
    items = of(comprehension(TWO_LEADERS), "who_said")
    assert {item.answer for item in items} == {"الرئيس بوتين", "الرئيس شي"}
    for item in items:
        assert set(item.options) == {"الرئيس بوتين", "الرئيس شي", NOT_IN_TEXT}


def test_it_blanks_numbers_and_dates_with_values_of_their_kind():
    items = {
        item.answer: item for item in comprehension(REPORT) if item.subtype in ("numbers", "dates")
    }
    assert {"يونيو", "500", "12", "2020"} <= set(items)
    assert items["2020"].subtype == "dates"
    assert all(option.isdigit() and len(option) == 4 for option in items["2020"].options)
    assert items["500"].subtype == "numbers" and "＿＿＿＿ طبيب" in items["500"].prompt
    assert items["يونيو"].subtype == "dates"
    assert {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يوليو", "أغسطس"} >= (
        set(items["يونيو"].options) - {"يونيو"}
    )


def test_it_keeps_percentages_below_a_hundred():
    items = [item for item in comprehension(SECTIONS) if item.answer == "5"]
    assert items and all(0 < float(option) <= 100 for option in items[0].options)


def test_it_makes_true_statements_and_clearly_false_ones():
    items = of(comprehension(REPORT), "true_false")
    sentences = [line.split("— ")[-1].removeprefix("و") for line in REPORT.splitlines()]
    assert {item.answer for item in items} == {"صح", "خطأ"}
    for item in items:
        if item.answer == "صح":
            assert item.prompt in sentences
        else:
            assert item.prompt not in sentences
            original = item.explanation.split(": ", 1)[1]
            assert original in sentences
            changed = set(item.prompt.split()) ^ set(original.split())
            assert len(changed) == 2, changed  # one value swapped for another


def test_it_asks_the_meaning_of_a_word_in_its_sentence():
    items = of(comprehension(REPORT), "meaning")
    expert = [item for item in items if item.extra["word"] == "الخبيرة"]
    assert expert and expert[0].answer == "expert; specialist"
    assert "said" not in expert[0].options


def test_it_matches_headings_with_their_paragraphs():
    items = of(comprehension(SECTIONS), "heading")
    matching = [item for item in items if item.type == "matching"]
    assert len(matching) == 1
    assert matching[0].pairs == (
        ("اقتصاد قوي", "نما الاقتصاد بنسبة 5 في المئة هذا العام."),
        ("مدارس جديدة", "افتتحت الحكومة مدارس جديدة في الريف."),
        ("طقس بارد", "انخفضت درجات الحرارة في الشمال إلى 3 درجات."),
    )
    under = {item.prompt: item.answer for item in items if item.type == "multiple_choice"}
    assert under["أيّ فقرة تأتي مباشرة تحت العنوان «طقس بارد»؟"] == (
        "انخفضت درجات الحرارة في الشمال إلى 3 درجات."
    )


def test_it_orders_events_as_the_article_tells_them():
    (item,) = of(comprehension(SECTIONS), "sequence")
    assert item.sequence == (
        "نما الاقتصاد بنسبة 5 في المئة هذا العام.",
        "افتتحت الحكومة مدارس جديدة في الريف.",
        "درس الطلاب في المدارس الجديدة منذ شهر سبتمبر.",
        "انخفضت درجات الحرارة في الشمال إلى 3 درجات.",
    )
    assert item.options != item.sequence


def test_it_gives_every_type_a_turn_when_the_count_is_small(seed):
    items = generate_comprehension(seed.context, GenerationOptions(count=6))
    assert len(items) == 6
    assert len({item.subtype for item in items} - {"dates"}) >= 5


def test_it_makes_nothing_from_a_text_without_facts_or_people():
    items = comprehension("هذا نص قصير.")
    assert items == ()
