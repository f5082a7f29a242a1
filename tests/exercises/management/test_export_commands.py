import io
import json
import xml.etree.ElementTree as ET
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from exercises.models import Article, ExerciseSet
from exercises.services.sets import exercise_set_approve
from tests.users import PASSWORD


def test_export_anki_from_a_path_imports_the_article_once(db, seed_path, tmp_path):
    for name in ("one.apkg", "two.apkg"):
        call_command("export_anki", str(seed_path), "-o", str(tmp_path / name))
    assert Article.objects.count() == 1
    with zipfile.ZipFile(tmp_path / "one.apkg") as package:
        assert "collection.anki2" in package.namelist()


def test_export_moodle_of_an_approved_set_holds_only_its_approved_items(db, seed_set, tmp_path):
    rejected = seed_set.items.first()
    rejected.status = "rejected"
    rejected.save()
    exercise_set_approve(exercise_set=seed_set)
    out = tmp_path / "quiz.xml"
    call_command("export_moodle", f"set:{seed_set.pk}", "-o", str(out))
    ids = {q.findtext("idnumber") for q in ET.parse(out).getroot().iter("question")}
    keys = {number.split("-", 1)[1] for number in ids if number}
    assert rejected.key not in keys
    kept = set(seed_set.items.exclude(pk=rejected.pk).values_list("key", flat=True))
    assert kept & keys


def test_export_moodle_gift_of_an_article_without_a_set_generates_items(db, seed_article, tmp_path):
    out = tmp_path / "quiz.gift"
    call_command("export_moodle", str(seed_article.pk), "-o", str(out), "--format", "gift")
    text = out.read_text("utf-8")
    assert text.startswith("$CATEGORY:")
    assert text.count("::") >= 20, "generated items are exported as questions"
    assert ExerciseSet.objects.count() == 0, "nothing is stored by an export"


def test_export_pdf_writes_a_pdf(db, seed_article, tmp_path):
    out = tmp_path / "sheet.pdf"
    call_command(
        "export_pdf", str(seed_article.pk), "-o", str(out), "--sections", "article,vocabulary"
    )
    assert out.read_bytes().startswith(b"%PDF")


def test_export_pdf_can_list_only_the_harder_words(db, seed_article, tmp_path):
    import pypdf

    full, hard = tmp_path / "full.pdf", tmp_path / "hard.pdf"
    call_command("export_pdf", str(seed_article.pk), "-o", str(full), "--sections", "vocabulary")
    call_command(
        "export_pdf", str(seed_article.pk), "-o", str(hard), "--sections", "vocabulary",
        "--vocabulary-level", "C1",
    )  # fmt: skip
    assert len(pypdf.PdfReader(hard).pages) < len(pypdf.PdfReader(full).pages)


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["999", "-o", "x.pdf"], "no article with id 999"),
        (["set:42", "-o", "x.pdf"], "no exercise set with id 42"),
        (["missing.txt", "-o", "x.pdf"], "no such file"),
    ],
)
def test_export_commands_say_what_is_wrong(db, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("export_pdf", *arguments)


def test_export_pdf_refuses_unknown_sections(db, seed_article, tmp_path):
    with pytest.raises(CommandError, match="Unknown sections"):
        call_command(
            "export_pdf", str(seed_article.pk), "-o", str(tmp_path / "a.pdf"), "--sections", "x"
        )
    assert not (tmp_path / "a.pdf").exists()


def test_the_export_page_serves_every_format_to_teachers(client, teacher, seed_set):
    exercise_set_approve(exercise_set=seed_set)
    article_id = seed_set.article_id
    assert client.get(reverse("teach:export", args=[article_id])).status_code == 302
    client.login(username="teacher", password=PASSWORD)
    assert client.get(reverse("teach:export", args=[article_id])).status_code == 200
    expected = {
        "pdf": b"%PDF",
        "apkg": b"PK",
        "moodle": b"<?xml",
        "gift": b"$CATEGORY",
        "csv": b"\xef\xbb\xbf",
    }
    for fmt, start in expected.items():
        url = reverse("teach:export_download", args=[article_id, fmt])
        response = client.get(url, {"article": "on", "vocabulary": "on", "page_size": "A4"})
        assert response.status_code == 200, fmt
        assert response.content.startswith(start), fmt
        assert "attachment" in response["Content-Disposition"]


def test_export_moodle_can_write_ordering_questions(db, ordering_set, tmp_path):
    seed_set = ordering_set
    exercise_set_approve(exercise_set=seed_set)
    out = tmp_path / "quiz.xml"
    call_command("export_moodle", f"set:{seed_set.pk}", "-o", str(out), "--ordering", "ordering")
    types = {q.get("type") for q in ET.parse(out).getroot().iter("question")}
    assert seed_set.items.filter(type="ordering").exists()
    assert "ordering" in types


def test_export_anki_my_words_is_one_deck_of_words(db, seed_article, tmp_path):
    import sqlite3

    out = tmp_path / "words.apkg"
    call_command("export_anki", str(seed_article.pk), "-o", str(out), "--my-words")
    with zipfile.ZipFile(out) as package:
        database = package.read("collection.anki2")
    connection = sqlite3.connect(":memory:")
    connection.deserialize(database)
    tags = [t for (t,) in connection.execute("SELECT tags FROM notes")]
    connection.close()
    assert tags and all("my-words" in t for t in tags)


def test_export_anki_says_when_the_deck_has_no_audio(db, seed_article, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    out, errors = tmp_path / "deck.apkg", io.StringIO()

    call_command("export_anki", str(seed_article.pk), "-o", str(out), stderr=errors)

    assert "espeak-ng is not installed" in errors.getvalue()
    with zipfile.ZipFile(out) as package:
        assert json.loads(package.read("media")) == {"0": "_Amiri-Regular.ttf"}


def test_export_moodle_gift_can_write_ordering_questions(db, ordering_set, tmp_path):
    seed_set = ordering_set
    exercise_set_approve(exercise_set=seed_set)
    out = tmp_path / "quiz.gift.txt"
    call_command(
        "export_moodle", f"set:{seed_set.pk}", "-o", str(out), "--format", "gift",
        "--ordering", "ordering",
    )  # fmt: skip
    assert "ALL VERTICAL ABSOLUTE_POSITION SHOW none" in out.read_text(encoding="utf-8")
