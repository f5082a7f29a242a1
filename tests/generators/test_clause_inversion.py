"""«قال S إن الحكومة ستخفض ...» said as «بحسب S، ستخفض الحكومة ...»: the reported clause turned
verb first after the attribution, so the clause is not copied as one stretch. Only a definite
singular (or broken plural) subject with a singular verb right after it: the verb keeps its
form and the subject its case; a dual or sound plural (its case shows), a plural verb, a
negation or a pronoun on «إن» keep «فإن»."""

from __future__ import annotations

from exercises.generators.restructure import structure_edits
from tests.generators.edited import edited_sentences

TEXT = """الحكومة تخفض الضرائب

وقالت وزارة المالية في بيان إن الحكومة ستخفض الضريبة على السيارات الكهربائية بنسبة كبيرة.

وأوضحت هيئة الطاقة في بيان أن المحطة الجديدة تنتج الكهرباء لنحو مئة ألف منزل في الجنوب.

وذكرت وزارة الصحة في بيان أن المستشفيين الجديدين سيستقبلان المرضى في الأسبوع المقبل.

وأكدت نقابة المعلمين في بيان أن المعلمين سيعودون إلى المدارس بعد انتهاء الإضراب الطويل.

وأعلنت شركة الكهرباء في بيان أن الشبكة لم تتأثر بالعاصفة التي ضربت المدينة أمس الأول.

وأوضح الجهاز في بيان أن المعدل الشهري للتضخم سجل ارتفاعا طفيفا في شهر آذار الماضي.

وذكرت الهيئة في بيان أن الشركة التي تأسست قبل عشرين عاما حققت أرباحا كبيرة هذا العام.
"""


def reworded() -> list[str]:
    return edited_sentences(TEXT, structure_edits)


def test_the_reported_clause_is_turned_verb_first():
    found = reworded()
    assert "بحسب وزارة المالية، ستخفض الحكومة الضريبة على السيارات" in found[0], found[0]
    assert "بحسب هيئة الطاقة، تنتج المحطة الجديدة الكهرباء لنحو" in found[1], found[1]


def test_a_dual_or_a_plural_verb_keeps_the_clause():
    found = reworded()
    assert "المستشفيين الجديدين سيستقبلان" in found[2], found[2]
    assert "المعلمين سيعودون" in found[3], found[3]


def test_a_phrase_goes_with_the_subject_and_a_particle_with_the_verb():
    found = reworded()
    assert "بحسب شركة الكهرباء، لم تتأثر الشبكة بالعاصفة" in found[4], found[4]
    assert "بحسب الجهاز، سجل المعدل الشهري للتضخم ارتفاعا" in found[5], found[5]
    assert "فإن الشركة التي تأسست" in found[6], found[6]
