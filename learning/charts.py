"""Small server-rendered SVG charts: lines over days and bars. Plain Python, no Django.

Each chart is a self-contained ``<svg>`` with a ``<title>`` and a ``<desc>`` that states the data
in words, so it reads without colour or sight. Series differ by colour and by dash pattern. The
colours keep at least 4.5:1 contrast against white.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 400, 200
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 16, 30
COLOURS = ("#0b5d4b", "#1d4ed8", "#9a3412", "#7e22ce", "#9f1239")
DASHES = ("", "6 4", "2 3", "8 3 2 3", "1 2")
INK, MUTED, GRID = "#1b1f24", "#4f5863", "#d9d5cc"


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: Sequence[float | None]  # one per label; None leaves a gap


def line_chart(
    *,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    y_max: float | None = None,
    percent: bool = False,
    description: str = "",
    rtl: bool = False,
) -> str:
    """Lines (with a dot at every value) over ``labels``, e.g. days; ``rtl`` runs them from the
    right, as an Arabic page reads."""
    values = _all_values(series)
    top = y_max if y_max is not None else _nice_max(values)
    chart_id = _chart_id(title, description, labels)
    whole = not percent and all(float(v).is_integer() for v in values)
    parts = _frame(chart_id, title, description, labels, top, percent, rtl=rtl, whole=whole)
    step = _step(len(labels))
    for index, one in enumerate(series):
        colour, dash = COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)]
        points = [
            (_x(step * (i + 0.5), rtl), _y(value, top))
            for i, value in enumerate(one.values)
            if value is not None
        ]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
            )
        parts.extend(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>' for x, y in points
        )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(
    *,
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    description: str = "",
    rtl: bool = False,
) -> str:
    """One bar per label, with its value written above it."""
    top = _nice_max(values)
    chart_id = _chart_id(title, description, labels)
    whole = all(float(v).is_integer() for v in values)
    parts = _frame(
        chart_id, title, description, labels, top, False, len(labels), rtl=rtl, whole=whole
    )
    step = _step(len(labels))
    width = step * 0.6
    for i, value in enumerate(values):
        x = _x(step * (i + 0.5), rtl) - width / 2
        y = _y(value, top)
        height = HEIGHT - BOTTOM - y
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" '
            f'fill="{COLOURS[0]}" rx="2"/>'
        )
        parts.append(
            f'<text x="{x + width / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
            f'font-size="13" fill="{INK}">{_number(value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def legend(series: Sequence[Series]) -> list[tuple[str, str, str]]:
    """(name, colour, dash) for each series, for a legend written in HTML beside the chart."""
    return [
        (one.name, COLOURS[i % len(COLOURS)], DASHES[i % len(DASHES)])
        for i, one in enumerate(series)
    ]


def _frame(
    chart_id: str,
    title: str,
    description: str,
    labels: Sequence[str],
    top: float,
    percent: bool,
    most_labels: int = 6,
    *,
    rtl: bool = False,
    whole: bool = False,
) -> list[str]:
    """The frame: title, description, the value axis (on the right when ``rtl``; whole numbers
    only when ``whole``) and the labels under the plot (a "\n" in one writes two lines)."""
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" direction="ltr" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" xmlns="http://www.w3.org/2000/svg" '
        f'font-family="system-ui, sans-serif">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(description)}</desc>',
    ]
    for fraction in (0, 0.25, 0.5, 0.75, 1):
        value = top * fraction
        if whole and not float(value).is_integer():
            continue
        y = _y(value, top)
        parts.append(
            f'<line x1="{RIGHT if rtl else LEFT}" x2="{WIDTH - (LEFT if rtl else RIGHT)}" '
            f'y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        text = f"{round(value * 100)}%" if percent else _number(value)
        axis_x, anchor = (WIDTH - LEFT + 6, "start") if rtl else (LEFT - 6, "end")
        parts.append(
            f'<text x="{axis_x}" y="{y + 4:.1f}" text-anchor="{anchor}" font-size="13" '
            f'fill="{MUTED}">{text}</text>'
        )
    step = _step(len(labels))
    for i in _label_positions(len(labels), most_labels):
        parts.append(_label(labels[i], _x(step * (i + 0.5), rtl)))
    return parts


def _label(label: str, x: float) -> str:
    """A label under the plot, on one line or two."""
    y = HEIGHT - BOTTOM + 18
    lines = label.split("\n")
    if len(lines) == 1:
        text = escape(label)
    else:
        y -= 6
        text = "".join(
            f'<tspan x="{x:.1f}" dy="{0 if n == 0 else 13}">{escape(line)}</tspan>'
            for n, line in enumerate(lines)
        )
    return (
        f'<text x="{x:.1f}" y="{y}" text-anchor="middle" font-size="13" '
        f'fill="{MUTED}">{text}</text>'
    )


def _x(offset: float, rtl: bool) -> float:
    """A point ``offset`` along the time axis, from its start (the right side when ``rtl``)."""
    return (WIDTH - LEFT - offset) if rtl else (LEFT + offset)


def _label_positions(count: int, most: int = 6) -> list[int]:
    """Which labels to write under the axis: the last one always, evenly spaced back from it."""
    every = max(1, -(-count // most))
    return sorted(range(count - 1, -1, -every))


def _step(count: int) -> float:
    return (WIDTH - LEFT - RIGHT) / max(1, count)


def _y(value: float, top: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value / top if top else 0))


def _all_values(series: Sequence[Series]) -> list[float]:
    return [value for one in series for value in one.values if value is not None]


def _nice_max(values: Sequence[float]) -> float:
    """A round top for the axis: 4, 8, 20, 40, 100 ... at least the largest value."""
    largest = max(values, default=0)
    top = 4.0
    while top < largest:
        top *= 2.5 if str(int(top)).startswith("4") else 2
    return top


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _chart_id(title: str, description: str, labels: Sequence[str]) -> str:
    """An id for the chart's title and description, derived from what it shows: two charts on a
    page differ in title, and no counter is shared between requests or threads."""
    content = "\x1f".join((title, description, *labels)).encode()
    return "chart-" + hashlib.blake2s(content, digest_size=5).hexdigest()
