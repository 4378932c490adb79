import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page, Site

from home.models import HomePage
from tests.chromium import MISSING_BROWSER, chromium_available, in_ci


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once; each test then runs inside a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())


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


def pytest_collection_modifyitems(config, items):
    """Run the browser tests last: their live server flushes the database after each
    test, which would take the demo site away from the tests that follow."""
    items.sort(key=lambda item: "/e2e/" in str(item.path).replace("\\", "/"))


def pytest_ignore_collect(collection_path, config):
    """Without Chromium, leave the browser tests out (outside CI only)."""
    if collection_path.name == "e2e" and not chromium_available() and not in_ci():
        config.stash[browser_tests_left_out] = True
        return True
    return None


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config.stash.get(browser_tests_left_out, False):
        terminalreporter.write_line(
            "Browser tests skipped. " + MISSING_BROWSER, yellow=True, bold=True
        )


browser_tests_left_out = pytest.StashKey[bool]()
