"""Senses in context: the lexicon's entries for one lemma, chosen by the words around them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from exercises.arabic.analysis_types import AnalyzedDocument
from exercises.arabic.context.senses import choose_senses, load_cues, sense_candidates
from exercises.arabic.morphology.analyzer import default_analyzer

HERE = Path(__file__).parent


def _cases(name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (HERE / name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, word, meaning = line.split("\t")
            rows.append((sentence, word, meaning))
    return rows


def _score(cases: list[tuple[str, str, str]], analyse: Callable[[str], AnalyzedDocument]):
    """(right, cases) overall, and (right, cases) among words whose lemma was read right and
    has several senses: the sense choice itself, apart from the choice of reading."""
    analyzer = default_analyzer()
    right = sense_right = sense_cases = 0
    for sentence, word, meaning in cases:
        item = next(item for item in analyse(sentence).tokens if item.token.text == word)
        analysis = item.analysis
        assert analysis is not None, word
        good = meaning in analysis.gloss
        right += good
        senses = sense_candidates(analysis, analyzer.analyze(word))
        if len(senses) > 1 and any(meaning in sense.gloss for sense in senses):
            sense_cases += 1
            sense_right += good
    return (right, len(cases)), (sense_right, sense_cases)


@pytest.mark.parametrize("name", ["sense_sentences.tsv", "sense_sentences_fresh.tsv"])
def test_the_test_sets_are_ours_and_big_enough(name: str) -> None:
    cases = _cases(name)
    assert len(cases) >= 30
    assert all(word in sentence.split() or word in sentence for sentence, word, _ in cases)


def test_the_sense_test_set_is_chosen_right_nine_times_in_ten(analyse) -> None:
    (right, total), (sense_right, sense_total) = _score(_cases("sense_sentences.tsv"), analyse)
    assert total >= 60
    # The sense choice, where the reading (lemma) was chosen right: the target.
    assert sense_total >= 60 and sense_right / sense_total >= 0.9, (sense_right, sense_total)
    # End to end, the choice of reading included (other lemmas: حَكَم for حُكْم ...).
    assert right / total >= 0.85, (right, total)


def test_the_set_written_after_the_cues_is_mostly_right(analyse) -> None:
    (right, total), (sense_right, sense_total) = _score(
        _cases("sense_sentences_fresh.tsv"), analyse
    )
    assert sense_right / sense_total >= 0.85, (sense_right, sense_total)
    assert right / total >= 0.8, (right, total)


def test_a_report_issued_by_a_committee_on_the_situation(analyse, reading_of) -> None:
    document = analyse("أصدرت اللجنة تقريرا عن الوضع")
    report = reading_of(document, "تقريرا").analysis
    assert report.gloss == "report; account"
    assert report.other_glosses == ("decision; determination",)
    assert reading_of(document, "الوضع").analysis.gloss == "situation; status"


def test_the_same_word_takes_the_sense_of_its_neighbours(analyse, reading_of) -> None:
    putting = analyse("شارك الوزير في وضع حجر الأساس للمستشفى.")
    assert "laying" in reading_of(putting, "وضع").analysis.gloss
    regime = analyse("طالب المتظاهرون بإسقاط النظام.")
    system = analyse("أقرت الوزارة نظام تعليم جديدا.")
    assert "regime" in reading_of(regime, "النظام").analysis.gloss
    assert "system" in reading_of(system, "نظام").analysis.gloss


def test_a_gloss_of_several_meanings_shows_first_the_one_its_context_means(
    analyse, reading_of
) -> None:
    league = reading_of(analyse("تقام الجولة العشرين من الدوري غدا."), "الجولة").analysis
    assert league.gloss.startswith("round;")
    visit = reading_of(analyse("قام الوزير بجولة في المدينة."), "بجولة").analysis
    assert visit.gloss.startswith("tour;")


def test_the_senses_keep_the_part_of_speech_context_gave(analyse, reading_of) -> None:
    document = analyse("يعد ارتفاع الأسعار عاملا رئيسيا في التضخم.")
    chosen = reading_of(document, "عاملا").analysis
    assert "factor" in chosen.gloss
    assert "worker" in chosen.other_glosses


def test_an_entrys_other_stems_are_not_senses() -> None:
    readings = default_analyzer().analyze("عرف")
    active = next(reading for reading in readings if reading.gloss == "know")
    glosses = [reading.gloss for reading in sense_candidates(active, readings)]
    assert glosses == ["know"]  # not the passive "be known", not عَرَّف nor عُرْف


def test_a_word_with_no_cue_keeps_its_reading() -> None:
    cues = load_cues()
    assert "خيار" not in cues.hand and not any(key.startswith("xiyAr") for key in cues.learnt)
    readings = default_analyzer().analyze("خيار")
    for first in [r for r in readings if r.lemma == "خيار"]:
        (kept,) = choose_senses([readings], [first], [0])
        assert kept is not None and kept.lemma_id == first.lemma_id
        assert kept.other_glosses == tuple(
            r.gloss for r in readings if r.lemma == "خيار" and r.lemma_id != first.lemma_id
        )


def test_the_cue_files_parse() -> None:
    cues = load_cues()
    assert len(cues.hand) >= 80  # lemmas, each with two senses or more
    assert len(cues.learnt) >= 100
    assert all(sense.prior >= 0 for senses in cues.hand.values() for _, sense in senses)


@pytest.mark.parametrize(
    ("sentence", "word", "meaning"),
    [
        ("أطلقت الوزارة مبادرة جديدة لدعم الشباب.", "أطلقت", "launch"),
        ("وأطلق البنك أمس منصة رقمية للدفع.", "وأطلق", "launch"),
        ("وكانت وزارة الداخلية قد أطلقت منذ فاتح نونبر برنامج الدعم.", "أطلقت", "launch"),
        ("أطلقت الشرطة النار على المهاجمين.", "أطلقت", "fire"),
        ("أطلقت السلطات سراح عشرة معتقلين.", "أطلقت", "release"),
    ],
)
def test_a_verb_takes_the_sense_its_object_gives_it(analyse, reading_of, sentence, word, meaning):
    """أطلق مبادرة / حملة / منصة / برنامج: "launch", a sense the lexicon lacks; أطلق النار:
    "fire"; the object may stand a few words after the verb."""
    gloss = reading_of(analyse(sentence), word).analysis.gloss
    assert gloss.split(";")[0].strip().startswith(meaning), gloss


def test_senses_the_lexicon_lacks_are_taken_from_their_cues(analyse, reading_of) -> None:
    # «المسؤول عن التواصل» was asked as "continuity"; «انطلاق فعاليات» as "departure".
    office = analyse("وقال المسؤول عن التواصل في الوزارة إن الحملة ستبدأ غدا.")
    assert reading_of(office, "التواصل").analysis.gloss == "communication"
    opening = analyse("أعلنت اللجنة انطلاق فعاليات المهرجان يوم الخميس.")
    assert reading_of(opening, "انطلاق").analysis.gloss.startswith("start")
    steady = analyse("يشهد الإقليم تواصل الأمطار الغزيرة منذ أسبوع.")
    assert "continu" in reading_of(steady, "تواصل").analysis.gloss


def test_news_senses_from_their_neighbours(analyse, reading_of) -> None:
    cases = [
        ("يحق للمتهمين الطعن على الحكم أمام محكمة الاستئناف.", "الطعن", "appeal"),
        ("قال عالم الفلك إن المذنب سيظهر في السماء الأسبوع المقبل.", "الفلك", "astronomy"),
        ("أعلنت لجنة التحكيم أسماء الفائزين في المسابقة.", "التحكيم", "judging"),
        ("رد الوزير على مداخلات النواب في الجلسة.", "مداخلات", "debate"),
        ("أصدر المصرف صكوكا بقيمة مليار دولار.", "صكوكا", "sukuk"),
        ("تبلغ الحرارة ثلاثين درجة مئوية ظهرا.", "مئوية", "Celsius"),
        ("أغلقت البلدية الطريق أمام المشاة والسيارات.", "المشاة", "pedestrians"),
        ("تنتظر الميزانية التأشير من سلطة الوصاية قبل تنفيذها.", "التأشير", "endorsement"),
        ("حذر الخبير من أن الإجهاد المائي يهدد المحاصيل.", "الإجهاد", "stress"),
        ("حثت الوزارة الأهالي على عدم الالتفات إلى الشائعات.", "الالتفات", "attention"),
        ("أوضحت أن بيانات القمر ستوظف في عدة مجالات.", "ستوظف", "use"),
        ("يرتبط نجاح المشروع بتقاسم المعطيات مع الباحثين.", "بتقاسم", "sharing"),
        ("وافق المجلس في المداولة الأولى على التقرير.", "المداولة", "deliberation"),
        ("ينص المشروع على إحداث دوائر انتخابية جديدة.", "إحداث", "creation"),
        ("قال مدير مكافحة الأمراض إن الحالات ارتفعت.", "مكافحة", "combating"),
        ("أصدر الشاعر خمسة عشر ديوانا شعريا.", "ديوانا", "anthology"),
        ("يعلم الخطاط تلاميذه الخط الكوفي منذ سنوات.", "الخط", "script"),
        ("نشرت الخطوط الرقمية الحرف العربي في كل مكان.", "الخطوط", "script"),
    ]
    for sentence, word, wanted in cases:
        gloss = reading_of(analyse(sentence), word).analysis.gloss
        assert wanted in gloss, (word, gloss)
    first_senses = [  # the dev review's wrong senses: the gloss must start with the right one
        ("انطلقت أعمال المؤتمر صباح اليوم في العاصمة.", "انطلقت", "begin"),
        ("تخضع المصارف لرقابة مالية مستقلة.", "لرقابة", "oversight"),
        ("قرر البنك المركزي الإبقاء على أسعار الفائدة.", "الإبقاء", "keeping"),
        ("نشرت الهيئة الإحصاءات الرسمية لعدد السكان.", "الإحصاءات", "statistics"),
        ("حمل صاروخ فضائي القمر الصناعي إلى مداره.", "صاروخ", "rocket"),
        ("بنيت القلعة على تلة صخرية تطل على البحر.", "تلة", "hill"),
        ("تمثل الانتخابات مرحلة مفصلية في تاريخ البلاد.", "مفصلية", "pivotal"),
        ("تعتمد الشركة طريقة جديدة في احتساب أسعار الكهرباء.", "احتساب", "calculation"),
    ]
    for sentence, word, wanted in first_senses:
        gloss = reading_of(analyse(sentence), word).analysis.gloss
        assert gloss.startswith(wanted), (word, gloss)
    car = reading_of(analyse("انطلقت السيارة بسرعة نحو الحدود."), "انطلقت").analysis
    assert not car.gloss.startswith("begin"), car.gloss
    office = reading_of(analyse("يعمل موظفا في ديوان الوزارة منذ سنوات."), "ديوان").analysis
    assert office.gloss.startswith("office"), office.gloss
    road = reading_of(analyse("رسمت البلدية خطوطا بيضاء على الطريق."), "خطوطا").analysis
    assert "line" in road.gloss


@pytest.mark.parametrize(
    ("sentence", "word", "meaning"),
    [
        ("وتطرقت الوزيرة في كلمتها إلى ملف التعليم في الأرياف.", "وتطرقت", "address"),
        ("واحتفلت الجماهير في الملعب بفوز الفريق.", "الجماهير", "fans"),
        ("وكشفت أبحاث الفرقة الوطنية للشرطة القضائية أن المتهم فر.", "أبحاث", "investigation"),
        ("ونشر الفريق أبحاثه عن الكلى في مجلة علمية محكمة.", "أبحاثه", "research"),
        ("وتوج المهاجم سامي خليل هداف البطولة برصيد تسعة أهداف.", "هداف", "top scorer"),
        ("وتضررت عشرات المنازل الطينية في القرية بعد السيول.", "الطينية", "mud"),
        ("وحل الفريق ثالثا في النسخة الماضية من البطولة العربية.", "النسخة", "edition"),
        ("وقرر البنك خفض الرسوم التي يدفعها العملاء على التحويلات.", "العملاء", "client"),
        ("ووزعت الجمعية المساعدات على الأسر المتضررة من السيول.", "المتضررة", "affected"),
        ("واعتقلت الشرطة عميلا لجهاز مخابرات أجنبي.", "عميلا", "agent"),
    ],
)
def test_news_senses_the_lexicon_lacks(analyse, reading_of, sentence, word, meaning):
    """The thirteenth review's wrong meaning keys: تطرق إلى "reach", a football crowd "masses",
    a police inquiry "research"; a study's أبحاث stay "research". The fourteenth's: a
    tournament's هداف "sharpshooter", mud-brick houses (المنازل الطينية) "clay-like"; the fifteenth's: a tournament's last
    النسخة "copy". The sixteenth's: a bank's العملاء "agents", families المتضررة "damaged"."""
    gloss = reading_of(analyse(sentence), word).analysis.gloss
    assert gloss.split(";")[0].strip().startswith(meaning), gloss
