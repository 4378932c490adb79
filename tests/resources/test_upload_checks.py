"""What members (and editors) upload is checked all the way through, not only at
its start: markup hidden in text files, macros in Office files, zip bombs."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document

from resources.models import ResourcePage
from tests.factories import UserFactory, english
from tests.members.conftest import make_person
from tests.resources.test_contributions import SUBMIT, form_data

pytestmark = pytest.mark.django_db

WORD_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/>'
    "{extra}</Types>"
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
VBA = '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'


def word_file(name="report.docx", main=DOCX_MAIN, extra_types="", extra_parts=()):
    """A small Word file built the way Word lays one out."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml", WORD_CONTENT_TYPES.format(main=main, extra=extra_types)
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Our report</w:t></w:r>'
            "</w:p></w:body></w:document>",
        )
        for part_name, content in extra_parts:
            archive.writestr(part_name, content)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def contributor(db):
    return make_person("careful.uploads@example.org", full_name="Ula Uploader")


def submit(client, contributor, upload):
    client.force_login(contributor)
    return client.post(SUBMIT, form_data(file=upload))


def assert_refused(response, message):
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html, html
    assert 'id="id_file_error"' in html
    assert not english(ResourcePage).filter(title="Our reminiscence toolkit").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"\xef\xbb\xbf<!DOCTYPE html><html><script>alert(1)</script></html>",
        b"\xef\xbb\xbf<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        b"Notes from our session\n<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
        b"Notes from our session\r\n<html><body><script>alert(1)</script></body></html>",
        # Far past the first few kilobytes.
        b"name,visits\n" + b"Museum,12\n" * 20000 + b"<script>alert(1)</script>\n",
        b"Plain words\n<iframe src='https://example.org'></iframe>",
    ],
    ids=["bom-html", "bom-svg", "line-then-svg", "line-then-html", "deep-script", "iframe"],
)
def test_markup_anywhere_in_a_text_file_is_refused(client, contributor, content):
    response = submit(client, contributor, SimpleUploadedFile("notes.txt", content))
    assert_refused(response, "does not look like plain")


def test_text_with_ordinary_angle_brackets_is_accepted(client, contributor):
    content = "\ufeffgroup,ages,score\nolder people,>65,4 < 5\nyoung carers,<18,x<y\n"
    response = submit(client, contributor, SimpleUploadedFile("scores.csv", content.encode()))
    assert response.status_code == 302


def test_a_macro_document_renamed_docx_is_refused(client, contributor):
    docm = word_file(
        main=DOCM_MAIN,
        extra_types=VBA,
        extra_parts=[("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro code")],
    )
    assert_refused(submit(client, contributor, docm), "contains macros")


def test_a_macro_project_declared_only_in_the_content_types_is_refused(client, contributor):
    assert_refused(submit(client, contributor, word_file(extra_types=VBA)), "contains macros")


def test_a_zip_bomb_named_docx_is_refused(client, contributor):
    # 50 MB of zeros squeezes into about 50 kB: a ratio of about 1000 to 1.
    bomb = word_file(extra_parts=[("word/media/image1.bin", bytes(50 * 1024 * 1024))])
    assert len(bomb) < 200 * 1024
    assert_refused(submit(client, contributor, bomb), "unpacks to far more")


def test_an_ordinary_word_document_is_accepted(client, contributor):
    response = submit(client, contributor, word_file())
    assert response.status_code == 302
    page = english(ResourcePage).get(title="Our reminiscence toolkit")
    assert page.document.file.name.endswith(".docx")


@pytest.fixture
def editor(db):
    return UserFactory(email="docs.editor@example.org", groups=[Group.objects.get(name="Editors")])


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("notes.txt", b"\xef\xbb\xbf<html><script>x</script></html>"), "plain"),
        (
            word_file(main=DOCM_MAIN, extra_types=VBA, extra_parts=[("word/vbaProject.bin", b"x")]),
            "contains macros",
        ),
        (word_file(extra_parts=[("word/big.bin", bytes(50 * 1024 * 1024))]), "unpacks to far"),
    ],
    ids=["html-as-text", "macros", "zip-bomb"],
)
def test_admin_document_uploads_get_the_same_checks(client, editor, upload, message):
    client.force_login(editor)
    response = client.post(
        "/admin/documents/add/",
        {"title": "Uploaded by an editor", "file": upload, "collection": 1, "tags": ""},
    )
    assert response.status_code == 200  # the form again, with the error
    assert message in response.content.decode()
    assert not Document.objects.filter(title="Uploaded by an editor").exists()


def test_admin_document_upload_of_an_ordinary_file_still_works(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/documents/add/",
        {"title": "Uploaded by an editor", "file": word_file(), "collection": 1, "tags": ""},
    )
    assert response.status_code == 302
    assert Document.objects.filter(title="Uploaded by an editor").exists()
