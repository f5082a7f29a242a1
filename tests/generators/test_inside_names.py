"""Words of multiword names no list holds, which a cloze must not blank (seventeenth review:
«أبو ملعقة», «صالة لوسيل متعددة الأغراض», «الفرقة الوطنية للتمثيل»)."""

from __future__ import annotations

from exercises.generators.inside_names import inside_names
from tests.generators.conftest import analysed_text


def _named(text: str) -> set[str]:
    article = analysed_text(text)
    found = inside_names(article.context)
    return {item.token.text for item in article.context.tokens if item.token.index in found}


def test_a_kunya_names_whatever_noun_follows_it():
    """أبو + a common noun is a name (a bird, a man, a place), not "father of a spoon"."""
    named = _named("وشاهد الباحثون طيور أبو منجل قرب البحيرة في الصباح الباكر.\n")
    assert {"أبو", "منجل"} <= named


def test_a_venue_before_a_foreign_name_is_part_of_it():
    named = _named("وأقيمت المباراة النهائية في صالة الدوحة الكبرى أمام جمهور غفير.\n")
    assert "صالة" in named


def test_a_definite_noun_with_national_and_a_complement_is_a_body():
    """الفرقة الوطنية للتمثيل: «X الوطنية لـY» names one body whatever its head."""
    named = _named("وقدمت الفرقة الوطنية للموسيقى عرضا جديدا في العاصمة مساء أمس.\n")
    assert {"الفرقة", "الوطنية", "للموسيقى"} <= named
