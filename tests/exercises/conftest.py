import pytest
from django.contrib.auth.models import Group, User

from exercises.generators.items import GenerationOptions
from exercises.permissions import TEACHERS_GROUP


@pytest.fixture
def teacher(db):
    user = User.objects.create_user("teacher", password="pw-teacher-123")
    group, _ = Group.objects.get_or_create(name=TEACHERS_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def other_teacher(db):
    user = User.objects.create_user("other", password="pw-other-123")
    group, _ = Group.objects.get_or_create(name=TEACHERS_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def seed_set(seed_article, teacher):
    from exercises.services_sets import exercise_set_generate

    return exercise_set_generate(
        article=seed_article, options=GenerationOptions(count=8, seed=3), user=teacher
    )
