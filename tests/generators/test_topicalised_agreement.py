"""The subject put before its verb only when the verb agrees with it as the subject: «قرأت
الملف» is «I read the file» (الملف masculine, the verb's ت not its subject's), «تم تحويل
المضبوطات» keeps «تم» first (a light verb does not stand after its masdar)."""

from __future__ import annotations

from exercises.generators.restructure import structure_edits
from tests.generators.edited import edited_sentences

TEXT = """أخبار

قرأت الملف مرتين في المكتب قبل أن أغير القرار النهائي.

تم تحويل المضبوطات إلى الجهات المختصة لاستكمال الإجراءات القانونية.

ارتفعت قيمة الصفقة 5 بالمئة خلال الربع الأول من العام الجاري.
"""


def reworded() -> list[str]:
    return edited_sentences(TEXT, structure_edits)


def test_no_subject_that_the_verb_does_not_agree_with():
    first, second, third = reworded()
    assert first.startswith("قرأت الملف"), first
    assert second.startswith("تم تحويل"), second
    assert third.startswith("قيمة الصفقة ارتفعت"), third
