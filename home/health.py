"""Health endpoints for load balancers and process supervisors.

- /healthz: the process is alive and answering. No database, no cache, no storage.
- /readyz: this server can do its work: the database answers a query, the cache
  takes a write and gives it back, and file storage is reachable. 503 with the
  parts that failed otherwise, so a load balancer stops sending it visitors.

Both are answered by the first middleware of all, so they cost no session, no
page-cache look-up and no Host check (load balancers often probe by address), are
never cached (Cache-Control: no-store) and are not logged as requests
(home/request_log.py comes after this). nginx logs neither (deploy/nginx.conf)."""

import json
import logging
import os
import uuid

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.http import HttpResponse

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
PROBE_KEY = "readyz-probe"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    token = uuid.uuid4().hex
    cache.set(PROBE_KEY, token, 30)
    if cache.get(PROBE_KEY) != token:
        # The cache swallows its own connection errors (home/cache.py), so a write
        # that does not come back is how an unreachable cache shows.
        raise ConnectionError("the cache did not keep a value")


def check_storage():
    if isinstance(default_storage, FileSystemStorage):
        location = default_storage.location
        if not (os.path.isdir(location) and os.access(location, os.W_OK | os.X_OK)):
            raise OSError("the media folder is missing or not writable")
    else:
        # Object storage: one small request (a HEAD) that fails when the service,
        # the bucket or the credentials do.
        default_storage.exists("readyz-probe")


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}


def _json(status, body):
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


def readiness():
    """Run every check; the names of the parts that failed, and why."""
    failed = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:  # whatever it is, this part is not ready
            failed[name] = type(exc).__name__
    return failed


class _State:
    """What this process last reported, so that a probe every few seconds logs one
    line when readiness changes, not one per probe."""

    failed = {}


def log_change(failed):
    if failed == _State.failed:
        return
    if failed:
        parts = ", ".join(f"{name} ({why})" for name, why in failed.items())
        logger.error("Not ready: %s unreachable", parts)
    else:
        logger.warning("Ready again: database, cache and storage reachable")
    _State.failed = failed


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH:
            return _json(200, {"status": "ok"})
        if request.path_info == READY_PATH:
            failed = readiness()
            log_change(failed)
            if failed:
                return _json(503, {"status": "unavailable", "failed": sorted(failed)})
            return _json(200, {"status": "ok"})
        return self.get_response(request)
