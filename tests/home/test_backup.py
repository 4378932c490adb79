"""`manage.py backup` and `manage.py restore` round-trip the demo site: on SQLite in
the normal suite, on PostgreSQL when DATABASE_URL names it (CI)."""

import os
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from tests.test_configuration import PROJECT

pytestmark = pytest.mark.django_db(transaction=True)


def files_under(root):
    root = Path(root)
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def fresh_database(tmp_path):
    """An empty database of the same kind as the test database, as a DATABASE_URL."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    params = connection.settings_dict
    name = f"restore_{uuid.uuid4().hex[:10]}"
    server = dict(
        host=params["HOST"], port=params["PORT"], user=params["USER"], password=params["PASSWORD"]
    )
    with psycopg.connect(dbname=params["NAME"], autocommit=True, **server) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield (
        f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST']}:{params['PORT']}/{name}"
    )
    with psycopg.connect(dbname=params["NAME"], autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage_on(database_url, media_root, *args):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "PYTEST_XDIST_WORKER"}
    }
    env.update(DATABASE_URL=database_url, MEDIA_ROOT=str(media_root), SECRET_KEY="x" * 50)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


HOME_TITLE = (
    "from django.test import Client; import re;"
    "html = Client().get('/', HTTP_HOST='127.0.0.1').content.decode();"
    "print(re.search(r'<h1[^>]*>(.*?)</h1>', html, re.S).group(1).strip())"
)


def test_backup_and_restore_round_trip_the_demo_site(tmp_path, client, fresh_database):
    call_command("backup", output_dir=str(tmp_path / "backups"), stdout=open(os.devnull, "w"))
    (archive,) = (tmp_path / "backups").glob("cop-backup-*.tar")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names
    assert ("database.dump" if connection.vendor == "postgresql" else "database.sqlite3") in names
    pages = Page.objects.count()
    media = files_under(settings.MEDIA_ROOT)
    assert media  # the demo site's documents and images

    restored_media = tmp_path / "restored-media"
    result = manage_on(fresh_database, restored_media, "restore", str(archive))
    assert result.returncode == 0, result.stderr
    assert files_under(restored_media) == media
    if connection.vendor == "sqlite":
        restored = sqlite3.connect(fresh_database.removeprefix("sqlite:///"))
        assert restored.execute("SELECT count(*) FROM wagtailcore_page").fetchone()[0] == pages

    # The restored site serves the same home page.
    shown = manage_on(fresh_database, restored_media, "shell", "-c", HOME_TITLE)
    assert shown.returncode == 0, shown.stderr
    html = client.get("/").content.decode()
    assert shown.stdout.strip().splitlines()[-1] in html

    # A second restore over it is refused, unless told to replace what is there.
    again = manage_on(fresh_database, restored_media, "restore", str(archive))
    assert again.returncode != 0
    assert "The database is not empty" in again.stderr
    forced = manage_on(fresh_database, restored_media, "restore", "--force", str(archive))
    assert forced.returncode == 0, forced.stderr
    assert files_under(restored_media) == media


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path, fresh_database):
    bogus = tmp_path / "holiday.tar"
    with tarfile.open(bogus, "w") as tar:
        tar.add(__file__, arcname="notes.py")
    result = manage_on(fresh_database, tmp_path / "media", "restore", str(bogus))
    assert result.returncode != 0
    assert "is not a backup of this site" in result.stderr
