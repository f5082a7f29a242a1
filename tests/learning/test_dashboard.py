"""The learner dashboard: its numbers (hand-computed) and its server-rendered SVG charts."""

from datetime import UTC, date, datetime, timedelta

from django.urls import reverse

from learning.charts import Series, bar_chart, line_chart
from learning.selectors.dashboard import (
    accuracy_series,
    day_range,
    due_counts,
    known_counts,
    streak_length,
)

D = date(2025, 3, 10)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def test_day_range_ends_today():
    assert day_range(D, 3) == [date(2025, 3, 8), date(2025, 3, 9), D]


def test_streak_counts_days_in_a_row_up_to_today_or_yesterday():
    assert streak_length({D, D - timedelta(1), D - timedelta(2), D - timedelta(4)}, D) == 3
    assert streak_length({D - timedelta(1), D - timedelta(2)}, D) == 2, "today is still open"
    assert streak_length({D - timedelta(2)}, D) == 0
    assert streak_length(set(), D) == 0


def test_known_words_follow_the_latest_status_of_each_lemma():
    days = day_range(D, 3)  # 8, 9, 10 March
    changes = [
        ("a", "known", at(days[0])),
        ("b", "learning", at(days[0])),
        ("b", "known", at(days[1])),
        ("a", "learning", at(days[2], 9)),  # a is demoted on the 10th
        ("c", "known", at(days[2], 10)),
    ]
    assert known_counts(changes, days) == [1, 2, 2]


def test_accuracy_is_the_mean_score_per_type_and_day():
    days = day_range(D, 2)
    rows = [
        ("typed", 1.0, at(days[0])),
        ("typed", 0.0, at(days[0])),
        ("typed", 1.0, at(days[1])),
        ("matching", 0.5, at(days[1])),
    ]
    assert accuracy_series(rows, days) == {"matching": [None, 0.5], "typed": [0.5, 1.0]}


def test_overdue_reviews_count_for_today():
    dues = [
        at(D - timedelta(3)),
        at(D),
        at(D + timedelta(1)),
        at(D + timedelta(6)),
        at(D + timedelta(7)),
    ]
    assert due_counts(dues, D, 7) == [2, 1, 0, 0, 0, 0, 1]


def test_a_line_chart_is_an_accessible_svg():
    svg = line_chart(
        title="Words <known>", labels=["1", "2", "3"], series=[Series("k", [0, 2, None])]
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'role="img"' in svg and "<title" in svg and "Words &lt;known&gt;" in svg
    assert svg.count("<circle") == 2, "no dot for a missing value"
    assert "<polyline" in svg


def test_a_bar_chart_writes_each_value():
    svg = bar_chart(title="Due", labels=["a", "b"], values=[3, 0])
    assert svg.count("<rect") == 2
    assert ">3</text>" in svg and ">0</text>" in svg


def test_the_dashboard_page_draws_the_four_charts(client, learner):
    client.force_login(learner)
    html = client.get(reverse("learning:dashboard")).content.decode()
    assert html.count('<svg class="chart"') == 3
    assert 'class="activity-strip"' in html and html.count("<li class=") >= 30
    for title in [
        "Words known over time",
        "Accuracy by exercise type",
        "Reviews due in the next 7 days",
        "Streak",
    ]:
        assert title in html


def test_a_quiz_answer_shows_on_the_dashboard(client, learner, assignment):
    from learning.services.attempts import answer_submit, attempt_start

    attempt = attempt_start(assignment=assignment, learner=learner)
    answer_submit(attempt=attempt, position=1, given="الألعاب")
    client.force_login(learner)
    html = client.get(reverse("learning:dashboard")).content.decode()
    assert 'id="streak">1<' in html
    assert "Typed: 100%" in html, "the accuracy chart's description"
    assert "Continue" in html, "the open attempt can be resumed"


def test_a_chart_is_the_same_svg_each_time_it_is_drawn():
    def draw(title: str) -> str:
        return bar_chart(title=title, labels=["a", "b"], values=[1, 2], description="d")

    assert draw("Words") == draw("Words")
    first_id = draw("Words").split('aria-labelledby="')[1].split("-t ")[0]
    assert first_id != draw("Accuracy").split('aria-labelledby="')[1].split("-t ")[0]
