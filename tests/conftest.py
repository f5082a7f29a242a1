import os
from pathlib import Path

import pytest
from hypothesis import settings

from tests.users import make_user

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_ad039091c34c510c.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_PATH


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PATH.read_text(encoding="utf-8")


_ANALYSES: dict = {}


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """PBKDF2 takes most of a second per user on a small machine; tests need no strength."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def throttling_off_by_default(settings):
    """Login lockout off (the test client's login() passes no request, which django-axes needs)
    and rate-limit counts from zero; tests/config/test_throttling.py turns them on."""
    from django.core.cache import caches

    settings.AXES_ENABLED = False
    cache = caches["default"]
    if type(cache).__name__ == "LocMemCache":
        cache.clear()


@pytest.fixture(autouse=True)
def default_language_after_each_test():
    """The locale middleware activates a request's language for the thread and leaves it so; a
    test after an Arabic request would otherwise run in Arabic, as no new process ever does."""
    from django.utils import translation

    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def quiz_items_forgotten():
    """Each test's database numbers its rows from 1 again (a rollback, a flush), so a quiz item
    a process kept by its version's id (learning.selectors.attempts) may be another test's;
    a site's database never gives an id twice."""
    from learning.selectors import attempts

    with attempts._items_lock:
        attempts._items.clear()


@pytest.fixture
def import_seed(seed_text, monkeypatch):
    """Imports the seed article; its analysis (a frozen value) is computed once per test run."""
    from exercises.arabic.pipeline import analyze_text
    from exercises.services import articles as services

    def analyze_once(text: str):
        if text not in _ANALYSES:
            _ANALYSES[text] = analyze_text(text)
        return _ANALYSES[text]

    def run():
        monkeypatch.setattr(services, "analyze_text", analyze_once)
        article, _ = services.article_import(
            text=seed_text, title="بوتين في بكين", source="PR Newswire"
        )
        return article

    return run


@pytest.fixture
def seed_article(db, import_seed):
    return import_seed()


@pytest.fixture
def teacher(db):
    return make_user("teacher", teacher=True)


@pytest.fixture
def other_teacher(db):
    return make_user("other_teacher", teacher=True)


@pytest.fixture
def learner(db):
    return make_user("learner")


@pytest.fixture
def other_learner(db):
    return make_user("other_learner")


@pytest.fixture
def seed_set(seed_article, teacher):
    """A draft set generated from the seed article by ``teacher``."""
    from exercises.generators.items import GenerationOptions
    from exercises.services.sets import exercise_set_generate

    return exercise_set_generate(
        article=seed_article, options=GenerationOptions(count=8, seed=3), user=teacher
    )


@pytest.fixture
def ordering_set(seed_article, teacher):
    """A comprehension set of the seed, which holds an ordering question (in a set with cloze
    items it may give way to questions that show no cloze answer)."""
    from exercises.generators.items import GenerationOptions
    from exercises.services.sets import exercise_set_generate

    options = GenerationOptions(kinds=("comprehension",), count=8, seed=3)
    return exercise_set_generate(article=seed_article, options=options, user=teacher)


# Hypothesis profiles: the fuzz test of whole articles (tests/test_fuzz_articles.py) runs 2,000
# examples by default, as in CI; HYPOTHESIS_PROFILE=dev runs 100 for a quick check. Tests that
# set max_examples themselves keep their own number.
settings.register_profile("ci", max_examples=2000)
settings.register_profile("dev", max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
