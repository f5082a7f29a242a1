"""Ordering events (fifth review, #78): no event opens with a reporting verb whose «أن» has no
subject before it (أضافت أن ...), every event names who acts, and the order shown is never the
article's. Only an article in sections asks it: on a news story without subheadings the order of
facts is their place in the text, scanning (rejected in three of five blind reviews)."""

from __future__ import annotations

import re
from pathlib import Path

from exercises.generators.events import event_start
from exercises.generators.sequence import sequence_items
from tests.generators.conftest import analysed_text

PARK = """البلدية تفتتح حديقة جديدة في الحي الشرقي

افتتحت بلدية المدينة حديقة عامة جديدة في الحي الشرقي يوم السبت الماضي.

وقال رئيس البلدية كريم ناصر إن الحديقة تضم ملاعب للأطفال ومسارا طويلا للدراجات.

خطط التشجير

وأضاف أن البلدية ستزرع ألف شجرة في الحدائق الأخرى قبل نهاية العام.

وأكدت أنها ستواصل أعمال التشجير في الأحياء الشمالية حتى الصيف المقبل.

وحصلت على جائزة المدينة للتصميم الحضري في العام الماضي عن مشروع الواجهة البحرية.

وشارك السكان في حفل الافتتاح الذي نظمته جمعية الحي بحضور عدد من المسؤولين.

وتقول: «الحديقة الجديدة غيرت حياة العائلات في الحي الشرقي كله».
"""

_REPORTING = re.compile(
    r"^(?:و|ف)?(?:أضاف|أضافت|أكد|أكدت|قال|قالت|أوضح|أوضحت)\s+(?:أن|إن|بأن)\S*\s"
)


def events(text: str) -> list[str]:
    return [
        event for item in sequence_items(analysed_text(text).context, 0) for event in item.sequence
    ]


def test_no_event_opens_with_a_reporting_verb_and_a_bare_that():
    found = events(PARK)
    assert found
    for event in found:
        assert not _REPORTING.match(event), event


def test_what_was_reported_is_the_event_and_it_names_its_actor():
    found = events(PARK)
    assert any(event.startswith("البلدية ستزرع ألف شجرة") for event in found), found
    assert not any("أنها" in event.split()[:2] for event in found), found
    assert not any(event.startswith(("حصلت", "وحصلت")) for event in found), found
    assert not any(event.startswith(("تقول", "وتقول")) for event in found), found


def test_the_order_shown_is_never_the_articles():
    article = analysed_text(PARK).context
    for seed in range(12):
        for item in sequence_items(article, seed):
            assert len(item.options) >= 3
            assert item.options != item.sequence, seed
            assert sorted(item.options) == sorted(item.sequence)


def test_too_few_events_with_an_actor_give_no_task():
    text = """زيارة رسمية

وصل الوزير إلى العاصمة صباح الأحد في زيارة رسمية تستغرق ثلاثة أيام.

وأضاف أنه سيلتقي عددا من المسؤولين لبحث التعاون في مجال الطاقة.

وأكدت أنها ستوقع اتفاقيتين في ختام الزيارة يوم الثلاثاء.
"""
    assert sequence_items(analysed_text(text).context, 0) == []


def test_a_sentence_whose_actor_is_not_named_starts_no_event():
    article = analysed_text(PARK).context
    starts = {
        article.document.sentence_text(index).split()[0]: event_start(article, index)
        for index in article.prose_sentences
    }
    assert starts["وتقول:"] is None  # what follows the verb is a quotation, not its subject
    assert starts["وحصلت"] is None  # a preposition after the verb: who got it?
    assert starts["وأكدت"] is None  # أنها: the speaker is not named
    assert starts["وأضاف"] is not None  # what was reported names its actor (البلدية)


def test_a_news_story_without_subheadings_asks_no_ordering():
    # the sixteenth review's #54: three facts of the remittances story ordered by their place
    path = Path(__file__).resolve().parent.parent / "corpus" / "holdout15"
    text = (path / "04_morocco_remittances_figures.txt").read_text(encoding="utf-8")
    assert sequence_items(analysed_text(text).context, 2041) == []
    park_without_heading = PARK.replace("خطط التشجير\n\n", "")
    assert sequence_items(analysed_text(park_without_heading).context, 0) == []
    assert sequence_items(analysed_text(PARK).context, 0)
