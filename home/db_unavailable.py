"""A database that goes away mid-request (a restart, a fail-over) answers with a
"try again" page (503, Retry-After) instead of a server error. Whatever the view
was saving is rolled back with its transaction, so nothing is half-saved; the
page is rendered from static files alone, since the database cannot help."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        # The kind of error only: its text can quote the query's values.
        logger.error(
            "Database unavailable during %s %s: %s",
            request.method,
            request.path,
            type(exception).__name__,
        )
        language = get_language() or settings.LANGUAGE_CODE
        home_url = "/" if language == settings.LANGUAGE_CODE else f"/{language}/"
        context = {"language": language, "home_url": home_url}
        response = HttpResponse(render_to_string("503.html", context), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
