"""Derived data kept between requests: in this process first, then in the shared cache.

A value (an article's decoded analysis, its vocabulary) is looked up in a small in-process
least-recently-used table; on a miss, in the Django cache named ``shared`` when the settings
define it (Redis, when REDIS_URL is set: every web process and machine shares it), and only
then made. Keys name the article's content hash and analysis version, so a re-analysed article
never gets an old value and nothing needs to be invalidated. A shared cache that cannot be
reached is logged and skipped: the value is made as if it were empty.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from django.conf import settings
from django.core.cache import caches

SHARED_ALIAS = "shared"
log = logging.getLogger(__name__)
T = TypeVar("T")


class TwoTierCache(Generic[T]):
    """``get_or_make(key, make)``: the value for ``key`` from this process, the shared cache,
    or ``make()``."""

    def __init__(
        self,
        name: str,
        size: int,
        weight: Callable[[T], int] | None = None,
        max_weight: int = 0,
    ) -> None:
        """Keep at most ``size`` values in this process and, with ``weight``, values weighing
        ``max_weight`` in all (the last one kept whatever it weighs)."""
        self.name = name
        self._size = size
        self._weight = weight
        self._max_weight = max_weight
        self._entries: OrderedDict[tuple, T] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_make(self, key: tuple, make: Callable[[], T]) -> T:
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = self._shared_get(key)
        if value is None:
            value = make()
            self._shared_set(key, value)
        self.keep(key, value)
        return value

    def keep(self, key: tuple, value: T) -> None:
        """Hold ``value`` in this process (one just made elsewhere, e.g. an import's analysis)."""
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            weight = self._weight
            held = sum(map(weight, self._entries.values())) if weight else 0
            while len(self._entries) > 1 and (
                len(self._entries) > self._size or (weight and held > self._max_weight)
            ):
                _, dropped = self._entries.popitem(last=False)
                held -= weight(dropped) if weight else 0

    def clear_local(self) -> None:
        """Forget this process's copies (the shared cache keeps its own)."""
        with self._lock:
            self._entries.clear()

    def _key(self, key: tuple) -> str:
        return ":".join([self.name, *map(str, key)])

    def _shared_get(self, key: tuple) -> T | None:
        if SHARED_ALIAS not in settings.CACHES:
            return None
        try:
            return caches[SHARED_ALIAS].get(self._key(key))
        except Exception:  # an unreachable cache must not break a page
            log.warning("shared cache unavailable (get %s)", self.name, exc_info=True)
            return None

    def _shared_set(self, key: tuple, value: T) -> None:
        if SHARED_ALIAS not in settings.CACHES:
            return
        try:
            caches[SHARED_ALIAS].set(self._key(key), value)
        except Exception:
            log.warning("shared cache unavailable (set %s)", self.name, exc_info=True)
