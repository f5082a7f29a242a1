"""The Redis cache backend (config.cache): one client per connection pool, values as Django's."""

from __future__ import annotations

import threading
import uuid

import pytest

from config.cache import ReusingRedisCache
from tests.exercises.test_worker import redis_is_up

REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def cache():
    if not redis_is_up():
        pytest.fail("This test needs the Redis server on 127.0.0.1:6379 (see the README).")
    cache = ReusingRedisCache(REDIS, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    import redis

    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter(f"{cache.key_prefix}:*"):
        client.delete(key)


def test_every_call_shares_one_client_and_values_round_trip(cache):
    cache.set("answer", {"given": "كتاب", "score": 1.0})
    first = cache._cache.get_client()
    assert cache.get("answer") == {"given": "كتاب", "score": 1.0}
    assert cache._cache.get_client(write=True) is first
    assert cache.add("answer", "other") is False
    assert cache.delete("answer") is True
    assert cache.get("answer", "gone") == "gone"


def test_threads_sharing_the_client_each_read_their_own_values(cache):
    errors = []

    def work(number: int) -> None:
        for step in range(50):
            cache.set(f"k{number}", (number, step))
            if cache.get(f"k{number}") != (number, step):
                errors.append((number, step))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
