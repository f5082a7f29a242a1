"""Answer keys go to the set's author and to the teachers of classes it is assigned to."""

from django.urls import reverse

from exercises.services.sets import exercise_set_approve
from learning.models import Assignment, Classroom
from tests.users import make_user


def moodle_export(client, article_id: int) -> str:
    url = reverse("teach:export_download", args=[article_id, "moodle"])
    return client.get(url).content.decode()


def test_the_author_exports_the_questions_with_their_answers(client, teacher, seed_set):
    exercise_set_approve(exercise_set=seed_set)
    client.force_login(teacher)
    assert moodle_export(client, seed_set.article_id).count("<question type=") > 3


def test_another_teacher_gets_no_answer_key_of_a_set_not_theirs(client, seed_set):
    exercise_set_approve(exercise_set=seed_set)
    client.force_login(make_user("stranger", teacher=True))
    xml = moodle_export(client, seed_set.article_id)
    assert "<question type=" not in xml.replace('<question type="category">', "")
    page = client.get(reverse("teach:export", args=[seed_set.article_id])).content.decode()
    assert "Generate and approve a set" in page


def test_a_teacher_whose_class_was_given_the_set_exports_it(client, teacher, seed_set):
    exercise_set_approve(exercise_set=seed_set)
    colleague = make_user("colleague", teacher=True)
    classroom = Classroom.objects.create(name="B", teacher=colleague, join_code="BBBBBB")
    Assignment.objects.create(classroom=classroom, exercise_set=seed_set, assigned_by=teacher)
    client.force_login(colleague)
    assert moodle_export(client, seed_set.article_id).count("<question type=") > 3


def test_the_teacher_can_ask_for_moodles_ordering_questions(client, teacher, ordering_set):
    seed_set = ordering_set
    exercise_set_approve(exercise_set=seed_set)
    client.force_login(teacher)
    article_id = seed_set.article_id
    page = client.get(reverse("teach:export", args=[article_id])).content.decode()
    assert "?ordering=ordering" in page

    for fmt, marker in (("moodle", '<question type="ordering">'), ("gift", "{>")):
        url = reverse("teach:export_download", args=[article_id, fmt])
        assert marker not in client.get(url).content.decode(), fmt
        assert marker in client.get(url, {"ordering": "ordering"}).content.decode(), fmt
