"""Classes: a teacher creates one, learners join with its code, the teacher assigns a set and
sees the class dashboard, the item statistics and the CSV files."""

import csv
import io
import math

import pytest
from django.urls import reverse

from exercises.models import ExerciseSet
from learning.models import Assignment, Classroom, Membership
from learning.services.attempts import answer_submit, attempt_start
from learning.services.classes import (
    JOIN_CODE_ALPHABET,
    ClassError,
    assignment_create,
    classroom_create,
    classroom_join,
)
from tests.users import make_user


def test_a_teacher_creates_a_class_with_a_join_code(client, teacher):
    client.force_login(teacher)
    response = client.post(reverse("teach:class_list"), {"name": "Arabic 2"})
    classroom = Classroom.objects.get(name="Arabic 2")
    assert response.url == reverse("teach:class_detail", args=[classroom.pk])
    assert len(classroom.join_code) == 6
    assert set(classroom.join_code) <= set(JOIN_CODE_ALPHABET)
    assert classroom.join_code in client.get(response.url).content.decode()


def test_join_codes_leave_out_letters_that_look_alike():
    assert not set("01OIL") & set(JOIN_CODE_ALPHABET)


def test_a_learner_joins_with_the_code_in_any_case_and_only_once(client, classroom, learner):
    client.force_login(learner)
    client.post(reverse("learning:class_join"), {"code": "abc 234"})
    client.post(reverse("learning:class_join"), {"code": "ABC234"})
    assert Membership.objects.filter(classroom=classroom, learner=learner).count() == 1
    assert "Arabic 1" in client.get(reverse("learning:dashboard")).content.decode()


def test_a_wrong_code_says_so(client, classroom, learner):
    client.force_login(learner)
    response = client.post(reverse("learning:class_join"), {"code": "ZZZZZZ"}, follow=True)
    assert "No class has this join code." in response.content.decode()
    with pytest.raises(ClassError):
        classroom_join(learner=learner, code="nope")


def test_a_class_needs_a_name(teacher):
    with pytest.raises(ClassError):
        classroom_create(teacher=teacher, name="  ")


def test_the_teacher_assigns_an_approved_set_with_a_due_date(
    client, teacher, classroom, approved_set, learner
):
    Membership.objects.create(classroom=classroom, learner=learner)
    client.force_login(teacher)
    url = reverse("teach:class_detail", args=[classroom.pk])
    client.post(url, {"exercise_set": approved_set.pk, "due_date": "2030-05-01"})
    assignment = Assignment.objects.get(classroom=classroom)
    assert str(assignment.due_date) == "2030-05-01"
    client.force_login(learner)
    html = client.get(reverse("learning:dashboard")).content.decode()
    assert "مجموعة التمارين" in html and "Start" in html


def test_draft_sets_cannot_be_assigned(teacher, classroom, approved_set):
    approved_set.status = ExerciseSet.Status.DRAFT
    approved_set.save()
    with pytest.raises(ClassError):
        assignment_create(classroom=classroom, exercise_set=approved_set, user=teacher)


def finish(assignment, learner, answers):
    attempt = attempt_start(assignment=assignment, learner=learner)
    for position, given in enumerate(answers):
        answer_submit(attempt=attempt, position=position, given=given)
    return attempt


RIGHT = ["بزيارة", "الألعاب", "صح", {"زيارة": "زور", "الألعاب": "لعب", "الرئيس": "رءس"},
         ["وصل بوتين", "التقى الرئيسان", "وقعا الاتفاق"]]  # fmt: skip


@pytest.fixture
def four_results(assignment, classroom, learner):
    """Four learners; on items 1 to 3 they score as in test_item_stats (a, b, c)."""
    others = [make_user(name) for name in ("b_learner", "c_learner", "d_learner")]
    for other in others:
        Membership.objects.create(classroom=classroom, learner=other)
    wrong_tf = "خطأ"
    finish(assignment, learner, RIGHT)  # 1 1 1 (+ matching, ordering right)
    finish(assignment, others[0], ["بزيارة", "خطأ!", "صح", *RIGHT[3:]])  # 1 0 1
    finish(assignment, others[1], ["بكتابة", "الألعاب", wrong_tf, *RIGHT[3:]])  # 0 1 0
    finish(assignment, others[2], ["بكتابة", "اللعب", wrong_tf, *RIGHT[3:]])  # 0 0 0
    return assignment


def test_the_class_dashboard_shows_each_learner_and_the_item_statistics(
    client, teacher, four_results, monkeypatch
):
    monkeypatch.setattr("learning.item_stats.MIN_ANSWERS", 4)  # four learners: figures shown
    client.force_login(teacher)
    html = client.get(
        reverse("teach:class_dashboard", args=[four_results.classroom_id])
    ).content.decode()
    assert "learner" in html and "d_learner" in html
    assert "100% / 100%" in html, "the first learner got everything right"
    assert "40% / 40%" in html, "d_learner: only matching and ordering"
    # item 1: facility 50%, discrimination 1/sqrt(2) = 71% (items 4 and 5 add 2 to every total)
    assert "<td>50%</td>\n        <td>71%</td>" in html
    assert "بكتابة <bdi>×2</bdi>" in html


def test_a_first_attempt_counts_in_the_statistics_not_a_retake(teacher, four_results, learner):
    from learning.selectors.class_dashboard import assignment_item_rows

    finish(four_results, learner, ["بكتابة", "x", "خطأ", {}, []])  # a worse retake
    rows = assignment_item_rows(four_results)
    assert [row.facility_percent for row in rows] == [50, 50, 50, 100, 100]
    assert rows[0].stats.discrimination == pytest.approx(1 / math.sqrt(2))
    assert rows[3].discrimination_percent is None, "everybody right: undefined"


def test_results_and_item_statistics_as_csv(client, teacher, four_results):
    client.force_login(teacher)
    response = client.get(reverse("teach:class_results_csv", args=[four_results.classroom_id]))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "learner",
        "assignment",
        "attempt",
        "started",
        "finished",
        "answered",
        "score_percent",
        "retry_of_attempt",
    ]
    by_learner = {row[0]: row for row in rows[1:]}
    assert by_learner["learner"][5:] == ["5/5", "100", ""]
    assert by_learner["c_learner"][5:] == ["5/5", "60", ""]
    response = client.get(reverse("teach:assignment_items_csv", args=[four_results.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][0:2] == ["1", "multiple_choice"]
    assert rows[1][4:10] == ["4", "50", "71", "بكتابة ×2", "4", "yes"]
    assert rows[2][4:7] == ["4", "50", "0"]


def test_learners_who_left_the_class_are_not_on_its_dashboard(client, teacher, four_results):
    Membership.objects.filter(learner__username="d_learner").delete()
    client.force_login(teacher)
    html = client.get(
        reverse("teach:class_dashboard", args=[four_results.classroom_id])
    ).content.decode()
    assert "d_learner" not in html


def test_a_typed_formula_comes_out_of_the_csv_as_text(client, teacher, assignment, learner):
    formula = "=cmd|' /C calc'!A0"
    finish(assignment, learner, [RIGHT[0], formula, *RIGHT[2:]])  # item 2 is typed
    client.force_login(teacher)

    response = client.get(reverse("teach:assignment_items_csv", args=[assignment.pk]))

    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[2][1] == "typed"
    assert rows[2][7] == f"'{formula} ×1"


def test_the_assign_list_offers_only_the_sets_not_yet_assigned_to_the_class(
    client, teacher, classroom, approved_set
):
    client.force_login(teacher)
    url = reverse("teach:class_detail", args=[classroom.pk])
    assert f'<option value="{approved_set.pk}"' in client.get(url).content.decode()
    assignment_create(classroom=classroom, exercise_set=approved_set, user=teacher)
    html = client.get(url).content.decode()
    assert f'<option value="{approved_set.pk}"' not in html
    assert "Every approved exercise set is already assigned to this class." in html
    other = Classroom.objects.create(name="Arabic 3", teacher=teacher, join_code="XYZ789")
    other_page = client.get(reverse("teach:class_detail", args=[other.pk])).content.decode()
    assert f'<option value="{approved_set.pk}"' in other_page, "another class may still have it"
