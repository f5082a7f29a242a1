"""Taking a quiz in the browser's way: pages, forms, htmx fragments, resuming, the results."""

import pytest
from django.urls import reverse

from learning.models import Answer, Attempt


@pytest.fixture
def started(client, learner, assignment):
    client.force_login(learner)
    response = client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    attempt = Attempt.objects.get(learner=learner)
    assert response.url == reverse("learning:attempt", args=[attempt.pk])
    return attempt


def question_url(attempt, position):
    return reverse("learning:attempt_question", args=[attempt.pk, position])


def test_it_opens_on_the_first_question(client, started):
    response = client.get(reverse("learning:attempt", args=[started.pk]), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == question_url(started, 1)
    assert "Question 1 of 5" in html
    assert 'value="بزيارة"' in html and 'type="radio"' in html


def test_an_answer_is_saved_and_the_reload_shows_its_feedback(client, started):
    response = client.post(question_url(started, 1), {"answer": "بكتابة", "elapsed_ms": "2500"})
    assert response.status_code == 302
    html = client.get(question_url(started, 1)).content.decode()
    assert "Not quite." in html
    assert "بزيارة" in html, "the right answer is shown"
    assert "قام الرئيس الروسي" in html, "with the supporting sentence"
    answer = Answer.objects.get(attempt=started)
    assert (answer.given, answer.correct, answer.time_taken_ms) == ("بكتابة", False, 2500)


def test_htmx_gets_the_feedback_fragment_without_the_page(client, started):
    response = client.post(question_url(started, 1), {"answer": "بزيارة"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Correct!" in html and "<html" not in html
    assert "Next question" in html


def test_a_hamza_difference_is_accepted_with_the_difference_shown(client, started):
    response = client.post(question_url(started, 2), {"answer": "الالعاب"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "Correct — mind the spelling." in html
    assert (
        'You wrote <span class="letter" lang="ar">ا</span> where the word has <span class="letter" lang="ar">أ</span>'
        in html
    )
    assert "hamza and alef" in html
    assert Answer.objects.get(attempt=started).verdict == "spelling"


def test_a_second_post_does_not_change_the_stored_answer(client, started):
    client.post(question_url(started, 1), {"answer": "بزيارة"}, HTTP_HX_REQUEST="true")
    response = client.post(question_url(started, 1), {"answer": "بكتابة"}, HTTP_HX_REQUEST="true")
    assert "Correct!" in response.content.decode()
    assert list(Answer.objects.values_list("given", flat=True)) == ["بزيارة"]


def test_an_empty_answer_is_refused_and_nothing_is_stored(client, started):
    response = client.post(question_url(started, 2), {"answer": " "}, HTTP_HX_REQUEST="true")
    assert "Choose or type an answer first." in response.content.decode()
    assert not Answer.objects.exists()


def test_an_option_that_was_not_offered_is_refused(client, started):
    response = client.post(question_url(started, 1), {"answer": "شيء آخر"})
    assert "Choose or type an answer first." in response.content.decode()
    assert not Answer.objects.exists()


def test_resuming_goes_to_the_first_unanswered_question(client, started):
    client.post(question_url(started, 1), {"answer": "بزيارة"})
    client.post(question_url(started, 2), {"answer": "الألعاب"})
    response = client.get(reverse("learning:attempt", args=[started.pk]))
    assert response.url == question_url(started, 3)
    again = client.post(reverse("learning:assignment_start", args=[started.assignment_id]))
    assert again.url == reverse("learning:attempt", args=[started.pk]), "the same attempt goes on"


def test_typed_items_offer_an_on_screen_keyboard(client, started):
    html = client.get(question_url(started, 2)).content.decode()
    assert 'id="answer-typed"' in html and 'lang="ar" dir="rtl"' in html
    for letter in "أإآءؤئةى":
        assert f'data-insert="{letter}"' in html
    first_row = "".join(
        f'<button type="button" class="key" data-insert="{key}">{key}</button>'
        for key in "ضصثقفغعهخحجد"
    )
    assert f'<div class="key-row">{first_row}</div><div class="key-row">' in html
    assert html.count('<button type="button" class="key" data-insert=') == 3 * 12


def test_matching_and_ordering_forms(client, started):
    html = client.get(question_url(started, 4)).content.decode()
    assert 'name="match-0"' in html and 'name="match-2"' in html
    client.post(question_url(started, 4), {"match-0": "زور", "match-1": "لعب", "match-2": "رءس"})
    assert Answer.objects.get(position=3).verdict == "correct"
    html = client.get(question_url(started, 5)).content.decode()
    assert 'name="order-0"' in html
    # offered as: التقى الرئيسان, وقعا الاتفاق, وصل بوتين; the right places are 2, 3, 1
    client.post(question_url(started, 5), {"order-0": "2", "order-1": "3", "order-2": "1"})
    assert Answer.objects.get(position=4).verdict == "correct"


def test_the_same_place_twice_is_refused(client, started):
    response = client.post(
        question_url(started, 5), {"order-0": "1", "order-1": "1", "order-2": "2"}
    )
    assert "Give each place once" in response.content.decode()


def test_the_results_show_the_score_and_every_item(client, started):
    answers = [
        {"answer": "بزيارة"},
        {"answer": "الالعاب"},
        {"answer": "خطأ"},
        {"match-0": "زور", "match-1": "لعب", "match-2": "رءس"},
        {"order-0": "2", "order-1": "3", "order-2": "1"},
    ]
    for position, data in enumerate(answers, start=1):
        client.post(question_url(started, position), data)
    response = client.get(reverse("learning:attempt", args=[started.pk]), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("learning:attempt_results", args=[started.pk])
    assert "<strong>80%</strong>" in html and "4 out of 5" in html
    assert html.count('class="review-row') == 5
    assert "زار بوتين بكين." in html and "Wrong" in html


def test_results_before_the_end_send_back_to_the_quiz(client, started):
    response = client.get(reverse("learning:attempt_results", args=[started.pk]))
    assert response.url == reverse("learning:attempt", args=[started.pk])


def test_a_question_number_out_of_range_is_404(client, started):
    assert client.get(question_url(started, 6)).status_code == 404
    assert client.get(question_url(started, 0)).status_code == 404


@pytest.mark.parametrize("elapsed", ["inf", "-inf", "nan", "1e30", "99999999999999999999"])
def test_an_absurd_time_is_stored_within_bounds(client, started, elapsed):
    response = client.post(question_url(started, 1), {"answer": "بزيارة", "elapsed_ms": elapsed})
    assert response.status_code == 302
    answer = Answer.objects.get(attempt=started)
    assert 0 <= answer.time_taken_ms <= 60 * 60 * 1000


@pytest.fixture
def typed_started(client, learner, classroom, seed_article, teacher):
    from learning.models import Assignment, Membership
    from tests.learning.conftest import make_approved_set

    typed_items = [
        ("الوزراء", "اجتمع ＿＿＿＿ صباح اليوم."),
        ("وقال", "＿＿＿＿ المدير إن العمل انتهى."),
        ("مدرسة", "ذهب الأولاد إلى الـ＿＿＿＿ مبكرين."),
    ]
    items = [
        {"key": f"t-{n}", "kind": "cloze", "type": "typed", "answer": answer, "prompt": prompt}
        for n, (answer, prompt) in enumerate(typed_items)
    ]
    exercise_set = make_approved_set(seed_article, teacher, items)
    Membership.objects.create(classroom=classroom, learner=learner)
    assignment = Assignment.objects.create(
        classroom=classroom, exercise_set=exercise_set, assigned_by=teacher
    )
    client.force_login(learner)
    client.post(reverse("learning:assignment_start", args=[assignment.pk]))
    return Attempt.objects.get(learner=learner)


def test_a_final_hamza_left_out_is_named_in_the_feedback(client, typed_started):
    url = question_url(typed_started, 1)
    html = client.post(url, {"answer": "الوزرا"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Correct — mind the spelling." in html
    assert 'You left out <span class="letter" lang="ar">ء</span>' in html


def test_a_conjunction_left_out_is_correct_with_a_note(client, typed_started):
    url = question_url(typed_started, 2)
    html = client.post(url, {"answer": "قال"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Correct!" in html
    assert 'joins <span class="letter" lang="ar">و</span> (and) to the word' in html
    assert Answer.objects.get(attempt=typed_started).verdict == "correct"


def test_the_shown_article_typed_again_is_correct(client, typed_started):
    url = question_url(typed_started, 3)
    html = client.post(url, {"answer": "المدرسة"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Correct!" in html and "differences" not in html


@pytest.mark.parametrize("role", ["learner", "teacher", "superuser"])
def test_a_question_page_shows_teachers_their_links_without_a_query_of_its_own(
    client, started, role, teacher
):
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if role == "teacher":
        started.learner.groups.add(Group.objects.get(name="teachers"))
    elif role == "superuser":
        type(started.learner).objects.filter(pk=started.learner_id).update(is_superuser=True)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(question_url(started, 1)).content.decode()
    assert (reverse("teach:class_list") in html) == (role != "learner")
    group_reads = [q["sql"] for q in queries if "auth_group" in q["sql"]]
    assert len(group_reads) <= 1 and all("learning_attempt" in sql for sql in group_reads), (
        "the teachers' group is read with the attempt, not in a query of its own"
    )
