"""Uploaded files: a local folder by default, S3-compatible storage when MEDIA_STORAGE
says so; either way Django checks who may have a file before anyone gets it."""

import secrets

import pytest
from django.contrib.auth.models import Group
from wagtail_factories import ImageFactory

from tests.factories import UserFactory
from tests.test_configuration import manage

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cop_site.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "cop.example.org",
}
SHOW = (
    "from django.conf import settings; from django.core.files.storage import storages;"
    "s = storages['default']; print(type(s).__module__ + '.' + type(s).__name__);"
    "print(getattr(s, 'bucket_name', '-'), getattr(s, 'location', '-'),"
    " getattr(s, 'endpoint_url', '-'), getattr(s, 'file_overwrite', '-'));"
    "print(getattr(settings, 'SENDFILE_BACKEND', 'no sendfile'))"
)


def storage_under(tmp_path, **env):
    result = manage(
        "shell",
        "-c",
        SHOW,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **PRODUCTION,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().split("\n")[-3:]


def test_production_keeps_files_in_a_local_folder_by_default(tmp_path):
    kind, _options, sendfile = storage_under(tmp_path, MEDIA_ROOT=str(tmp_path / "media"))
    assert kind == "django.core.files.storage.filesystem.FileSystemStorage"
    assert sendfile == "django_sendfile.backends.nginx"


def test_production_uses_s3_compatible_storage_when_told(tmp_path):
    kind, options, sendfile = storage_under(
        tmp_path,
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="cop-files",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        AWS_ACCESS_KEY_ID="test-key",
        AWS_SECRET_ACCESS_KEY="test-secret",
    )
    assert kind == "storages.backends.s3.S3Storage"
    assert options == "cop-files media http://127.0.0.1:9000 False"
    assert sendfile == "no sendfile"  # nginx cannot send what is not on its disk


def test_s3_storage_without_a_bucket_stops_with_one_line(tmp_path):
    result = manage(
        "check",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_STORAGE="s3",
        **PRODUCTION,
    )
    assert result.returncode != 0
    assert (
        result.stderr.strip()
        == "Configuration error: MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME."
    )


@pytest.mark.django_db
def test_images_are_streamed_from_storage_that_is_not_a_local_folder(client, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    image = ImageFactory(title="Kept in object storage")
    data = image.file.open("rb").read()
    path = image.file.name
    editor = UserFactory(
        email="storage.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    response = client.get(f"/media/{path}")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Type"].startswith("image/")
    client.logout()
    assert client.get(f"/media/{path}").status_code in (302, 403)  # used by no page
    assert client.get(f"/media/{path}x").status_code == 404
