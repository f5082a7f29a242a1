"""Messages of the plain core in the user's language, without the plain core importing Django.

The plain modules mark their messages with ``gettext`` and ``gettext_lazy`` from here. Outside
Django they stay in English; the ``exercises`` app installs Django's translation when it starts
(``ExercisesConfig.ready``), so the same refusal reads in Arabic on an Arabic page.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = str


def install(translate: Callable[[str], str]) -> None:
    """Make ``gettext`` use ``translate`` (Django's gettext, once the app registry is ready)."""
    global _translate
    _translate = translate


def gettext(message: str) -> str:
    return _translate(message)


class LazyMessage:
    """A message translated each time it is shown, in the language active at that moment."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def __str__(self) -> str:
        return _translate(self.message)

    def __repr__(self) -> str:
        return f"LazyMessage({self.message!r})"


def gettext_lazy(message: str) -> LazyMessage:
    return LazyMessage(message)
