"""Real-browser tests: Debian's headless Chromium driven by Playwright against the
site served by pytest-django's live server.

The demo site is built once per session (tests/conftest.py). A browser test runs
against it without pytest-django's flush; afterwards the demo database is put back
from its copy, unless the test is marked `readonly_demo` (it only reads: page
scans, navigation, reading), in which case the next test shares the same one."""

import importlib
import os

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from pytest_django.live_server_helper import LiveServer
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
)

from tests.chromium import CHROMIUM, MISSING_BROWSER, chromium_available
from tests.demo_database import count_writes, demo_database_key, demo_kept_key, rows_written

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests
# make between browser steps are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Read-only browser tests are checked for writes, from the live server too.
count_writes()
# The demo accounts' password, so journeys can log in as they would.
DEMO_PASSWORD = "browser-tests-demo-password"
os.environ["DEMO_PASSWORD"] = DEMO_PASSWORD

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session", autouse=True)
def require_chromium():
    """Outside CI the e2e folder is not even collected without Chromium (see
    tests/conftest.py); under CI a missing browser is a failure, never a skip."""
    if not chromium_available():
        pytest.fail(MISSING_BROWSER + " Under CI a skipped browser test is a failure.")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


def restore_migration_baseline():
    """Recreate what migrations put in the database and a flush takes away:
    Wagtail's root page, root collection and its Editors and Moderators groups,
    then this project's own groups, permissions and workflow (by running the same
    functions as its data migrations). Content types, permissions and locales come
    back by themselves: a flush emits post_migrate."""
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    page_permissions = {
        "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "Editors": ["add_page", "change_page", "lock_page", "unlock_page"],
    }
    for name, codenames in page_permissions.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        for model in (Document, Image):
            for action in ("add", "change", "choose", "delete"):
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=model._meta.app_label,
                        codename=f"{action}_{model._meta.model_name}",
                    ),
                )
    for migration, function in PROJECT_DATA_MIGRATIONS:
        getattr(importlib.import_module(migration), function)(django_apps, None)


PROJECT_DATA_MIGRATIONS = [
    ("members.migrations.0002_members_group", "create_members_group"),
    ("resources.migrations.0002_guidance_approval_workflow", "create_guidance_workflow"),
    ("members.migrations.0004_administrators_group", "grant_roles"),
    ("resources.migrations.0004_audiences_and_resource_review", "create_audiences_and_workflow"),
    ("events.migrations.0002_editors_manage_registrations", "grant_registration_permissions"),
    ("resources.migrations.0006_file_collections", "create_file_collections"),
    ("home.migrations.0004_editors_set_privacy", "grant_privacy_permissions"),
    ("collaboration.migrations.0002_editors_review_calls", "grant_review_permissions"),
    ("home.migrations.0006_editors_see_failed_emails", "grant_failed_email_permission"),
    ("evaluation.migrations.0002_editors_look_after_evaluations", "grant_evaluation_permissions"),
    ("activities.migrations.0002_editors_review_activities", "grant_review_permissions"),
    ("conversations.migrations.0002_editors_moderate_reports", "grant_editors"),
    ("digests.migrations.0002_choices_from_sign_up", "grant_editors"),
]


@pytest.fixture
def _django_db_helper(request, django_db_setup, django_db_blocker):
    """Stands in for pytest-django's fixture of this name for the browser tests: the
    database is used as it is, not wrapped in a test case that flushes it afterwards
    (a flush would wipe the shared demo site and cost a rebuild). Afterwards the demo
    copy is put back, unless the test is marked read-only; a read-only test that
    wrote anything fails, so the marker cannot leave a change behind."""
    demo = request.config.stash[demo_database_key]
    read_only = request.node.get_closest_marker("readonly_demo") is not None
    request.node.stash[demo_kept_key] = True
    before = rows_written()
    with django_db_blocker.unblock():
        yield
    written = rows_written() - before
    if not read_only or written:
        demo.restore()
    if read_only and written:
        pytest.fail(
            f"Marked readonly_demo, yet it wrote {written} rows: remove the marker, "
            "so that the demo site is put back after it."
        )


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, with a database connection of its own in each
    request thread whatever ran first. (pytest-django hands the server the test
    thread's connection when the in-memory SQLite test database already exists, and
    Django's transaction state is not safe to share between threads; the in-memory
    database is shared between connections all the same.)"""
    address = (
        request.config.getvalue("liveserver")
        or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    server = LiveServer(address, start=False)
    server.thread.connections_override = {}
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site_url(live_server, transactional_db):
    """The live server's address, serving the demo site (built once per session;
    _django_db_helper above says how each test gets it fresh)."""
    return live_server.url


@pytest.fixture
def page(page):
    page.set_default_timeout(10_000)
    return page


def log_in(page, site_url, email, password=DEMO_PASSWORD):
    """Log in through the site's own form, as a person would."""
    page.goto(site_url + "/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
