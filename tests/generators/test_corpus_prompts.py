"""Prompts and options cut from the corpus's sentences are whole (tests/corpus/*.txt only).

A teacher rejected a «متى» question ending «... بنهاية», an event starting «(واج) -» and options
spliced from a lead; these invariants hold every comprehension item of every corpus article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generators import prompt_checks
from tests.generators.test_corpus_comprehension import PATHS, comprehension

SEED = Path(__file__).resolve().parent.parent.parent / "seeds" / "000_ad039091c34c510c.txt"


@pytest.mark.parametrize("path", [*PATHS, SEED], ids=lambda path: path.stem[:2])
def test_no_prompt_or_option_dangles_carries_a_dateline_or_leaves_a_quote_open(path):
    for seed in (0, 3):
        _, items = comprehension(path, seed=seed, count=100)
        found = [problem for item in items for problem in prompt_checks.problems(item)]
        assert not found, found


def test_the_checks_catch_what_the_review_rejected():
    assert prompt_checks.dangles("متى تراجع إنتاج مواد البناء بشكل طفيف بنهاية")
    assert prompt_checks.dangles("يبدأ الطقس بالتحسن تدريجيا اعتبارا من.")
    assert not prompt_checks.dangles("تراجع إنتاج مواد البناء بنهاية مارس.")
    assert not prompt_checks.dangles("بما يتيح للمتسوقين الشراء عن بعد")  # remotely
    assert prompt_checks.dangles("بما يتيح للمتسوقين الشراء بعد")
    assert prompt_checks.DATELINE.search("عمان 14 كانون الثاني (بترا) - أقر مجلس النواب.")
    assert prompt_checks.DATELINE.search("الجزائر - (واج) - أعلن الديوان")
    assert not prompt_checks.DATELINE.search("أعلنت هيئة البيئة - أبوظبي عن زراعة مليون شتلة")
    assert not prompt_checks.balanced("قال إن «الاتفاق خطوة أولى")


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_a_main_idea_is_one_clause_of_the_lead(path):
    """Never two clauses glued where a clause between them was taken out (… فيما عارضه 31)."""
    _, items = comprehension(path, seed=0, count=100)
    for item in items:
        if item.subtype == "main_idea":
            words = item.answer.split()
            assert not {"فيما", "بينما", "حين"} & set(words), item.answer


def test_a_statement_opens_with_a_whole_word():
    """«وتعتزم وزارة الصحة» with its subject moved first: the «و» of the verb goes with the verb,
    not with the subject (no «زارة الصحة تعتزم»)."""
    from exercises.generators.restructure import structure_edits
    from exercises.generators.true_false import _statement
    from tests.generators.conftest import analysed_text

    text = "وتعتزم وزارة الصحة إطلاق برنامج للكشف المبكر في مراكز الرعاية الأولية.\n"
    context = analysed_text(text).context
    start, end = context.statement(0)
    edits = structure_edits(context, 0, start, end)
    assert edits, "the subject is moved before its verb"
    statement = _statement(context, 0, start, context.text[start:end], edits)
    assert statement.startswith("وزارة الصحة"), statement


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.stem[:2])
def test_no_name_is_asked_for_its_meaning(path):
    """«ما معنى القحطاني» -> «Qahtani»: a name has no meaning to choose."""
    _, items = comprehension(path, seed=3, count=100)
    for item in items:
        if item.subtype == "meaning":
            assert not item.answer[:1].isupper(), (item.extra["word"], item.answer)


def test_a_source_after_bihasab_is_in_the_genitive():
    """«بحسب متعاملون» (sixth review): after بحسب a sound plural or dual takes ين."""
    from exercises.generators.restructure import structure_edits
    from exercises.generators.true_false import _statement
    from tests.generators.conftest import analysed_text

    for text, source in (
        (
            "وذكر متعاملون أوروبيون أن الحكومة اشترت شحنات جديدة من القمح الروسي.\n",
            "بحسب متعاملين أوروبيين، ",
        ),
        (
            "وأكد مسؤولان حكوميان أن الحكومة اشترت شحنات جديدة من القمح.\n",
            "بحسب مسؤولين حكوميين، ",
        ),
    ):
        context = analysed_text(text).context
        start, end = context.statement(0)
        edits = structure_edits(context, 0, start, end)
        statement = _statement(context, 0, start, context.text[start:end], edits)
        assert statement.startswith(source), statement
