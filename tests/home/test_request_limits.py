"""Oversized requests and uploads are refused before the server reads them."""

import pytest

from resources.models import Audience
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db
MB = 1024 * 1024
BOUNDARY = "----limits-test-boundary"


class StreamedBody:
    """A multipart body made on demand, as a client would send it, that counts how
    many bytes the server reads. Nothing of it is held in memory."""

    def __init__(self, fields_before, file_field, file_name, file_size, fields_after=()):
        self.head = (
            b"".join(self._field(name, value) for name, value in fields_before)
            + (
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{file_field}"; '
                f'filename="{file_name}"\r\nContent-Type: application/pdf\r\n\r\n'
            ).encode()
            + b"%PDF-1.4\n"
        )
        self.filler = file_size - len(b"%PDF-1.4\n")
        self.tail = (
            b"\r\n"
            + b"".join(self._field(name, value) for name, value in fields_after)
            + f"--{BOUNDARY}--\r\n".encode()
        )
        self.length = len(self.head) + self.filler + len(self.tail)
        self.bytes_read = 0

    @staticmethod
    def _field(name, value):
        return (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        ).encode()

    def _slice(self, start, size):
        out = []
        end = min(start + size, self.length)
        position = start
        while position < end:
            if position < len(self.head):
                piece = self.head[position : min(end, len(self.head))]
            elif position < len(self.head) + self.filler:
                piece = b"x" * (min(end, len(self.head) + self.filler) - position)
            else:
                offset = position - len(self.head) - self.filler
                piece = self.tail[offset : offset + end - position]
            out.append(piece)
            position += len(piece)
        return b"".join(out)

    def read(self, size=-1):
        if size is None or size < 0:
            size = self.length - self.bytes_read
        data = self._slice(self.bytes_read, size)
        self.bytes_read += len(data)
        return data

    def readline(self, size=-1):
        data = self._slice(self.bytes_read, 64 * 1024 if size is None or size < 0 else size)
        if b"\n" in data:
            data = data[: data.index(b"\n") + 1]
        self.bytes_read += len(data)
        return data


def post_streamed(client, path, body, **extra):
    environ = {
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(body.length),
        "wsgi.input": body,
    }
    environ.update(extra)
    return client.generic("POST", path, **environ)


def submission_fields():
    return [
        ("title", "A very large toolkit"),
        ("summary", "Too big to share."),
        ("resource_type", "guide-toolkit"),
        ("topics", "evaluation"),
        ("audiences", str(Audience.objects.get(slug="volunteers").pk)),
        ("region", "north-west"),
        ("licence", "cc-by-4"),
    ]


@pytest.fixture
def contributor(db):
    return make_person("big.files@example.org", full_name="Bea Bigfile")


def test_a_300_mb_anonymous_post_to_the_login_form_is_refused_unread(client):
    body = StreamedBody([("login", "someone@example.org")], "junk", "junk.bin", 300 * MB)
    response = post_streamed(client, "/accounts/login/", body)
    assert response.status_code == 413
    assert body.bytes_read == 0
    assert "too large" in response.content.decode()


def test_a_body_without_a_length_is_refused(client):
    body = StreamedBody([("login", "someone@example.org")], "junk", "junk.bin", 1 * MB)
    response = client.generic(
        "POST",
        "/accounts/login/",
        CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": body},
    )
    assert response.status_code == 411
    assert body.bytes_read == 0


def test_a_30_mb_upload_is_refused_before_it_is_read(client, contributor):
    client.force_login(contributor)
    body = StreamedBody(submission_fields(), "file", "toolkit.pdf", 30 * MB)
    response = post_streamed(client, "/resources/submit/", body)
    assert response.status_code == 413
    assert body.bytes_read == 0


def test_an_upload_over_the_file_limit_stops_being_read_at_the_limit(client, contributor, settings):
    # The request as a whole is within bounds; the file in it is not.
    settings.REQUEST_MAX_BYTES = 100 * MB
    settings.UPLOAD_MAX_BYTES = settings.RESOURCE_UPLOAD_MAX_BYTES = 1 * MB
    client.force_login(contributor)
    body = StreamedBody(
        submission_fields(),
        "file",
        "toolkit.pdf",
        30 * MB,
        fields_after=[("rights_confirmed", "on")],
    )
    response = post_streamed(client, "/resources/submit/", body)
    assert body.bytes_read < 2 * MB
    assert response.status_code == 400
    html = response.content.decode()
    assert "the largest file you can share is 1.0\xa0MB" in html
    assert 'value="A very large toolkit"' in html  # what arrived is kept


def test_ordinary_forms_are_not_affected(client):
    response = client.post("/accounts/login/", {"login": "nobody@example.org", "password": "x"})
    assert response.status_code == 200
