"""The digits of the request's user, for ``exercises.numerals`` (read only when a number is
shown in Arabic)."""

from __future__ import annotations

from exercises.numerals import digits_reset, digits_use
from learning.services.preferences import digits_of_request


class DigitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = digits_use(lambda: digits_of_request(request))
        try:
            return self.get_response(request)
        finally:
            digits_reset(token)
