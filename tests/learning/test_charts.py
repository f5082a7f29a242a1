"""WCAG AA contrast (4.5:1 for text) of the colour pairs the stylesheet uses."""

import re

import pytest
from django.contrib.staticfiles import finders

from learning.charts import COLOURS, INK, MUTED


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.fixture(scope="module")
def css() -> str:
    with open(finders.find("learning/site.css"), encoding="utf-8") as handle:
        return handle.read()


def variable(css: str, name: str) -> str:
    return re.search(rf"--{name}:\s*(#[0-9a-fA-F]{{6}})", css).group(1)


def test_text_colours_on_their_backgrounds(css):
    ink, muted, paper, accent = (variable(css, n) for n in ("ink", "muted", "paper", "accent"))
    pairs = [
        (ink, paper), (muted, paper), (muted, "#ffffff"), (accent, paper),  # text and links
        ("#ffffff", accent),  # header, buttons
        (ink, "#dbeafe"), (ink, "#fde68a"),  # new and learning words
        (muted, "#efece4"),  # table headers
        (ink, "#e8f3ef"), (ink, "#fff7e0"), (ink, "#fdecea"),  # feedback boxes
        ("#ffffff", "#9f1239"), ("#ffffff", "#7a4f00"), ("#ffffff", "#1d4ed8"),  # rating buttons
        ("#9b1c1c", paper),  # overdue, errors
    ]  # fmt: skip
    for foreground, background in pairs:
        assert contrast(foreground, background) >= 4.5, (foreground, background)
        assert background.lower() in css.lower() or background == "#ffffff", background
    focus = variable(css, "focus")
    assert contrast(focus, paper) >= 3.0, "the focus ring, a non-text contrast of 3:1"


def test_chart_colours_read_on_white():
    for colour in (*COLOURS, INK, MUTED):
        assert contrast(colour, "#ffffff") >= 4.5, colour
