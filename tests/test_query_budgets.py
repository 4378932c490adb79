"""Query budgets: every public page type renders in at most 12 queries when it is
not in the page cache, on the demo site and with ten times its guides and events.

Measured as an anonymous visitor's render with the page cache off, after a first
visit (as on a running server, where the menu, site settings and view
restrictions are kept per content version; see home/content_version.py)."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from bench.scale_data import PREFIX, add_scale_data
from events.models import EventIndexPage, EventPage
from resources.models import GuidanceIndexPage, GuidancePage, ResourcePage
from tests.factories import english

pytestmark = pytest.mark.django_db

BUDGET = 12


@pytest.fixture(autouse=True)
def uncached():
    with override_settings(PAGE_CACHE_SECONDS=0):
        yield


def deepest(model, language="en"):
    pages = model.objects.live().filter(locale__language_code=language, alias_of=None)
    return pages.order_by("-depth", "path").first().url


def page_types():
    return {
        "home": "/",
        "standard page": "/about/",
        "guidance index": "/guidance/",
        "guide chapter": deepest(GuidancePage),
        "print view": english(GuidancePage).filter(depth=4, live=True).first().url + "print/",
        "resource": english(ResourcePage).live().filter(document__isnull=False).first().url,
        "events index": "/events/",
        "event": english(EventPage).live().first().url,
        "Welsh home": "/cy/",
        "Welsh chapter": deepest(GuidancePage, "cy"),
        "partner sectors": "/about/partner-sectors/",
        "sector page": "/about/partner-sectors/health/",
        "Welsh sector page": "/cy/about/partner-sectors/health/",
    }


def render_queries(client, path, django_assert_max_num_queries):
    assert client.get(path).status_code == 200, path  # a first visit
    with django_assert_max_num_queries(BUDGET) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


@pytest.mark.parametrize(
    "kind",
    [
        "home",
        "standard page",
        "guidance index",
        "guide chapter",
        "print view",
        "resource",
        "events index",
        "event",
        "Welsh home",
        "Welsh chapter",
        "partner sectors",
        "sector page",
        "Welsh sector page",
    ],
)
def test_public_page_type_within_budget(client, kind, django_assert_max_num_queries):
    render_queries(client, page_types()[kind], django_assert_max_num_queries)


def test_listings_within_budget_at_ten_times_the_data(client, django_assert_max_num_queries):
    guides = Page.objects.child_of(english(GuidanceIndexPage).get()).count()
    events = Page.objects.child_of(english(EventIndexPage).get()).count()
    small = {
        path: render_queries(client, path, django_assert_max_num_queries)
        for path in ("/guidance/", "/events/")
    }
    add_scale_data(chapters=9 * guides * 10, events=9 * events, per_guide=10, report=str)
    assert Page.objects.child_of(english(EventIndexPage).get()).count() >= 10 * events
    for path, queries in small.items():
        assert render_queries(client, path, django_assert_max_num_queries) == queries, path


def test_a_hundred_page_guide_within_budget(client, django_assert_max_num_queries):
    """A chapter's contents tree and the whole-guide print view, at 100 pages."""
    add_scale_data(chapters=100, report=str)
    guide = english(GuidancePage).get(slug="scale-guide-0")
    assert guide.get_descendants().count() == 100
    for path in (guide.url + "section-9/chapter-8/", guide.url + "print/"):
        render_queries(client, path, django_assert_max_num_queries)


def test_a_sector_page_within_budget_at_ten_times_the_data(client, django_assert_max_num_queries):
    """Every listing is cut short in the database, so more tagged pages cost no more
    queries."""
    path = "/about/partner-sectors/health/"
    small = render_queries(client, path, django_assert_max_num_queries)
    add_scale_data(resources=40, chapters=40, events=40, per_guide=10, report=str)
    for model in (ResourcePage, GuidancePage, EventPage):
        english(model).filter(slug__startswith=PREFIX).update(sectors="health")
    assert render_queries(client, path, django_assert_max_num_queries) == small
