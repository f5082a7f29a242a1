"""A word that sounds like its English gloss (سيناريو "scenario") is a borrowing the loanword
list may not name: asking its meaning or its root tests nothing (twelfth review: «السيناريو»
asked as "scenario"). ``sounds_like`` finds them; native words keep their items."""

from __future__ import annotations

import pytest

from exercises.arabic.text.sounds_like import sounds_like
from exercises.generators.meaning import meaning_items
from tests.generators.conftest import analysed_text


@pytest.mark.parametrize(
    ("arabic", "gloss"),
    [
        ("سيناريو", "scenario"),
        ("برلمان", "parliament"),
        ("إنفلونزا", "influenza"),
        ("ديمقراطية", "democracy"),
        ("الكمبيوتر", "computer"),
        ("تراجيديا", "tragedy"),
        ("بلاستيكي", "plastic"),
        ("أكسيد", "oxide"),
        ("ميليمتر", "millimeter"),
        ("جيوغرافيا", "geography"),
    ],
)
def test_a_borrowing_sounds_like_its_gloss(arabic, gloss):
    assert sounds_like(arabic, gloss)


@pytest.mark.parametrize(
    ("arabic", "gloss"),
    [
        ("مداولة", "negotiation; deliberation"),
        ("استمر", "continue"),
        ("مركز", "center"),
        ("كتب", "write"),
        ("برنامج", "program"),  # Persian, long settled: not the English word's letters
        ("سفر", "travel"),
        ("محكمة", "court"),
        ("بحر", "sea"),
        ("أساسي", "basic; fundamental"),
        ("مستشفى", "hospital"),
    ],
)
def test_a_native_word_does_not(arabic, gloss):
    assert not sounds_like(arabic, gloss)


BORROWED = """\
وقالت المحللة في مؤسسة التصنيف الائتماني إن السيناريو الأساسي لدينا يفترض تعافيا تدريجيا في العام المقبل.
وأضافت أن البرلمان ناقش مشروع القانون في جلسة طويلة استمرت حتى ساعة متأخرة من الليل.
وأوضح الأطباء أن الإنفلونزا الموسمية انتشرت بسرعة كبيرة في المدارس خلال الأسابيع الماضية.
وأشار التقرير إلى أن المزارعين يواجهون صعوبات متزايدة في تسويق المحاصيل داخل الأسواق المحلية.
"""


def test_meaning_never_asks_a_borrowing():
    article = analysed_text(BORROWED)
    items = meaning_items(article.context, 0)
    assert items
    asked = {item.extra["word"] for item in items}
    assert not asked & {"السيناريو", "البرلمان", "الإنفلونزا"}, asked
