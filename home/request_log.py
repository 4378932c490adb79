"""One log line per request and per background job, with a request id.

The request id is the X-Request-ID header nginx sets ($request_id, see
deploy/nginx.conf) when it looks like one, otherwise a new random one. It is sent
back in the X-Request-ID response header, added to every log record made while
the request is handled (home/logs.py), and shown on the 500 page, so staff can
find the error from what a visitor tells them.

The request line holds no personal data: the method, the path without its query
string (tokens and search words stay out), the status, the time taken, whether
someone was logged in (not who), and the app server's name (APP_SERVER_NAME).
Never the body, cookies, e-mail addresses or the client's address. With
LOG_FORMAT=json each line is one JSON object (home/logs.py).

/healthz and /readyz are answered before this middleware, so they are not logged."""

import logging
import re
import time
import uuid

from django.conf import settings
from django.http import HttpResponseServerError
from django.template.loader import render_to_string
from django_tasks.signals import task_finished

from .logs import current_request_id

request_logger = logging.getLogger("home.request")
job_logger = logging.getLogger("home.jobs")

REQUEST_ID_HEADER = "HTTP_X_REQUEST_ID"
VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def request_id_for(request):
    return request_id_from_environ(request.META)


def request_id_from_environ(environ):
    given = environ.get(REQUEST_ID_HEADER, "")
    return given if VALID_REQUEST_ID.match(given) else uuid.uuid4().hex


def server_name():
    return getattr(settings, "APP_SERVER_NAME", "") or ""


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_for(request)
        token = current_request_id.set(request.request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request.request_id
        if server_name():
            response["X-Served-By"] = server_name()
        user = getattr(request, "user", None)
        log_request(
            request.request_id,
            request.method,
            request.path,
            response.status_code,
            started,
            authenticated=bool(user is not None and user.is_authenticated),
        )
        return response


def log_request(request_id, method, path, status, started, authenticated=False):
    """The one line per request (also written for the page cache's hits answered in
    front of Django, home/page_cache.py)."""
    if not request_logger.isEnabledFor(logging.INFO):
        return
    request_logger.info(
        "%s %s %s",
        method,
        path,
        status,
        extra={
            "request_id": request_id,
            "method": method,
            "path": path,
            "status": status,
            "duration_ms": round((time.monotonic() - started) * 1000, 1),
            "authenticated": authenticated,
            "server": server_name(),
        },
    )


def server_error(request):
    """handler500: the static 500 page, with the request id to quote."""
    context = {"request_id": getattr(request, "request_id", "")}
    return HttpResponseServerError(render_to_string("500.html", context))


def log_job(sender, task_result, **kwargs):
    """One line per background job run (django-tasks' task_finished signal). The
    job's arguments are not logged: they can name people."""
    started, finished = task_result.started_at, task_result.finished_at
    duration = (finished - started).total_seconds() * 1000 if started and finished else None
    status = getattr(task_result.status, "value", str(task_result.status))
    job_logger.info(
        "job %s %s",
        task_result.task.module_path,
        status,
        extra={
            "job": task_result.task.module_path,
            "job_id": str(task_result.id),
            "status": status,
            "duration_ms": round(duration, 1) if duration is not None else None,
            "attempts": getattr(task_result, "attempts", None),
            "server": server_name(),
        },
    )


def connect():
    """Called from HomeConfig.ready()."""
    task_finished.connect(log_job, dispatch_uid="home_log_job")
