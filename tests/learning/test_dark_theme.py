"""The dark theme (prefers-color-scheme: dark in ui.css): every text colour it pairs with a
background has a contrast of at least 4.5:1 (WCAG AA), as has the light theme's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

STATIC = Path(settings.BASE_DIR) / "learning" / "static" / "learning"


def relative_luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(c * 2 for c in colour)
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    lighter, darker = sorted((relative_luminance(one), relative_luminance(two)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def variables(css: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\s*;", css))


def dark_block() -> str:
    css = (STATIC / "ui.css").read_text(encoding="utf-8")
    start = css.index("@media (prefers-color-scheme: dark)")
    return css[start:]


TEXT_ON = {
    "ink": ["paper", "card", "tint-green", "tint-amber", "tint-red", "tint-blue", "tint-grey"],
    "muted": ["paper", "card", "tint-grey"],
    "accent": ["paper", "card"],
    "accent-ink": ["accent"],
    "good": ["paper", "card"],
    "warn": ["paper", "card"],
    "bad": ["paper", "card", "tint-red"],
}


def test_the_contrast_formula():
    assert contrast("#000", "#fff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("text", "backgrounds"), TEXT_ON.items())
def test_dark_theme_text_has_enough_contrast(text, backgrounds):
    colours = variables(dark_block())
    for background in backgrounds:
        ratio = contrast(colours[text], colours[background])
        assert ratio >= 4.5, f"--{text} on --{background}: {ratio:.2f}:1"


def test_the_dark_theme_overrides_the_light_colours():
    block = dark_block()
    assert "color-scheme: dark" in block
    light = variables((STATIC / "site.css").read_text(encoding="utf-8").split("}", 2)[2])
    dark = variables(block)
    for name in ("ink", "muted", "paper", "card", "line", "accent", "accent-ink"):
        assert dark[name] != light[name], name


def test_the_light_theme_text_has_enough_contrast():
    light = variables((STATIC / "site.css").read_text(encoding="utf-8"))
    for text, background in [("ink", "paper"), ("ink", "card"), ("muted", "paper"),
                             ("muted", "card"), ("accent", "paper"), ("accent-ink", "accent")]:  # fmt: skip
        assert contrast(light[text], light[background]) >= 4.5, (text, background)


@pytest.mark.django_db
def test_the_stylesheet_is_on_the_pages(client):
    html = client.get("/").content.decode()
    assert "learning/site.css" in html and "learning/ui.css" in html
    missing = client.get("/articles/999999/").content.decode()
    assert "learning/ui.css" in missing, "the error pages too"
