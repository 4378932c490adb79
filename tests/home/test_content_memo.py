"""What uncached pages keep in each server process between requests (routes, which
restrictions govern a page, a guide's contents, language versions: home/routing.py,
home/privacy.py, home/languages.py, resources/models/guidance.py) is dropped at once
by any change, so a page rendered without the page cache never shows old content or
lets anyone past a new restriction."""

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import Page, PageViewRestriction

from home.content_version import Memo
from home.models import StandardPage
from resources.models import GuidancePage
from tests.factories import english

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache():
    with override_settings(PAGE_CACHE_SECONDS=0):
        yield


def members_only(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])


def test_a_new_restriction_stops_the_next_anonymous_visitor(client):
    about = english(StandardPage).get(slug="about")
    for _ in range(2):
        assert client.get("/about/").status_code == 200
    members_only(about)
    assert client.get("/about/").status_code == 302


def test_a_restriction_on_a_guide_stops_its_chapters_and_leaves_the_contents(client):
    chapter = english(GuidancePage).filter(depth__gte=5).order_by("path").first()
    guide = chapter.guide
    sibling = english(GuidancePage).filter(depth=guide.depth).exclude(pk=guide.pk).first()
    for _ in range(2):
        assert client.get(chapter.url).status_code == 200
        assert client.get(sibling.url).status_code == 200
    members_only(Page.objects.get(pk=chapter.get_parent().pk))
    assert client.get(chapter.url).status_code == 302
    # The other guide still shows, and its contents never list the hidden chapter.
    response = client.get(sibling.url)
    assert response.status_code == 200
    assert chapter.url not in response.content.decode()


def test_a_renamed_chapter_shows_in_its_guide_contents_at_once(client):
    chapter = english(GuidancePage).filter(depth__gte=5).order_by("path").first()
    guide_url = chapter.guide.url
    for _ in range(2):
        client.get(guide_url)
    chapter.title = "Quillbright renamed chapter"
    chapter.save_revision().publish()
    assert "Quillbright renamed chapter" in client.get(guide_url).content.decode()


def test_a_moved_page_is_routed_to_its_new_address_at_once(client, home_page):
    about = english(StandardPage).get(slug="about")
    target = english(StandardPage).exclude(path__startswith=about.path).first()
    for _ in range(2):
        assert client.get("/about/").status_code == 200
    about.move(target, pos="last-child")
    moved = Page.objects.get(pk=about.pk)
    # The old address is no longer routed to the page: Wagtail's redirect takes over.
    old = client.get("/about/")
    assert old.status_code == 301 and old["Location"] == moved.url
    assert client.get(moved.url).status_code == 200


def test_the_memo_keeps_a_bounded_number_of_values():
    memo = Memo()
    for number in range(Memo.MAX_VALUES + 10):
        memo.get(None, ("route", number), lambda number=number: number)
    assert len(memo._values) <= Memo.MAX_VALUES
    assert memo.get(None, ("route", 3), lambda: "again") == "again"
