"""The export page: the teacher picks which approved set goes with the article, and sees the
worksheet's first page before downloading it."""

import pytest
from django.urls import reverse

from exercises.exports import pdf_preview
from exercises.generators.items import GenerationOptions
from exercises.services.sets import exercise_set_approve, exercise_set_generate, exercise_set_rename
from tests.users import make_user

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def two_sets(seed_set, teacher):
    first = seed_set
    exercise_set_approve(exercise_set=first, user=teacher)
    exercise_set_rename(exercise_set=first, title="المجموعة الأولى")
    second = exercise_set_generate(
        article=first.article, options=GenerationOptions(count=4, seed=9, kinds=("roots",)),
        user=teacher,
    )  # fmt: skip
    exercise_set_approve(exercise_set=second, user=teacher)
    exercise_set_rename(exercise_set=second, title="المجموعة الثانية")
    return first, second


def moodle(client, article_id: int, **query) -> str:
    url = reverse("teach:export_download", args=[article_id, "moodle"])
    return client.get(url, query).content.decode()


def test_the_teacher_picks_the_set_that_goes_with_the_export(client, teacher, two_sets):
    first, second = two_sets
    client.force_login(teacher)
    page = client.get(reverse("teach:export", args=[first.article_id])).content.decode()
    assert "المجموعة الأولى" in page and "المجموعة الثانية" in page
    # The newest by default; the other one when chosen, in every format's link.
    assert moodle(client, first.article_id).count("<question type=") == (
        moodle(client, first.article_id, set=second.pk).count("<question type=")
    )
    chosen = moodle(client, first.article_id, set=first.pk)
    assert chosen.count("<question type=") > moodle(client, first.article_id).count(
        "<question type="
    )
    page = client.get(reverse("teach:export", args=[first.article_id]), {"set": first.pk})
    assert f"set={first.pk}" in page.content.decode()


def test_a_set_the_teacher_may_not_have_is_not_exported(client, two_sets):
    first, _ = two_sets
    client.force_login(make_user("stranger", teacher=True))
    xml = moodle(client, first.article_id, set=first.pk)
    assert "<question type=" not in xml.replace('<question type="category">', "")


def test_the_worksheets_first_page_is_previewed(client, teacher, two_sets):
    first, _ = two_sets
    client.force_login(teacher)
    url = reverse("teach:export_preview", args=[first.article_id])
    page = client.get(reverse("teach:export", args=[first.article_id])).content.decode()
    assert url in page
    a4 = client.get(url)
    assert a4.status_code == 200 and a4["Content-Type"] == "image/png"
    assert a4.content.startswith(PNG)
    letter = client.get(url, {"page_size": "Letter", "article": "on"})
    width, height = pdf_preview.png_size(a4.content)
    assert height > width  # a portrait page
    letter_width, letter_height = pdf_preview.png_size(letter.content)
    # Letter is wider and shorter than A4.
    assert letter_width / letter_height > width / height


def test_without_poppler_the_page_says_there_is_no_preview(client, teacher, two_sets, monkeypatch):
    first, _ = two_sets
    monkeypatch.setattr(pdf_preview, "PDFTOPPM", "/nonexistent/pdftoppm")
    client.force_login(teacher)
    page = client.get(reverse("teach:export", args=[first.article_id])).content.decode()
    assert "No preview on this server" in page
    preview = client.get(reverse("teach:export_preview", args=[first.article_id]))
    assert preview.status_code == 404
