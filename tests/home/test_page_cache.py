"""The anonymous page cache (home/page_cache.py): pages are served from the cache
to anonymous visitors, every change reaches the next visitor at once, and nothing
personal, members-only or attacker-chosen is ever kept."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.rich_text import RichText

from events.models import EventIndexPage, EventPage, EventType
from home.demo.welsh import translate_page
from home.models import SiteSettings, StandardPage
from resources.models import ResourceLibraryPage, ResourcePage
from tests.factories import StandardPageFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def real_hosts():
    """Production names its hosts; the cache serves only those (tests allow any)."""
    with override_settings(ALLOWED_HOSTS=["testserver"], PAGE_CACHE_SECONDS=600):
        yield


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def cached(client, path, **headers):
    """Fetch `path` until it comes from the cache; the cached response."""
    first = client.get(path, **headers)
    assert first.status_code == 200, (path, first.status_code)
    second = client.get(path, **headers)
    assert second.get("X-Page-Cache") == "hit", f"{path} was not served from the cache"
    assert second.content == first.content
    return second


def page_entries():
    return [key for key in cache._cache if ":page:" in key]


@pytest.fixture
def about():
    return english(StandardPage).get(slug="about")


# Served from the cache


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, django_assert_num_queries
):
    cached(client, "/about/")
    with django_assert_num_queries(0):
        response = client.get("/about/")
    assert response.get("X-Page-Cache") == "hit"
    assert "Log in" in response.content.decode()


def test_each_language_has_its_own_entry(client):
    english_page = cached(client, "/about/").content.decode()
    welsh_page = cached(client, "/cy/about/").content.decode()
    assert '<html lang="en"' in english_page and '<html lang="cy"' in welsh_page
    # The language comes from the path, never from what the browser asks for.
    response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="cy")
    assert '<html lang="en"' in response.content.decode()


def test_browsers_revalidate_and_get_304(client):
    response = cached(client, "/about/")
    assert response["Cache-Control"] == "public, no-cache"
    assert response["Last-Modified"]
    again = client.get("/about/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


# Every change reaches the next anonymous visitor at once


def test_an_editors_publish_appears_at_once(client, about):
    cached(client, "/about/")
    cached(client, "/")
    about.title = "About the network"
    publish(about)
    assert "<h1>About the network</h1>" in client.get("/about/").content.decode()
    # The menu on every other page says so too.
    assert "About the network" in client.get("/").content.decode()


def test_unpublishing_removes_the_page_at_once(client, about):
    cached(client, "/about/")
    about.unpublish()
    assert client.get("/about/").status_code == 404


def test_a_move_appears_at_once(client, home_page):
    parent = publish(StandardPageFactory(parent=home_page, title="Parent", slug="parent"))
    moving = publish(StandardPageFactory(parent=home_page, title="Moving", slug="moving"))
    cached(client, "/moving/")
    cached(client, "/parent/")
    moving.move(parent, pos="last-child")
    # The old address now redirects (Wagtail keeps a redirect), never the old page.
    assert client.get("/moving/").status_code == 301
    assert client.get("/parent/moving/").status_code == 200
    assert "/parent/moving/" in client.get("/parent/").content.decode()


def test_deleting_a_page_removes_it_at_once(client, home_page):
    page = publish(StandardPageFactory(parent=home_page, title="Short lived", slug="short"))
    cached(client, "/short/")
    page.delete()
    assert client.get("/short/").status_code == 404


def test_a_privacy_change_appears_at_once(client, about):
    cached(client, "/about/")
    cached(client, "/cy/about/")
    cached(client, "/")
    restriction = PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])
    assert client.get("/about/").status_code == 302
    assert client.get("/cy/about/").status_code == 302
    assert 'href="/about/"' not in client.get("/").content.decode()


def test_a_translation_appears_at_once(client, home_page):
    page = publish(StandardPageFactory(parent=home_page, title="Opening hours", slug="hours"))
    untranslated = cached(client, "/cy/hours/").content.decode()
    assert "notice--translation" in untranslated
    translate_page(page, Locale.objects.get(language_code="cy"), {"Opening hours": "Oriau agor"})
    response = client.get("/cy/hours/").content.decode()
    assert "<h1>Oriau agor</h1>" in response
    assert "notice--translation" not in response


def test_a_site_setting_appears_at_once(client):
    cached(client, "/about/")
    settings = SiteSettings.load()
    settings.contact_email = "new-address@example.org"
    settings.save()
    assert "new-address@example.org" in client.get("/about/").content.decode()


def test_a_new_resource_appears_in_the_library_at_once(client):
    cached(client, "/resources/")
    library = english(ResourceLibraryPage).get()
    resource = ResourcePage(
        title="Brand new toolkit",
        slug="brand-new-toolkit",
        summary="A toolkit.",
        resource_type="guide-toolkit",
        publication_date=timezone.localdate(),  # newest first
    )
    library.add_child(instance=resource)
    publish(resource)
    assert "Brand new toolkit" in client.get("/resources/").content.decode()


def test_the_next_meeting_moves_on_when_it_passes(client):
    index = english(EventIndexPage).get()
    start = timezone.now() + datetime.timedelta(days=2)
    for title, days in (("Soon meeting", 0), ("Later meeting", 30)):
        event = EventPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            start=start + datetime.timedelta(days=days),
            end=start + datetime.timedelta(days=days, hours=2),
            event_type=EventType.QUARTERLY_MEETING,
        )
        index.add_child(instance=event)
        publish(event)
    # Earlier demo meetings would come first; leave only ours upcoming.
    EventPage.objects.exclude(title__in=["Soon meeting", "Later meeting"]).filter(
        start__gte=timezone.now()
    ).update(start=timezone.now() - datetime.timedelta(days=400))
    cache.clear()
    assert "Soon meeting" in cached(client, "/").content.decode()
    with time_machine.travel(start + datetime.timedelta(hours=3), tick=False):
        assert "Later meeting" in client.get("/").content.decode()


def test_a_cold_cache_serves_correct_pages(client, about):
    cached(client, "/about/")
    cache.clear()  # a Redis restart, a deploy
    about.title = "After the restart"
    about.save_revision().publish()
    cache.clear()
    assert "<h1>After the restart</h1>" in client.get("/about/").content.decode()


# Never cached


def test_logged_in_people_never_get_the_cached_page(client, about):
    cached(client, "/about/")
    member = make_person("cache.member@example.org")
    client.force_login(member)
    response = client.get("/about/")
    assert response.get("X-Page-Cache") is None
    assert "Your account" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_what_a_logged_in_person_sees_is_never_kept_for_others(client, about):
    client.force_login(make_person("first.visitor@example.org"))
    client.get("/about/")
    client.get("/about/")
    client.logout()
    client.cookies.clear()
    response = client.get("/about/")
    assert "Your account" not in response.content.decode()
    assert response.get("X-Page-Cache") != "hit"


def test_members_only_pages_are_never_cached(client, home_page):
    secret = StandardPageFactory(
        parent=home_page,
        title="Members corner",
        slug="corner",
        body=[("paragraph", RichText("<p>Quillzephyr plans.</p>"))],
    )
    publish(secret)
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])
    client.force_login(make_person("corner.member@example.org"))
    assert "Quillzephyr" in client.get("/corner/").content.decode()
    client.logout()
    client.cookies.clear()
    for _ in range(2):
        response = client.get("/corner/")
        assert response.status_code == 302
        assert "Quillzephyr" not in response.content.decode()
    assert not page_entries() or all("corner" not in key for key in page_entries())


def test_password_protected_page_and_its_csrf_form_are_never_cached(client, home_page):
    page = publish(StandardPageFactory(parent=home_page, title="Sealed", slug="sealed"))
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
    )
    for _ in range(2):
        response = client.get("/sealed/")
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert response.get("X-Page-Cache") is None
    assert all("sealed" not in key for key in page_entries())


def test_pending_messages_are_never_cached_or_hidden(client):
    cached(client, "/about/")
    client.cookies["messages"] = "anything"
    assert client.get("/about/").get("X-Page-Cache") is None


# Bad input


def test_unknown_query_parameters_create_no_entries(client):
    cached(client, "/about/")
    before = len(page_entries())
    for n in range(30):
        response = client.get(f"/about/?utm_source={n}")
        assert response.status_code == 200
        assert response.get("X-Page-Cache") is None
    assert len(page_entries()) == before


def test_unknown_hosts_and_ports_create_no_entries(client):
    cached(client, "/about/")
    before = len(page_entries())
    assert client.get("/about/", HTTP_HOST="evil.example").status_code == 400
    for port in range(8000, 8010):
        response = client.get("/about/", HTTP_HOST=f"testserver:{port}")
        assert response.status_code == 200
        assert response.get("X-Page-Cache") is None
        assert f"testserver:{port}" not in client.get("/about/").content.decode()
    assert len(page_entries()) == before


def test_cookies_and_missing_pages_create_no_entries(client):
    cached(client, "/about/")
    before = len(page_entries())
    for n in range(10):
        client.cookies["tracker"] = str(n)
        assert client.get("/about/").get("X-Page-Cache") == "hit"
        assert client.get(f"/no-such-page-{n}/").status_code == 404
    assert len(page_entries()) == before
