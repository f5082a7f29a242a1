"""The class dashboard's item table: Arabic cells aligned right, the gap kept in a shortened
question, and figures from fewer than ten learners marked as such."""

import re

from django.urls import reverse

from exercises.templatetags.item_text import prompt_excerpt
from tests.learning.views.teach.test_classes import four_results  # noqa: F401 (a fixture)


def item_table(client, teacher, assignment) -> str:
    client.force_login(teacher)
    html = client.get(
        reverse("teach:class_dashboard", args=[assignment.classroom_id])
    ).content.decode()
    return re.search(r'<table class="data-table item-stats">.*?</table>', html, re.S).group(0)


def test_a_long_question_keeps_its_gap_when_shortened():
    words = " ".join(["كلمة"] * 40)
    html = prompt_excerpt(f"{words} ＿＿＿＿ {words}", 90)
    assert 'class="blank"' in html and len(re.sub(r"<[^>]+>", "", html)) <= 92
    assert prompt_excerpt("جملة قصيرة ＿＿＿＿ هنا", 90).count("كلمة") == 0
    assert "…" in prompt_excerpt(words + " " + words, 90)


def test_arabic_cells_are_right_to_left_blocks(client, teacher, four_results):  # noqa: F811
    table = item_table(client, teacher, four_results)
    assert table.count('<div class="ar" lang="ar" dir="rtl">') >= 5
    assert 'class="blank"' in table


def test_figures_from_fewer_than_ten_learners_are_marked(client, teacher, four_results):  # noqa: F811
    table = item_table(client, teacher, four_results)
    assert table.count('class="few"') == 5 and "too few answers" in table


def test_below_ten_answers_the_mark_replaces_the_figures(client, teacher, four_results):  # noqa: F811
    table = item_table(client, teacher, four_results)
    assert "%" not in re.sub(r'title="[^"]*"', "", table), "no facility or discrimination shown"
    assert table.count('<td colspan="2"><span class="few"') == 5
    assert '<th scope="col">Learners</th>' in table
    assert re.search(r"<td>4</td>", table), "the number of learners beside each item"


def test_from_ten_answers_the_figures_are_shown(client, teacher, four_results, monkeypatch):  # noqa: F811
    monkeypatch.setattr("learning.item_stats.MIN_ANSWERS", 4)
    table = item_table(client, teacher, four_results)
    assert "too few answers" not in table and "<td>50%</td>" in table


def test_the_item_table_in_arabic_uses_the_chosen_digits(
    client,
    teacher,
    four_results,  # noqa: F811
    monkeypatch,
):
    from learning.models import Preference

    monkeypatch.setattr("learning.item_stats.MIN_ANSWERS", 4)
    client.cookies["django_language"] = "ar"
    Preference.objects.update_or_create(user=teacher, defaults={"digits": "arabic_indic"})
    table = item_table(client, teacher, four_results)
    assert "<td>٥٠٪</td>" in table and "<td>٤</td>" in table


def test_the_note_on_the_figures_is_in_arabic(client, teacher, four_results):  # noqa: F811
    client.cookies["django_language"] = "ar"
    client.force_login(teacher)
    url = reverse("teach:class_dashboard", args=[four_results.classroom_id])
    page = client.get(url).content.decode()
    assert "معامل التمييز" in page and "فلا تُعرض" in page and "Discrimination:" not in page
