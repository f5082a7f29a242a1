"""Chart axes: whole numbers on a count axis, time running right to left in Arabic, two-line
labels that do not collide."""

import re

from learning.charts import Series, bar_chart, line_chart


def axis_numbers(svg: str) -> list[str]:
    return re.findall(r'<text x="[\d.]+" y="[\d.]+" text-anchor="(?:end|start)"[^>]*>([^<]+)<', svg)


def test_a_count_axis_shows_whole_numbers_only():
    svg = bar_chart(title="Reviews", labels=list("abcdefg"), values=[0, 3, 9, 1, 0, 2, 5])
    numbers = axis_numbers(svg)
    assert numbers and all(re.fullmatch(r"\d+", n) for n in numbers), numbers
    assert "2.5" not in svg and "7.5" not in svg


def test_a_percent_axis_keeps_its_quarters():
    svg = line_chart(
        title="Accuracy",
        labels=["1/1", "2/1"],
        series=[Series("x", [0.5, 1.0])],
        y_max=1.0,
        percent=True,
    )
    assert axis_numbers(svg) == ["0%", "25%", "50%", "75%", "100%"]


def label_xs(svg: str, labels: list[str]) -> list[float]:
    return [
        float(re.search(rf'<text x="([\d.]+)"[^>]*>{label}<', svg).group(1)) for label in labels
    ]


def test_time_runs_right_to_left_in_arabic():
    labels = ["1/1", "2/1", "3/1"]
    ltr = line_chart(title="t", labels=labels, series=[Series("x", [1, 2, 3])])
    rtl = line_chart(title="t", labels=labels, series=[Series("x", [1, 2, 3])], rtl=True)
    assert label_xs(ltr, labels) == sorted(label_xs(ltr, labels))
    assert label_xs(rtl, labels) == sorted(label_xs(rtl, labels), reverse=True)
    dots = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', rtl)]
    assert dots == sorted(dots, reverse=True), "the first day is on the right"
    assert 'text-anchor="start"' in rtl, "the value axis is on the right"


def test_a_two_line_label_is_written_on_two_lines():
    svg = bar_chart(title="t", labels=["الأربعاء\n2", "الخميس\n3"], values=[1, 2])
    assert svg.count("<tspan") == 4 and "الأربعاء</tspan>" in svg
