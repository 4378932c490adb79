import io
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.utils import translation
from pytest_django.fixtures import validate_django_db
from wagtail.models import Page, Site

from home.models import HomePage
from tests.chromium import MISSING_BROWSER, chromium_available, in_ci
from tests.demo_database import DemoDatabase, demo_database_key, demo_kept_key


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """Build the demo site once per session (per worker under xdist) and keep a copy.
    Most tests run inside a rolled-back transaction; a test that needs a
    transactional database gets the copy put back after it."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
    demo = DemoDatabase(connections["default"], django_db_blocker)
    demo.take()
    request.config.stash[demo_database_key] = demo
    request.config.stash[demo_files_key] = DemoFiles(Path(settings.MEDIA_ROOT))
    yield
    demo.discard()


class DemoFiles:
    """A copy of the demo site's files. The database is rolled back or restored after
    each test, but files on disk are not: a test that deletes a document for real
    (running its on-commit callbacks) would leave a demo row without its file for
    every test after it."""

    def __init__(self, media_root):
        self.media_root = media_root
        self.copy = media_root.parent / "demo-media"
        shutil.copytree(media_root, self.copy, dirs_exist_ok=True)
        self.files = [
            path.relative_to(self.copy) for path in self.copy.rglob("*") if path.is_file()
        ]

    def put_back_missing(self):
        for relative in self.files:
            target = self.media_root / relative
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(self.copy / relative, target)


@pytest.fixture(autouse=True)
def demo_files_kept(request):
    yield
    files = request.config.stash.get(demo_files_key, None)
    if files is not None:
        files.put_back_missing()


demo_files_key = pytest.StashKey[DemoFiles]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """pytest-django flushes the database after a transactional test, taking the demo
    site away from every test after it: put the demo copy back."""
    result = yield
    demo = item.config.stash.get(demo_database_key, None)
    if demo and demo.taken and flushed(item) and not item.stash.get(demo_kept_key, False):
        demo.restore()
    return result


def flushed(item):
    marker = item.get_closest_marker("django_db")
    transaction, reset_sequences, *_ = validate_django_db(marker) if marker else (False, False)
    return (
        transaction
        or reset_sequences
        or "transactional_db" in item.fixturenames
        or "live_server" in item.fixturenames
    )


@pytest.fixture(scope="session", autouse=True)
def emails_through_the_outbox(django_test_environment):
    """pytest-django sets EMAIL_BACKEND to Django's test outbox; put the site's own
    back, so every e-mail in every test goes through the outbox and its delivery
    task (home/outbox.py) before it reaches `mail.outbox`."""
    settings.EMAIL_BACKEND = "home.mail_backend.OutboxEmailBackend"


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and cached settings live in the cache: start each test clean."""
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Start each test in English. A request under /cy/ leaves Welsh active in the
    thread, which would otherwise make the next test's reverse() give /cy/ URLs."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home_page(db):
    """The demo site's home page, which the default Site serves."""
    return HomePage.objects.get(depth=2, locale__language_code="en")


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


def parse(response):
    """The response's HTML as a BeautifulSoup tree."""
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def soup():
    return parse


def pytest_ignore_collect(collection_path, config):
    """Without Chromium, leave the browser tests out (outside CI only)."""
    if collection_path.name == "e2e" and not chromium_available() and not in_ci():
        config.stash[browser_tests_left_out] = True
        return True
    return None


def pytest_runtest_logreport(report):
    """Count real skips (not expected failures), for the CI rule below."""
    if report.skipped and not hasattr(report, "wasxfail"):
        skipped_tests.append(report.nodeid)


def pytest_collectreport(report):
    """A whole module skipped while collecting counts too."""
    if report.skipped:
        skipped_tests.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    """Under CI a skipped test is a failure: whatever CI does not run, it does not test.
    (Under xdist the controller sees every worker's reports; it alone decides.)"""
    worker = hasattr(session.config, "workerinput")
    if in_ci() and skipped_tests and not worker and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config.stash.get(browser_tests_left_out, False):
        terminalreporter.write_line(
            "Browser tests skipped. " + MISSING_BROWSER, yellow=True, bold=True
        )
    if in_ci() and skipped_tests:
        terminalreporter.write_line(
            f"Under CI a skipped test is a failure; skipped: {', '.join(skipped_tests)}",
            red=True,
            bold=True,
        )


browser_tests_left_out = pytest.StashKey[bool]()
skipped_tests = []
