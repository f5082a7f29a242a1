"""A teacher names a set, deletes a draft nobody was given, and filters the review by kind and
status."""

import pytest
from django.urls import reverse
from django.utils import translation

from exercises.models import ExerciseSet, Item
from exercises.services.sets import exercise_set_approve
from learning.models import Assignment, Classroom
from tests.users import PASSWORD


@pytest.fixture
def teacher_client(client, teacher):
    assert client.login(username=teacher.username, password=PASSWORD)
    return client


def test_a_set_is_renamed_and_a_blank_name_is_refused(teacher_client, seed_set):
    url = reverse("teach:set_rename", args=[seed_set.pk])
    response = teacher_client.post(url, {"title": "  الدرس الثالث: الزيارة  "})
    assert response.status_code == 302
    seed_set.refresh_from_db()
    assert seed_set.title == "الدرس الثالث: الزيارة"
    response = teacher_client.post(url, {"title": "   "}, follow=True)
    seed_set.refresh_from_db()
    assert seed_set.title == "الدرس الثالث: الزيارة"
    assert "A set needs a name." in response.content.decode()
    teacher_client.post(url, {"title": "ب" * 301})
    seed_set.refresh_from_db()
    assert seed_set.title == "الدرس الثالث: الزيارة"


def test_another_teacher_cannot_rename_or_delete_a_set(client, other_teacher, seed_set):
    assert client.login(username=other_teacher.username, password=PASSWORD)
    rename = client.post(reverse("teach:set_rename", args=[seed_set.pk]), {"title": "x"})
    delete = client.post(reverse("teach:set_delete", args=[seed_set.pk]))
    assert rename.status_code == delete.status_code == 404
    assert ExerciseSet.objects.filter(pk=seed_set.pk, title=seed_set.title).exists()


def test_a_draft_set_is_deleted_after_a_confirmation(teacher_client, seed_set):
    url = reverse("teach:set_delete", args=[seed_set.pk])
    page = teacher_client.get(url)
    assert page.status_code == 200
    assert seed_set.title in page.content.decode()
    assert ExerciseSet.objects.filter(pk=seed_set.pk).exists()  # a GET deletes nothing
    response = teacher_client.post(url)
    assert response["Location"] == reverse("teach:home")
    assert not ExerciseSet.objects.filter(pk=seed_set.pk).exists()
    assert not Item.objects.filter(exercise_set_id=seed_set.pk).exists()


def test_a_set_given_to_a_class_is_not_deleted(teacher_client, teacher, seed_set):
    exercise_set_approve(exercise_set=seed_set, user=teacher)
    classroom = Classroom.objects.create(teacher=teacher, name="A", join_code="DEL234")
    Assignment.objects.create(classroom=classroom, exercise_set=seed_set, assigned_by=teacher)
    with translation.override("ar"):
        response = teacher_client.post(
            reverse("teach:set_delete", args=[seed_set.pk]), follow=True, HTTP_ACCEPT_LANGUAGE="ar"
        )
    assert ExerciseSet.objects.filter(pk=seed_set.pk).exists()
    assert "أزل التكليف قبل حذفها" in response.content.decode()  # why, in Arabic


def test_the_review_is_filtered_by_kind_and_status(teacher_client, seed_set):
    url = reverse("teach:set_review", args=[seed_set.pk])
    rejected = seed_set.items.filter(kind="roots").first()
    rejected.status = Item.Status.REJECTED
    rejected.save()

    def shown(query: dict) -> set[int]:
        page = teacher_client.get(url, query).content.decode()
        return {item.pk for item in seed_set.items.all() if f'id="item-{item.pk}"' in page}

    everything = set(seed_set.items.values_list("pk", flat=True))
    assert shown({}) == everything
    assert shown({"kind": "cloze"}) == set(
        seed_set.items.filter(kind="cloze").values_list("pk", flat=True)
    )
    assert shown({"status": "rejected"}) == {rejected.pk}
    assert shown({"kind": "cloze", "status": "rejected"}) == set()
    assert shown({"kind": "nonsense"}) == everything  # an unknown filter is no filter
