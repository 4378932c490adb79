"""Refusing request bodies that are too large before anything reads them.

Django reads a form's body when a view (or the CSRF check) first touches
request.POST, and it writes files over FILE_UPLOAD_MAX_MEMORY_SIZE to temporary
files. Without these checks, anyone could fill a worker's disk and hold it busy
with one large POST. The reference proxy configuration refuses the same sizes
first; these keep the app safe without it.
"""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation


class RequestSizeLimitMiddleware:
    """413 for a body declared larger than REQUEST_MAX_BYTES, 411 for a body sent
    without a length (chunked), both without reading a byte of it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH")
        if not declared and request.META.get("HTTP_TRANSFER_ENCODING"):
            return _refusal(411, length_missing=True)
        try:
            length = int(declared or 0)
        except ValueError:
            length = 0  # Django reads an unreadable length as an empty body
        if length > settings.REQUEST_MAX_BYTES:
            return _refusal(413, limit=settings.REQUEST_MAX_BYTES)
        return self.get_response(request)


def _refusal(status, **context):
    # Rendered before sessions and languages exist, like the 500 page.
    with translation.override(settings.LANGUAGE_CODE):
        return HttpResponse(render_to_string("413.html", context), status=status)


class RefusedUpload:
    """What a form needs to tell the person why their file did not arrive."""

    def __init__(self, field_name, file_name, limit):
        self.field_name = field_name
        self.file_name = file_name
        self.limit = limit


class SizeLimitedUploadHandler(FileUploadHandler):
    """Stops reading the request as soon as one file in it passes UPLOAD_MAX_BYTES,
    rather than storing all of it and refusing it afterwards. The form then finds
    request.refused_upload and says why the file is missing."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.limit = settings.UPLOAD_MAX_BYTES
        return None

    def new_file(self, field_name, file_name, *args, **kwargs):
        super().new_file(field_name, file_name, *args, **kwargs)
        declared = self.content_length
        if declared is not None and declared > self.limit:
            self._refuse()

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > self.limit:
            self._refuse()
        return raw_data

    def file_complete(self, file_size):
        return None

    def _refuse(self):
        self.request.refused_upload = RefusedUpload(self.field_name, self.file_name, self.limit)
        # connection_reset: do not read (and throw away) the rest of the body either.
        raise StopUpload(connection_reset=True)
