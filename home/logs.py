"""Log formats. LOG_FORMAT=json gives one JSON object per line (python-json-logger),
for a log collector; the default is plain text for a person reading a terminal."""

import contextvars
import logging

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

# The id of the request being handled in this thread (set by home/request_log.py).
current_request_id = contextvars.ContextVar("request_id", default=None)

# Django attaches the request object to its own records (django.request); its text
# includes the query string, which can hold tokens, so it is never written out.
HIDDEN = ["request", "server_time"]


class JsonFormatter(BaseJsonFormatter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("reserved_attrs", [*RESERVED_ATTRS, *HIDDEN])
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        kwargs.setdefault("timestamp", True)
        super().__init__("%(levelname)s %(name)s %(message)s", *args, **kwargs)


class DropTaskProgress:
    """django-tasks logs a task's start and end itself; home.jobs writes the one line
    per job, so only the library's warnings and errors are kept."""

    def filter(self, record):
        return not (record.name.startswith("django_tasks") and record.levelno < 30)


class RequestIdFilter(logging.Filter):
    """Adds request_id to every record logged while a request is handled."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return True
