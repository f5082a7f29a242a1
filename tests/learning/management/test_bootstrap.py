"""manage.py bootstrap: demo teacher, learner and class; safe to run twice."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from learning.models import Assignment, Classroom
from learning.permissions import is_teacher
from learning.services.demo import DEMO_JOIN_CODE, DEMO_LEARNER, DEMO_TEACHER, demo_setup


@pytest.mark.django_db
def test_demo_setup_is_idempotent(monkeypatch):
    monkeypatch.setattr("learning.services.demo._demo_assignment", lambda *a: (None, "skipped"))
    first = demo_setup()
    second = demo_setup()
    assert first.created == ("teacher", "learner", "class") and second.created == ()
    teacher = User.objects.get(username=DEMO_TEACHER[0])
    learner = User.objects.get(username=DEMO_LEARNER[0])
    assert is_teacher(teacher) and not is_teacher(learner)
    assert teacher.check_password(DEMO_TEACHER[1]) and learner.check_password(DEMO_LEARNER[1])
    classroom = Classroom.objects.get(join_code=DEMO_JOIN_CODE)
    assert list(classroom.memberships.values_list("learner__username", flat=True)) == [
        DEMO_LEARNER[0]
    ]


@pytest.mark.django_db
def test_bootstrap_prints_the_accounts_and_assigns_a_set(seed_article, settings, tmp_path):
    settings.SEEDS_DIR = tmp_path  # the seed article is already in the database
    (tmp_path / "seed.txt").write_text(seed_article.text, encoding="utf-8")
    out = io.StringIO()
    call_command("bootstrap", stdout=out)
    call_command("bootstrap", stdout=out)
    text = out.getvalue()
    assert f"teacher: {DEMO_TEACHER[0]} / password {DEMO_TEACHER[1]}" in text
    assert f"join code {DEMO_JOIN_CODE}" in text
    assert "nothing new (already there)" in text
    assignment = Assignment.objects.get()
    assert assignment.exercise_set.status == "approved"
    assert assignment.exercise_set.items.filter(status="approved").exists()
