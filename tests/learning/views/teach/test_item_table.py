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
