"""``{{ value|digits }}``: a number, count or date in the digits the user chose (Arabic
interface only), and ``{% digits_choice as DIGITS %}`` for the switch. Never for article text."""

from __future__ import annotations

from django import template

from exercises.numerals import digits_choice as current_choice
from exercises.numerals import local_number, local_percent

register = template.Library()


@register.filter
def digits(value: object) -> object:
    return local_number(value)


@register.filter
def percent(value: object) -> str:
    """``42%``, or ``٤٢٪`` in the Arabic interface with Arabic-Indic digits."""
    return local_percent(value)


@register.simple_tag
def digits_choice() -> str:
    return current_choice()
