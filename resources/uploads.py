"""Checking uploaded files: by their whole content, not only by name or first bytes.

check_upload() is for members' contributions; check_document() applies the same
content checks to documents editors upload in the admin (resources/document_forms.py).
"""

import codecs
import re
import zipfile

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
# Editors may also upload these in the admin (WAGTAILDOCS_EXTENSIONS).
DOCUMENT_CONTENT = {**ALLOWED, "rtf": "rtf", "zip": "zip"}
OFFICE_OPEN_XML = {"docx", "xlsx", "pptx"}
OPEN_DOCUMENT = {"odt", "ods", "odp"}
MAX_NAME_LENGTH = 200

# Anything a browser would take for HTML, SVG or XML if it ever read the file as a
# page: the tags the HTML sniffing rules look for, and those that run script or
# load other content. "<" before a number or a space stays ordinary text.
MARKUP = re.compile(
    rb"<(?:!--|!doctype|!\[cdata\[|\?xml|\s*/?\s*(?:a|b|base|body|br|embed|font|form|frame|"
    rb"frameset|h1|head|html|iframe|image|img|input|link|math|meta|object|p|script|style|svg|"
    rb"table|template|title|div|video|audio|source)(?=[\s/>]))",
    re.IGNORECASE,
)
TEXT_CHUNK = 1024 * 1024
# Archives (Office and OpenDocument files are zip files): what they may unpack to.
ARCHIVE_MAX_UNPACKED = 200 * 1024 * 1024
ARCHIVE_MAX_RATIO = 100  # ordinary documents stay well under 20 to 1
ARCHIVE_RATIO_FROM = 1024 * 1024  # a small file cannot be a bomb, whatever its ratio
ARCHIVE_MAX_ENTRIES = 10_000
# Content types (in [Content_Types].xml) and parts of Office files that carry macros.
MACRO_MARKERS = (b"macroenabled", b"vbaproject", b"macrosheet")
CONTENT_TYPES_MAX = 1024 * 1024  # a few kilobytes in real files


def check_upload(upload):
    """Raise ValidationError with a message people can act on, or return None."""
    name = upload.name or ""
    extension = _extension(name)
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
    check_content(upload, extension)


def check_document(upload):
    """The content checks, for a document uploaded in the admin. Wagtail itself
    checks the extension against WAGTAILDOCS_EXTENSIONS and the size."""
    extension = _extension(upload.name or "")
    if extension in DOCUMENT_CONTENT and upload.size:
        check_content(upload, extension)


def check_content(upload, extension):
    expected = DOCUMENT_CONTENT[extension]
    if expected == "text":
        if not _is_plain_text(upload):
            raise ValidationError(
                _("This file does not look like plain text, though its name ends in .%(ext)s.")
                % {"ext": extension}
            )
        return
    head = _read_head(upload)
    if expected == "zip":
        _check_archive(upload, extension)
        return
    if expected == "rtf":
        matches = head.startswith(b"{\\rtf")
    else:
        kind = filetype.guess(head)
        matches = kind is not None and kind.extension == expected
    if not matches:
        raise _not_what_it_says(extension)
    if expected in OFFICE_OPEN_XML or expected in OPEN_DOCUMENT:
        _check_archive(upload, extension, office=expected in OFFICE_OPEN_XML)


def _extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _not_what_it_says(extension):
    return ValidationError(
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


def _chunks(upload):
    upload.seek(0)
    while chunk := upload.read(TEXT_CHUNK):
        yield chunk
    upload.seek(0)


def _is_plain_text(upload):
    """The whole file, not only its start: no NUL bytes, readable as UTF-8 (with or
    without a byte-order mark) or Windows-1252, and no markup anywhere."""
    for encoding in ("utf-8", "cp1252"):
        verdict = _scan_text(upload, encoding)
        if verdict is not None:
            return verdict
    return False


def _scan_text(upload, encoding):
    """True or False once decided; None if the file is not in this encoding."""
    decoder = codecs.getincrementaldecoder(encoding)()
    tail = b""
    try:
        for chunk in _chunks(upload):
            if b"\x00" in chunk:
                return False
            decoder.decode(chunk)
            # Search the bytes, keeping the end of the previous chunk so that a tag
            # split across two chunks is still found.
            window = tail + chunk
            if MARKUP.search(window):
                return False
            tail = window[-64:]
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        upload.seek(0)
        return None
    return True


def _check_archive(upload, extension, office=False):
    """Refuse zip files that unpack to far more than they weigh (zip bombs), and
    Office files that declare macros (a .docm renamed .docx, say)."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            if len(entries) > ARCHIVE_MAX_ENTRIES:
                raise _unpacks_to_too_much()
            unpacked = sum(entry.file_size for entry in entries)
            packed = max(sum(entry.compress_size for entry in entries), 1)
            if unpacked > ARCHIVE_MAX_UNPACKED or (
                unpacked > ARCHIVE_RATIO_FROM and unpacked / packed > ARCHIVE_MAX_RATIO
            ):
                raise _unpacks_to_too_much()
            if office and _declares_macros(archive, entries):
                raise ValidationError(
                    _(
                        "This file contains macros, which cannot be shared here. Save it "
                        "as an ordinary .%(ext)s file, without macros, and try again."
                    )
                    % {"ext": extension}
                )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise _not_what_it_says(extension) from None
    finally:
        upload.seek(0)


def _unpacks_to_too_much():
    return ValidationError(
        _("This file unpacks to far more than its size suggests, so it cannot be shared here.")
    )


def _declares_macros(archive, entries):
    for entry in entries:
        name = entry.filename.lower()
        if name.endswith("vbaproject.bin"):
            return True
        # Part names are case-insensitive in Office files.
        if name == "[content_types].xml":
            with archive.open(entry) as part:
                declared = part.read(CONTENT_TYPES_MAX).lower()
            if any(marker in declared for marker in MACRO_MARKERS):
                return True
    return False
