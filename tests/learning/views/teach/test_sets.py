from django.contrib.auth.models import User
from django.urls import reverse

from exercises.models import ExerciseSet, Item, Job
from tests.users import PASSWORD


def login(client, user, password):
    assert client.login(username=user.username, password=password)


def test_a_teacher_generates_reviews_edits_and_approves_a_set(client, teacher, seed_article):
    login(client, teacher, PASSWORD)
    url = reverse("teach:set_generate", args=[seed_article.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"kinds": ["cloze", "comprehension", "roots"], "count": 6, "seed": 2, "level": ""}
    )
    exercise_set = ExerciseSet.objects.get()
    job = Job.objects.get()
    assert response["Location"] == reverse("learning:job", args=[job.pk])
    # With no broker the job ran at once: its page sends the teacher on to the set.
    response = client.get(response["Location"])
    assert response["Location"] == reverse("teach:set_review", args=[exercise_set.pk])

    review = client.get(response["Location"]).content.decode()
    first = exercise_set.items.filter(type="multiple_choice").first()
    assert first.prompt.split()[0] in review
    # Arabic fonts have no full-width low line: the blank is drawn, never typed as ＿.
    assert '<span class="blank"' in review and "＿" not in review

    edit_url = reverse("teach:item_edit", args=[first.pk])
    client.post(
        edit_url,
        {
            "prompt": "سؤال معدل ＿＿＿＿",
            "options": "\n".join(first.options),
            "answer": first.answer,
        },
    )
    first.refresh_from_db()
    assert first.prompt == "سؤال معدل ＿＿＿＿" and first.edited

    to_reject = exercise_set.items.exclude(pk=first.pk).first()
    client.post(reverse("teach:item_status", args=[to_reject.pk, "rejected"]))
    client.post(reverse("teach:set_approve", args=[exercise_set.pk]))
    exercise_set.refresh_from_db()
    assert exercise_set.status == ExerciseSet.Status.APPROVED
    assert Item.objects.get(pk=to_reject.pk).status == Item.Status.REJECTED
    assert exercise_set.items.filter(status=Item.Status.APPROVED).count() == (
        exercise_set.items.count() - 1
    )


def test_a_broken_edit_shows_the_reason_on_the_form(client, teacher, seed_set):
    login(client, teacher, PASSWORD)
    item = seed_set.items.filter(type="multiple_choice").first()
    response = client.post(
        reverse("teach:item_edit", args=[item.pk]),
        {"prompt": item.prompt, "options": "\n".join(item.options), "answer": "غير موجود"},
    )
    assert response.status_code == 200
    assert "The answer must be exactly one of the options." in response.content.decode()


def test_learners_and_strangers_cannot_reach_teacher_pages(client, seed_set, other_teacher):
    item = seed_set.items.first()
    urls = [
        reverse("teach:home"),
        reverse("teach:set_generate", args=[seed_set.article_id]),
        reverse("teach:set_review", args=[seed_set.pk]),
        reverse("teach:item_edit", args=[item.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302, "anonymous users are sent to log in"
    User.objects.create_user("learner", password="pw-learner-123")
    client.login(username="learner", password="pw-learner-123")
    for url in urls:
        assert client.get(url).status_code == 403
    client.logout()
    login(client, other_teacher, PASSWORD)
    assert client.get(reverse("teach:set_review", args=[seed_set.pk])).status_code == 404
    assert client.get(reverse("teach:item_edit", args=[item.pk])).status_code == 404
    response = client.post(reverse("teach:set_approve", args=[seed_set.pk]))
    assert response.status_code == 404
    seed_set.refresh_from_db()
    assert seed_set.status == ExerciseSet.Status.DRAFT


def test_a_seed_beyond_the_database_integer_is_refused_on_the_form(client, teacher, seed_article):
    client.force_login(teacher)
    url = reverse("teach:set_generate", args=[seed_article.pk])
    response = client.post(url, {"kinds": ["cloze"], "count": 3, "seed": 2**31, "level": ""})
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to" in response.content.decode()
    assert not ExerciseSet.objects.exists()


def test_a_teacher_asks_for_english_hints_on_multiple_choice_cloze(client, teacher, seed_article):
    login(client, teacher, PASSWORD)
    url = reverse("teach:set_generate", args=[seed_article.pk])
    fields = {"kinds": ["cloze"], "count": 4, "seed": 2, "level": ""}
    client.post(url, fields)
    client.post(url, {**fields, "cloze_hints": "on"})
    plain, hinted = ExerciseSet.objects.order_by("pk")
    assert not any(item.hint for item in plain.items.all())
    # a hint on every gap whose meaning the lexicon settles (none where it leaves it open)
    assert any(item.hint for item in hinted.items.all())
