"""Logging as one JSON object a line on stderr, each carrying the id of the request it belongs to."""

from __future__ import annotations

import contextvars
import json
import logging
from datetime import UTC, datetime

# Set by config.middleware.RequestIdMiddleware for the length of a request; "-" outside one.
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "request_id"}


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One line of JSON per event: time, level, logger, message, request id, exception, extras."""

    def format(self, record: logging.LogRecord) -> str:
        event = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id.get(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            event["method"] = request.method
            event["path"] = request.path
            # Django logs 4xx/5xx responses after the middleware has returned: the id is on the request.
            event["request_id"] = getattr(request, "request_id", event["request_id"])
        for key, value in vars(record).items():
            if key not in _STANDARD and key != "request":
                event[key] = value if isinstance(value, (str, int, float, bool)) else str(value)
        if record.exc_info:
            event["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            event["stack"] = self.formatStack(record.stack_info)
        return json.dumps(event, ensure_ascii=False)


def logging_config(level: str, *, mail_admins: bool) -> dict:
    """The LOGGING setting: everything to stderr as JSON; errors mailed to ADMINS when there are any."""
    handlers = {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id"],
        }
    }
    request_handlers = ["stderr"]
    if mail_admins:
        handlers["mail_admins"] = {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["request_id"],
        }
        request_handlers.append("mail_admins")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "config.log.RequestIdFilter"}},
        "formatters": {"json": {"()": "config.log.JsonFormatter"}},
        "handlers": handlers,
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {
            "django": {"handlers": ["stderr"], "level": level, "propagate": False},
            "django.request": {
                "handlers": request_handlers,
                "level": "WARNING",
                "propagate": False,
            },
            "django.security": {
                "handlers": request_handlers,
                "level": "WARNING",
                "propagate": False,
            },
        },
    }
