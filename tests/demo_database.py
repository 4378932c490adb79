"""The demo site, built once per test session and put back whenever a test may have
changed it for good (a browser test, or any test on a transactional database).

PostgreSQL keeps the copy as a template database and restores by re-creating the
test database from it (a file copy inside the server, well under a second); SQLite
keeps it in memory and restores with its backup API. Either way every test starts
on the same demo site, whatever ran before it, in whatever order."""

import sqlite3
import threading
import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connections
from django.db.backends.signals import connection_created


class DemoDatabase:
    def __init__(self, connection, blocker):
        self.connection = connection
        self.blocker = blocker
        self.copy = None

    @property
    def taken(self):
        return self.copy is not None

    def take(self):
        """Copy the test database as it is now (migrated, with the demo site)."""
        with self.blocker.unblock():
            if self.connection.vendor == "postgresql":
                self.copy = f"{self.connection.settings_dict['NAME']}_demo"
                self._clone(self.connection.settings_dict["NAME"], self.copy)
            elif self.connection.vendor == "sqlite":
                self.connection.ensure_connection()
                self.copy = sqlite3.connect(":memory:", check_same_thread=False)
                self.connection.connection.backup(self.copy)
            else:
                raise NotImplementedError(f"No demo copy for {self.connection.vendor}")

    def restore(self):
        """Put the test database back as it was when the copy was taken."""
        with self.blocker.unblock():
            if self.connection.vendor == "postgresql":
                self._clone(self.copy, self.connection.settings_dict["NAME"])
            else:
                self.connection.ensure_connection()
                self.copy.backup(self.connection.connection)
        # Content types are cached by id; one created by the test is gone now.
        ContentType.objects.clear_cache()

    def close_connections(self):
        """Close this thread's connections to the test database: the one the copy was
        taken with, and the one code here uses now. They differ once Playwright runs
        its event loop in this thread (Django then keeps connections per context)."""
        self.connection.close()
        connections[self.connection.alias].close()

    def discard(self):
        with self.blocker.unblock():
            if self.connection.vendor == "postgresql" and self.copy:
                with self.connection._nodb_cursor() as cursor:
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(self.copy)} WITH (FORCE)")
            elif self.copy:
                self.copy.close()
        self.copy = None

    def _clone(self, source, target):
        """Replace database `target` by a copy of `source`. Both must be free of
        connections: ours are closed here; the live server closes its own after
        each request (and FORCE ends any left over)."""
        self.close_connections()
        for attempt in range(3):
            try:
                with self.connection._nodb_cursor() as cursor:
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)} WITH (FORCE)")
                    cursor.execute(f"CREATE DATABASE {quote(target)} TEMPLATE {quote(source)}")
                return
            except DatabaseError:
                # A server process we may not end (autovacuum) can be on it for a moment.
                if attempt == 2:
                    raise
                time.sleep(1)


class WriteCounter:
    """Counts rows inserted, updated or deleted through any Django connection, in
    any thread (the live server's included), so a test can tell that it wrote."""

    def __init__(self):
        self.rows = 0
        self.lock = threading.Lock()

    def __call__(self, execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if sql.lstrip()[:6].upper() in {"INSERT", "UPDATE", "DELETE"}:
            with self.lock:
                self.rows += max(context["cursor"].rowcount, 0)
        return result

    def watch(self, sender, connection, **kwargs):
        if self not in connection.execute_wrappers:
            connection.execute_wrappers.append(self)


write_counter = WriteCounter()


def rows_written():
    """Rows written so far in this session, through any connection."""
    for connection in connections.all(initialized_only=True):
        write_counter.watch(None, connection)
    return write_counter.rows


def count_writes():
    """From now on, count the rows every new connection writes (browser tests)."""
    connection_created.connect(write_counter.watch, dispatch_uid="tests.demo_database")


demo_database_key = pytest.StashKey["DemoDatabase"]()
# Set on a test whose own fixtures put the demo database back (the browser tests).
demo_kept_key = pytest.StashKey[bool]()


def quote(name):
    return '"' + name.replace('"', '""') + '"'
