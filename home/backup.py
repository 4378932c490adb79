"""Backups: the database and the uploaded files in one dated tar archive, and back.

An archive holds:
- manifest.json: what it is (format, database engine, when it was taken);
- database.dump (PostgreSQL: pg_dump's custom format, for pg_restore) or
  database.sqlite3 (SQLite: a consistent copy through SQLite's backup API);
- media/...: every file under MEDIA_ROOT (none when files are in object storage,
  which keeps its own versions).

Restoring goes into an empty database and an empty media folder; a database with
tables or a folder with files is refused unless told to replace them (--force).
Used by `manage.py backup` and `manage.py restore`."""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
PG_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA = "media"


class BackupError(Exception):
    """Something the person running the command must fix; one line."""


def engine_of(alias="default"):
    engine = connections[alias].settings_dict["ENGINE"]
    if "postgresql" in engine:
        return "postgresql"
    if "sqlite3" in engine:
        return "sqlite"
    raise BackupError(f"Backups support PostgreSQL and SQLite, not {engine}.")


def _pg_command(program, settings_dict):
    """A pg_dump/pg_restore/psql command line and environment for the database
    (the password goes in the environment, never on the command line)."""
    args = [program, "--no-password"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args += [flag, str(settings_dict[key])]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return args, env


def _run(args, env):
    if shutil.which(args[0]) is None:
        raise BackupError(
            f"{args[0]} is not installed (Debian: apt-get install postgresql-client)."
        )
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{args[0]} failed: {result.stderr.strip().splitlines()[-1:]}")


def media_is_local():
    return isinstance(default_storage, FileSystemStorage)


def create(output_dir, alias="default"):
    """Write one archive into output_dir; return its path."""
    engine = engine_of(alias)
    connection = connections[alias]
    taken = timezone.now()
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    archive = output_dir / f"cop-backup-{taken:%Y%m%d-%H%M%S}.tar"
    with tempfile.TemporaryDirectory(prefix="cop-backup-") as work:
        work = Path(work)
        if engine == "postgresql":
            args, env = _pg_command("pg_dump", connection.settings_dict)
            name = connection.settings_dict["NAME"]
            _run([*args, "--format=custom", "--file", str(work / PG_DUMP), name], env)
            database_file = PG_DUMP
        else:
            connection.ensure_connection()
            target = sqlite3.connect(work / SQLITE_COPY)
            with target:
                connection.connection.backup(target)
            target.close()
            database_file = SQLITE_COPY
        manifest = {
            "format": FORMAT,
            "engine": engine,
            "taken": taken.isoformat(),
            "database": database_file,
            "media": media_is_local(),
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2))
        partial = archive.with_suffix(".tar.partial")
        with tarfile.open(partial, "w") as tar:
            tar.add(work / MANIFEST, arcname=MANIFEST)
            tar.add(work / database_file, arcname=database_file)
            media_root = Path(settings.MEDIA_ROOT)
            if media_is_local() and media_root.is_dir():
                tar.add(media_root, arcname=MEDIA)
        partial.replace(archive)  # a half-written archive never has the final name
    return archive


def database_is_empty(alias="default"):
    connection = connections[alias]
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def media_is_empty():
    media_root = Path(settings.MEDIA_ROOT)
    return not media_root.exists() or not any(media_root.iterdir())


def restore(archive, force=False, alias="default"):
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"No such archive: {archive}")
    engine = engine_of(alias)
    with tarfile.open(archive) as tar:
        try:
            manifest = json.load(tar.extractfile(MANIFEST))
        except KeyError:
            raise BackupError(
                f"{archive.name} is not a backup of this site (no manifest)."
            ) from None
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{archive.name} is a backup format this version cannot read.")
        if manifest["engine"] != engine:
            raise BackupError(
                f"{archive.name} holds a {manifest['engine']} database; DATABASE_URL names "
                f"a {engine} one."
            )
        if not force:
            if not database_is_empty(alias):
                raise BackupError(
                    "The database is not empty: restore into a new, empty database, or "
                    "pass --force to replace everything in it."
                )
            if manifest["media"] and not media_is_empty():
                raise BackupError(
                    f"The media folder {settings.MEDIA_ROOT} is not empty: restore into an "
                    "empty one, or pass --force to replace its files."
                )
        with tempfile.TemporaryDirectory(prefix="cop-restore-") as work:
            work = Path(work)
            tar.extract(manifest["database"], work, filter="data")
            if engine == "postgresql":
                _restore_postgresql(work / manifest["database"], alias)
            else:
                _restore_sqlite(work / manifest["database"], alias)
            if manifest["media"]:
                _restore_media(tar, work)
    return manifest


def _restore_postgresql(dump, alias):
    connection = connections[alias]
    with connection.cursor() as cursor:
        # Empty already, or --force: everything in the schema goes.
        cursor.execute("DROP SCHEMA IF EXISTS public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    connection.close()
    args, env = _pg_command("pg_restore", connection.settings_dict)
    name = connection.settings_dict["NAME"]
    _run(
        [*args, "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", name, str(dump)],
        env,
    )


def _restore_sqlite(copy, alias):
    connection = connections[alias]
    connection.ensure_connection()
    source = sqlite3.connect(copy)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def _restore_media(tar, work):
    media_root = Path(settings.MEDIA_ROOT)
    members = [m for m in tar.getmembers() if m.name == MEDIA or m.name.startswith(MEDIA + "/")]
    tar.extractall(work, members=members, filter="data")
    if media_root.exists():
        for child in media_root.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()
    media_root.mkdir(parents=True, exist_ok=True)
    if (work / MEDIA).is_dir():
        shutil.copytree(work / MEDIA, media_root, dirs_exist_ok=True)
