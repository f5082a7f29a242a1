"""Site-wide middleware: request ids for the logs, no caching of private pages, rate limits."""

from __future__ import annotations

import re
import uuid

from django.conf import settings
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited

from config.log import request_id

_GOOD_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestIdMiddleware:
    """Gives each request an id (the proxy's X-Request-ID when it is sane), logged with every
    event of the request and sent back in the X-Request-ID header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        rid = given if _GOOD_ID.match(given) else uuid.uuid4().hex
        request.request_id = rid
        token = request_id.set(rid)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = rid
        return response


class PrivateCacheMiddleware:
    """Every response to a logged-in user (pages, CSV and PDF downloads, decks) is
    `Cache-Control: private, no-store`: no shared proxy or browser history keeps a learner's
    answers or a teacher's answer key. Applied to all views at once, so a new view cannot forget."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response["Cache-Control"] = "private, no-store"
        return response


class RateLimitMiddleware:
    """Applies settings.RATE_LIMITS, keyed by URL name: each entry is a list of (key, rate)
    counted on POSTs (`ip` or `user`; a rate like `20/h`). Over a limit: the 429 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not getattr(settings, "RATELIMIT_ENABLE", True):
            return None
        match = request.resolver_match
        limits = settings.RATE_LIMITS.get(match.view_name if match else "", ())
        for key, rate in limits:
            if key == "user" and not request.user.is_authenticated:
                continue
            group = f"{match.view_name}:{key}"
            if is_ratelimited(request, group=group, key=key, rate=rate, increment=True):
                return too_many(request, rate)
        return None


def too_many(request, rate: str):
    """The 429 page for a rate limit."""
    return _page(request, _minutes(rate))


def locked_out(request, original_response=None, credentials=None):
    """The 429 page for a login locked by django-axes (settings.AXES_LOCKOUT_CALLABLE)."""
    return _page(request, settings.AXES_COOLOFF_MINUTES)


def _page(request, minutes: int):
    context = {"retry_minutes": minutes, "request_id": getattr(request, "request_id", "")}
    return render(request, "429.html", context, status=429)


_RATE = re.compile(r"^\d+/(\d*)([smhd])$")


def _minutes(rate: str) -> int:
    """The length of a rate's period in minutes, at least 1: `20/h` → 60, `5/10m` → 10."""
    match = _RATE.match(rate)
    if not match:
        return 60
    count = int(match.group(1) or 1)
    return max(1, round(count * {"s": 1 / 60, "m": 1, "h": 60, "d": 1440}[match.group(2)]))
