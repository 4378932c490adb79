"""Serving files through Django, so that home/file_access.py decides every time.

Documents keep Wagtail's own view (/documents/<id>/<name>), which calls the rule
through the before_serve_document hook; this module adds the cache policy. Images
(originals and renditions) have no view of their own in Wagtail, so every /media/
address comes here. The bytes go out with wagtail.utils.sendfile: in production
its nginx backend answers with X-Accel-Redirect and nginx sends the file from an
internal location; elsewhere Django streams it."""

import mimetypes
import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse, Http404
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from .file_access import PERSONAL, file_access, refusal, set_cache_policy

ORIGINALS = "original_images/"
RENDITIONS = "images/"
AVATARS = "avatar_images/"  # editors' pictures, shown only in the admin


def serve_document(request, document_id, document_filename):
    response = wagtail_serve_document(request, document_id, document_filename)
    access = getattr(request, "file_access", None)
    if response.status_code == 200 and access is not None:
        _finish(response, access)
    return response


def serve_media(request, path):
    """An image original or rendition, for whoever may see a page that uses the image.
    Nothing else under /media/ is served: documents have their own addresses."""
    if path.startswith(AVATARS) and os.path.normpath(path) == path:
        access = PERSONAL if request.user.has_perm("wagtailadmin.access_admin") else None
    else:
        image = _image_for(path)
        if image is None:
            raise Http404
        access = file_access(request, image)
    if access is None:
        return refusal(request)
    if not isinstance(default_storage, FileSystemStorage):
        response = _stream_from_storage(path)
        response["X-Content-Type-Options"] = "nosniff"
        return _finish(response, access)
    options = {}
    if not hasattr(settings, "SENDFILE_BACKEND"):
        options["backend"] = sendfile_streaming_backend.sendfile
    response = sendfile(request, os.path.join(settings.MEDIA_ROOT, path), **options)
    response["X-Content-Type-Options"] = "nosniff"
    return _finish(response, access)


def _stream_from_storage(path):
    """Object storage (MEDIA_STORAGE=s3): no local file for nginx to send, so the
    bytes are streamed from the storage (Wagtail does the same for documents)."""
    if not default_storage.exists(path):
        raise Http404
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return FileResponse(default_storage.open(path, "rb"), content_type=content_type)


def _finish(response, access):
    if response.has_header("X-Accel-Redirect"):
        # The body is empty: nginx sends the file and its length.
        del response["Content-Length"]
    return set_cache_policy(response, access)


def _image_for(path):
    Image = get_image_model()
    if os.path.normpath(path) != path:
        return None
    if path.startswith(ORIGINALS):
        return Image.objects.filter(file=path).first()
    if path.startswith(RENDITIONS):
        rendition = (
            Image.get_rendition_model().objects.filter(file=path).select_related("image").first()
        )
        return rendition.image if rendition else None
    return None
