"""Meaning in context never asks a family name (رشيد الكتاني read as "linen") nor a word of
scripture (﴿... الْمُطْمَئِنَّةُ﴾): neither is vocabulary a teacher would test."""

from __future__ import annotations

from pathlib import Path

import pytest

from exercises.generators.meaning import meaning_items
from tests.generators.conftest import analysed_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("name", "never"),
    [
        ("26_weather_morocco_cold_wave_alert", "الكتاني"),
        ("24_obituary_iraqi_poet_saadi", "الْمُطْمَئِنَّةُ"),
    ],
)
def test_no_family_name_and_no_word_of_scripture_is_asked(name, never):
    article = analysed_text((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
    items = meaning_items(article.context, 0)
    assert items
    assert not any(item.extra["word"] == never or "﴿" in item.prompt for item in items)
