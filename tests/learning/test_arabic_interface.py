"""The Arabic interface holds no English: instructions, statuses, kinds and parts of speech are
shown through gettext; numbers use the Arabic decimal separator; mixed text is isolated."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from exercises.models import Item
from exercises.templatetags.item_labels import (
    INSTRUCTIONS,
    instruction_label,
    kind_label,
    local_decimal,
    status_label,
)
from tests.learning.conftest import hand_items, make_approved_set

GENERATORS = Path(settings.BASE_DIR) / "exercises" / "generators"
PO = Path(settings.BASE_DIR) / "learning" / "locale" / "ar" / "LC_MESSAGES" / "django.po"
ENGLISH_LABELS = ("Approved", "Rejected", "Draft", "NOUN", "VERB", "ADJ", "PROPN")
ENGLISH_CODES = re.compile(r"\b(cloze|roots|comprehension|root_share|root_match|true_false)\b")


def generator_instructions() -> set[str]:
    """Every English sentence the generators store as an instruction (a literal after
    ``instruction=``, in an ``_INSTRUCTION`` constant or in the ``_INSTRUCTIONS`` table)."""
    found = set()
    for path in GENERATORS.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        found.update(re.findall(r'instruction="([^"]+)"', source))
        found.update(re.findall(r'_INSTRUCTION = "([^"]+)"', source))
        table = re.search(r"_INSTRUCTIONS = \{(.*?)\}", source, re.S)
        if table:
            found.update(re.findall(r':\s*"([^"]+)"', table.group(1)))
    return found


def test_every_generator_instruction_has_an_arabic_label():
    instructions = generator_instructions()
    assert "Type the missing word." in instructions and len(instructions) >= 12
    assert instructions <= set(INSTRUCTIONS), instructions - set(INSTRUCTIONS)
    with translation.override("ar"):
        for text in instructions:
            shown = instruction_label(text)
            assert shown != text and re.search(r"[\u0600-\u06ff]", shown), text


def test_every_generator_kind_and_subtype_has_an_arabic_label():
    """The set review showed "الفهم · main idea": a subtype without a label."""
    codes = set()
    for path in GENERATORS.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        codes.update(re.findall(r'\b(?:kind|subtype)="([a-z_]+)"', source))
        codes.update(re.findall(r'"(?:kind|subtype)": "([a-z_]+)"', source))
    assert {"main_idea", "cause", "root_share"} <= codes, codes
    with translation.override("ar"):
        for code in codes:
            assert re.search(r"[\u0600-\u06ff]", kind_label(code)), code


def test_labels_follow_the_language():
    with translation.override("ar"):
        assert instruction_label("Match each word with its root. (part 2 of 3)") == (
            "صِل كل كلمة بجذرها. (الجزء 2 من 3)"
        )
        assert status_label("approved") == "معتمد" and kind_label("root_share") == "الجذر نفسه"
        assert instruction_label("A teacher's own words.") == "A teacher's own words."
        assert local_decimal("3,6") == "3٫6" and local_decimal("12") == "12"
    with translation.override("en"):
        assert instruction_label("Type the missing word.") == "Type the missing word."
        assert status_label("rejected") == "Rejected" and local_decimal("3.6") == "3.6"


def in_arabic(client):
    client.post(reverse("set_language"), {"language": "ar"})


@pytest.fixture
def instructed_assignment(assignment):
    """The hand-made items with the instructions a generator gives them."""
    given = [
        "Choose the word that fills the gap.",
        "Type the missing word.",
        "True or false, according to the article?",
        "Match each word with its root. (part 1 of 2)",
        "Put these events in the order the article tells them.",
    ]
    for item, instruction in zip(Item.objects.order_by("position"), given, strict=True):
        item.instruction = instruction
        item.save()
        version = item.versions.get()
        version.content["instruction"] = instruction
        version.save()
    return assignment


def test_every_quiz_question_reads_in_arabic(client, learner, instructed_assignment):
    client.force_login(learner)
    in_arabic(client)
    client.post(reverse("learning:assignment_start", args=[instructed_assignment.pk]))
    attempt = learner.attempts.get()
    for position in range(1, 6):
        url = reverse("learning:attempt_question", args=[attempt.pk, position])
        html = client.get(url).content.decode()
        found = re.search(r'<p class="instruction" dir="auto">(.*?)</p>', html)
        # a question whose Arabic prompt asks it is not asked again (test_quiz_instruction)
        assert found or position > 3, f"question {position} has its instruction"
        instruction = found.group(1) if found else "يسأل السؤال نفسه"
        assert re.search(r"[\u0600-\u06ff]", instruction), instruction
        assert not re.search(r"[A-Za-z]{3}", instruction), instruction
    assert "(<bdi>learner</bdi>)" in html, "the user name is isolated from the Arabic around it"


def test_the_review_page_of_a_set_reads_in_arabic(client, teacher, seed_set):
    Item.objects.filter(pk=seed_set.items.first().pk).update(status=Item.Status.REJECTED)
    client.force_login(teacher)
    in_arabic(client)
    html = client.get(reverse("teach:set_review", args=[seed_set.pk])).content.decode()
    assert "مسودة" in html and "مرفوض" in html
    visible = re.sub(r"<[^>]+>", " ", html)
    for english in ENGLISH_LABELS:
        assert not re.search(rf"\b{english}\b", visible), english
    assert not ENGLISH_CODES.search(visible), ENGLISH_CODES.search(visible)
    for text in INSTRUCTIONS:
        assert text not in visible, text


def test_teacher_home_and_edit_pages_read_in_arabic(client, teacher, seed_set):
    client.force_login(teacher)
    in_arabic(client)
    home = client.get(reverse("teach:home")).content.decode()
    assert "مسودة" in home and not re.search(r">\s*Draft\s*<", home)
    item = seed_set.items.first()
    edit = client.get(reverse("teach:item_edit", args=[item.pk])).content.decode()
    assert not re.search(r"<small[^>]*>[^<]*[a-z]{4}", edit), "kind and subtype are in words"
    assert item.instruction not in edit


def test_the_vocabulary_page_names_parts_of_speech_in_arabic(client, seed_article):
    in_arabic(client)
    url = reverse("exercises:article_vocabulary", args=[seed_article.pk])
    visible = re.sub(r"<[^>]+>", " ", client.get(url).content.decode())
    assert "اسم" in visible
    for english in ENGLISH_LABELS:
        assert not re.search(rf"\b{english}\b", visible), english


def test_a_score_with_a_fraction_uses_the_arabic_decimal_separator(
    client, learner, teacher, seed_article, classroom
):
    from learning.models import Assignment, Membership

    items = [hand_items(seed_article)[3]]  # a matching item of three pairs: 1 right of 3
    exercise_set = make_approved_set(seed_article, teacher, items)
    Membership.objects.create(classroom=classroom, learner=learner)
    assignment = Assignment.objects.create(
        classroom=classroom, exercise_set=exercise_set, assigned_by=teacher
    )
    client.force_login(learner)
    in_arabic(client)
    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    attempt = learner.attempts.get()
    url = reverse("learning:attempt_question", args=[attempt.pk, 1])
    client.post(url, {"match-0": "زور", "match-1": "رءس", "match-2": "لعب"})
    html = client.get(reverse("learning:attempt_results", args=[attempt.pk])).content.decode()
    score = re.search(r'<p class="score" id="score">(.*?)</p>', html, re.S).group(1)
    assert "٫" in score and not re.search(r"\d[.,]\d", score), score


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="gettext's msgfmt is not installed")
def test_the_arabic_catalogue_is_complete():
    run = subprocess.run(
        ["msgfmt", "--statistics", "-o", "/dev/null", str(PO)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert re.fullmatch(r"\d+ translated messages\.\n", run.stderr), run.stderr


@pytest.mark.skipif(not shutil.which("xgettext"), reason="gettext is not installed")
def test_every_interface_string_of_the_source_is_in_the_catalogue(tmp_path):
    """makemessages over a copy of the code adds nothing untranslated or fuzzy to the catalogue."""
    root = Path(settings.BASE_DIR)
    for name in ("config", "exercises", "learning"):
        shutil.copytree(
            root / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "data")
        )
    shutil.copy(root / "manage.py", tmp_path)
    command = [sys.executable, "manage.py", "makemessages", "-l", "ar", "--no-obsolete"]
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    subprocess.run(command, cwd=tmp_path, env=env, check=True, capture_output=True)
    copied = tmp_path / PO.relative_to(root)
    run = subprocess.run(
        ["msgfmt", "--statistics", "-o", "/dev/null", str(copied)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert re.fullmatch(r"\d+ translated messages\.\n", run.stderr), run.stderr
