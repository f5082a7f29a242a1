"""The learner dashboard: its numbers (hand-computed) and its server-rendered SVG charts."""

from datetime import UTC, date, datetime, timedelta

from django.urls import reverse

from learning.charts import Series, bar_chart, line_chart
from learning.models import Answer, Review, StatusChange, WordProgress
from learning.selectors.dashboard import (
    accuracy_by_type,
    activity_days,
    day_range,
    known_over_time,
    streak_length,
    word_figures,
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


def test_known_words_follow_the_latest_status_of_each_lemma(learner):
    days = day_range(D, 3)  # 8, 9, 10 March
    changes = [
        ("z", "known", at(D - timedelta(40))),  # known long before the window
        ("a", "known", at(days[0])),
        ("b", "learning", at(days[0])),
        ("b", "known", at(days[1])),
        ("a", "learning", at(days[2], 9)),  # a is demoted on the 10th
        ("c", "known", at(days[2], 10)),
        ("c", "known", at(days[2], 11)),  # known again: still one
        ("d", "known", at(D + timedelta(1))),  # after the window
    ]
    for lemma, status, moment in changes:
        change = StatusChange.objects.create(learner=learner, lemma=lemma, status=status)
        StatusChange.objects.filter(pk=change.pk).update(at=moment)
    assert known_over_time(learner, days) == [2, 3, 3]


def test_accuracy_is_the_mean_score_per_type_and_day(learner, assignment):
    from learning.services.attempts import answer_submit, attempt_start

    days = day_range(D, 2)
    attempt = attempt_start(assignment=assignment, learner=learner)
    given = {0: "بكتابة", 1: "الألعاب", 2: "صح"}  # wrong, right, right
    moments = {0: at(days[0]), 1: at(days[0]), 2: at(days[1])}
    for position, answer in given.items():
        stored = answer_submit(attempt=attempt, position=position, given=answer).answer
        Answer.objects.filter(pk=stored.pk).update(created=moments[position])
    assert accuracy_by_type(learner, days) == {
        "multiple_choice": [0.0, None],
        "true_false": [None, 1.0],
        "typed": [1.0, None],
    }


def test_overdue_reviews_count_for_today(learner):
    now = at(D)
    dues = [D - timedelta(3), D, D + timedelta(1), D + timedelta(6), D + timedelta(7)]
    for number, day in enumerate(dues):
        WordProgress.objects.create(
            learner=learner, lemma=f"w{number}", status="learning", due=at(day, 6)
        )
    WordProgress.objects.create(learner=learner, lemma="k", status="known")
    figures = word_figures(learner, now, 7)
    assert figures.due_by_day == [2, 1, 0, 0, 0, 0, 1]
    assert figures.due_now == 2
    assert figures.totals == {"new": 0, "learning": 5, "known": 1, "ignored": 0}


def test_activity_days_join_answers_and_reviews(learner, assignment):
    from learning.services.attempts import answer_submit, attempt_start

    attempt = attempt_start(assignment=assignment, learner=learner)
    stored = answer_submit(attempt=attempt, position=2, given="صح").answer
    Answer.objects.filter(pk=stored.pk).update(created=at(D))
    for day in (D, D - timedelta(1)):
        Review.objects.create(
            learner=learner, lemma="x", rating=3, source="review", reviewed_at=at(day),
            due_after=at(day),
        )  # fmt: skip
    assert activity_days(learner, D - timedelta(5)) == {D, D - timedelta(1)}


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
