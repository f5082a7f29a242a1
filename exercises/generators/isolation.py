"""Containment: one exercise type that fails leaves the others, and the set, standing.

A generator that raises on some article is a bug to fix, but a teacher should still get every
other exercise of that article: the failure is logged with the article and the type, and the set
is made without that type.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

logger = logging.getLogger("exercises.generators")

T = TypeVar("T")


def contained(
    article_label: str, subtype: str, empty: T, make: Callable[..., T], *args: object
) -> T:
    """``make(*args)``, or ``empty`` (logged with the article and the subtype) when it raises."""
    try:
        return make(*args)
    except Exception:
        logger.exception("generator %s failed on %s; left out of the set", subtype, article_label)
        return empty
