"""Analyses and vocabularies in the shared cache: Redis when REDIS_URL is set (here the Redis on
127.0.0.1:6379, database 15), nothing but this process's table otherwise."""

from __future__ import annotations

import uuid

import pytest
from django.core.cache import caches

from exercises.models import Article
from exercises.selectors import articles as selectors
from exercises.selectors.shared_cache import TwoTierCache
from tests.exercises.test_worker import redis_is_up

REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def redis_shared(settings):
    if not redis_is_up():
        pytest.fail("This test needs the Redis server on 127.0.0.1:6379 (see the README).")
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS,
            "KEY_PREFIX": prefix,
        },
    }
    yield caches["shared"]
    # Only this test's keys: another run of the suite may be using the same Redis database.
    import redis

    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def test_without_redis_there_is_no_shared_cache_and_values_stay_in_the_process(settings):
    assert "shared" not in settings.CACHES
    made = []
    cache = TwoTierCache("thing", size=2)
    for key in ["a", "b", "a", "c", "a", "b"]:
        cache.get_or_make((key,), lambda key=key: made.append(key) or key.upper())
    assert made == ["a", "b", "c", "b"], "the least recently used is dropped past 2"


def test_a_process_that_finds_the_analysis_in_redis_reads_no_stored_analysis(
    seed_article, redis_shared, django_assert_num_queries
):
    selectors._analyses.clear_local()
    selectors._vocabularies.clear_local()
    first = selectors.article_analysis(Article.objects.get(pk=seed_article.pk))
    vocabulary = selectors.article_vocabulary(seed_article)
    key = f"analysis:{seed_article.pk}:{seed_article.content_hash}:{seed_article.analysis_version}"
    assert redis_shared.get(key) == first, "stored in Redis, as a value equal to the decoded one"
    # Another process: nothing in its own table.
    selectors._analyses.clear_local()
    selectors._vocabularies.clear_local()
    article = Article.objects.defer("analysis").get(pk=seed_article.pk)
    with django_assert_num_queries(0):  # neither the analysis column nor the vocabulary rows
        assert selectors.article_analysis(article) == first
        assert selectors.article_vocabulary(article, order="level").words == tuple(
            selectors.sort_entries(list(vocabulary.words), "level")
        )


def test_an_unreachable_redis_is_skipped(seed_article, settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        },
    }
    selectors._analyses.clear_local()
    analysis = selectors.article_analysis(seed_article)
    assert analysis.tokens, "made from the stored analysis"
    assert "shared cache unavailable" in caplog.text
