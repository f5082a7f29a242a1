"""Words of news Arabic said another way in a true statement (``paraphrases.txt``): an adverb
for its phrase (يوميا -> كل يوم)، في المئة for بالمئة، نفسه for ذاته، لأول مرة for للمرة الأولى."""

from __future__ import annotations

from exercises.generators.rewording import rewordings
from tests.generators.edited import edited_sentences

TEXT = """المحطة الجديدة

تنتج المحطة يوميا نحو 300 ألف متر مكعب من المياه، وارتفع الإنتاج 5 بالمئة.

وعاد الفريق نفسه إلى المنافسة للمرة الأولى منذ سنوات طويلة بعد غياب.

وتبدأ الحملة اعتبارا من الأحد في كافة المحافظات الشمالية والجنوبية.
"""


def reworded() -> list[str]:
    return edited_sentences(TEXT, rewordings)


def test_news_phrases_are_said_another_way():
    first, second, third = reworded()
    assert "كل يوم" in first and "يوميا" not in first, first
    assert "5 في المئة" in first, first
    assert "الفريق ذاته" in second and "لأول مرة منذ" in second, second
    assert "ابتداء من الأحد في جميع المحافظات" in third, third
