"""Numbers and dates: months of every calendar, only in a date context, never a crash."""

from __future__ import annotations

import random

import pytest

from exercises.arabic.text.normalize import normalize_key
from exercises.arabic.wordlists import variants
from exercises.generators.article_context import ArticleContext
from exercises.generators.facts import find_facts, wrong_values
from tests.generators.conftest import analysed_text

CALENDARS = ("gregorian", "levantine", "maghrebi", "hijri")


def facts_of(text: str):
    analysed = analysed_text(text)
    article = ArticleContext(analysed.analysed, analysed.vocabulary)
    return article, find_facts(article)


def month_facts(text: str):
    article, facts = facts_of(text)
    return article, facts, [f for f in facts if f.kind == "month"]


def one_word_months(calendar: str) -> list[str]:
    return [entry[0] for entry in variants("calendar", calendar) if " " not in entry[0]]


@pytest.mark.parametrize("calendar", CALENDARS)
def test_every_month_of_every_calendar_gets_wrong_values_of_its_own_calendar(calendar):
    names = one_word_months(calendar)
    keys = {
        normalize_key(spelling) for entry in variants("calendar", calendar) for spelling in entry
    }
    for month in names:
        text = f"وصل الوفد إلى العاصمة في {month} الماضي بعد مفاوضات طويلة مع الحكومة."
        if calendar == "maghrebi":  # مارس is Gregorian too: the article's other months decide
            text += " وسيعود الوفد في غشت المقبل."
        article, facts, months = month_facts(text)
        assert months[0].text == month, month
        wrong = wrong_values(article, months[0], facts, random.Random(1))
        assert len(wrong) == 3, month
        assert all(normalize_key(w) in keys and w != month for w in wrong), (month, wrong)


def test_the_levantine_months_after_a_two_word_month_are_their_real_neighbours():
    text = "أعلنت الوزارة في 12 آب 2024 عن خطة جديدة لدعم المزارعين في المحافظات."
    article, facts, [month] = month_facts(text)
    wrong = wrong_values(article, month, facts, random.Random(0))
    assert set(wrong) <= {"تموز", "أيلول", "حزيران", "أيار", "نيسان"}


def test_a_name_two_calendars_share_is_gregorian_unless_the_article_is_maghrebi():
    gregorian = "صدر القرار في مارس الماضي."
    article, facts, [month] = month_facts(gregorian)
    assert month.calendar == "gregorian"
    article, facts, [month, _] = month_facts(gregorian + " وطبق في شتنبر المقبل.")
    assert month.calendar == "maghrebi"
    assert "غشت" not in wrong_values(article, month, facts, random.Random(0))  # not a neighbour


def test_a_calendar_has_twelve_months():
    for calendar in ("gregorian", "levantine", "maghrebi", "hijri"):
        assert len(variants("calendar", calendar)) == 12, calendar


@pytest.mark.parametrize(
    "text",
    [
        "عرض المهرجان فيلم «أب وابن» للمخرج التونسي أمام جمهور كبير في القاعة الرئيسية.",
        "قال الأب إن ابنه مارس الرياضة منذ طفولته في نادي المدينة.",
        "مارس اللاعب ضغطا كبيرا على الحكم خلال المباراة الأخيرة.",
        "اشترت الشركة سيارات نيسان جديدة لموظفيها في الفرع الرئيسي.",
    ],
)
def test_a_month_word_without_a_date_context_is_no_month(text):
    _, _, months = month_facts(text)
    assert months == []


@pytest.mark.parametrize(
    "text",
    [
        "افتتح المعرض في 3 شتنبر 2023 بحضور وزير الثقافة.",
        "ارتفعت الأسعار منذ مطلع آذار بنسبة كبيرة في الأسواق المحلية.",
        "ينتهي العقد في أواخر أيلول المقبل حسب الاتفاق الموقع.",
        "يبدأ الصيام في شهر رمضان المبارك بعد إعلان رؤية الهلال.",
        "سجلت البلاد أمطارا غزيرة خلال نيسان الماضي في المناطق الشمالية.",
        "صدر القرار في يناير 2020 بعد نقاش طويل في البرلمان.",
    ],
)
def test_a_month_word_in_a_date_context_is_a_month(text):
    _, _, months = month_facts(text)
    assert len(months) == 1


def test_a_paired_month_is_not_asked_about_and_does_not_crash():
    text = "عقد المؤتمر في 14 شباط/فبراير 2023 في العاصمة بمشاركة عشرين دولة عربية."
    article, facts, months = month_facts(text)
    assert months == []  # the other name of the pair would give the answer away
    days = [f for f in facts if f.kind == "day"]
    assert [f.text for f in days] == ["14"]
    for fact in facts:
        wrong_values(article, fact, facts, random.Random(0))
