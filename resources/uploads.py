"""Checking files that members upload: by content, not only by name."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# Extension -> what the file's content must be (filetype's name), or "text".
ALLOWED = {
    "pdf": "pdf",
    "docx": "docx",
    "xlsx": "xlsx",
    "pptx": "pptx",
    "odt": "odt",
    "ods": "ods",
    "odp": "odp",
    "png": "png",
    "jpg": "jpg",
    "jpeg": "jpg",
    "txt": "text",
    "csv": "text",
}
MAX_NAME_LENGTH = 200
MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script", b"<head", b"<body")


def check_upload(upload):
    """Raise ValidationError with a message people can act on, or return None."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    allowed = ", ".join(sorted({ext.upper() for ext in ALLOWED}))
    if extension not in ALLOWED:
        raise ValidationError(
            _("Files of this type cannot be shared here. Use one of: %(types)s.")
            % {"types": allowed}
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            _("The file name is too long. Rename the file to %(max)d characters or fewer.")
            % {"max": MAX_NAME_LENGTH}
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."))
    limit = settings.RESOURCE_UPLOAD_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is %(size)s; the largest file you can share is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    head = _read_head(upload)
    expected = ALLOWED[extension]
    if expected == "text":
        if not _is_plain_text(head):
            raise ValidationError(
                _("This file does not look like plain text, though its name ends in .%(ext)s.")
                % {"ext": extension}
            )
        return
    kind = filetype.guess(head)
    if kind is None or kind.extension != expected:
        raise ValidationError(
            _(
                "The file's content is not a .%(ext)s file, though its name says so. "
                "Check you chose the right file."
            )
            % {"ext": extension}
        )


def _read_head(upload, size=8192):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _is_plain_text(head):
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return not text.lstrip().lower().encode().startswith(MARKUP_STARTS)
