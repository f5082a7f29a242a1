"""Digits in the interface: Western (0-9) or Arabic-Indic (٠-٩), as the user chooses.

The choice applies only where the interface is Arabic; there the decimal separator is always the
Arabic one (٫). Article text is never passed through here. The choice of the request being
answered is set by ``learning``'s middleware (lazily: it is read only if a number is shown in
Arabic); outside a request it is Western.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar, Token

from django.utils.translation import get_language

WESTERN = "western"
ARABIC_INDIC = "arabic_indic"
CHOICES = (WESTERN, ARABIC_INDIC)

_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DECIMAL = re.compile(r"(?<=\d)[.,](?=\d)")
_PERCENT = re.compile(r"(?<=[٠-٩])\s?%")
_choice: ContextVar[str | Callable[[], str]] = ContextVar("digits_choice", default=WESTERN)


def digits_use(choice: str | Callable[[], str]) -> Token:
    """Set the digits of the current request (a choice, or a function that reads it once)."""
    return _choice.set(choice)


def digits_reset(token: Token) -> None:
    _choice.reset(token)


def digits_choice() -> str:
    value = _choice.get()
    if callable(value):
        value = value()
        _choice.set(value)
    return value if value in CHOICES else WESTERN


def localize_digits(text: str) -> str:
    """``text`` (a formatted number, count or date) as the Arabic interface shows it; unchanged
    in any other language."""
    if not (get_language() or "").startswith("ar"):
        return text
    text = _DECIMAL.sub("\u066b", text)
    if digits_choice() == ARABIC_INDIC:
        text = _PERCENT.sub("\u066a", text.translate(_TO_ARABIC_INDIC))
    return text


def local_percent(value: object) -> str:
    """A whole percentage as the interface shows it: ``42%``, or ``٤٢٪`` with Arabic-Indic digits."""
    return localize_digits(f"{value}%")


class LocalInt(int):
    """An integer that prints in the interface's digits but still counts as itself, so that it
    can feed ``{% blocktranslate count %}`` (plural forms) and comparisons."""

    shown: str

    def __new__(cls, value: int) -> LocalInt:
        number = super().__new__(cls, value)
        number.shown = localize_digits(int.__str__(number))
        return number

    def __str__(self) -> str:
        return self.shown

    def __format__(self, spec: str) -> str:
        return self.shown if not spec else localize_digits(int.__format__(int(self), spec))


def local_number(value: object) -> object:
    """An int as a :class:`LocalInt`, any other value as its text in the interface's digits."""
    if isinstance(value, bool) or value is None or value == "":
        return value
    if isinstance(value, int):
        return LocalInt(value)
    return localize_digits(str(value))
