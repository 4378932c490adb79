"""The download counter behind "Most downloaded" counts people who press the
Download button (a POST), not GET requests that anyone can loop, prefetch or crawl."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from members.models import Profile
from resources.models import ResourcePage
from tests.factories import english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def resource(db):
    return english(ResourcePage).live().get(slug="template-referral-form")


def downloads(resource):
    return ResourcePage.objects.get(pk=resource.pk).download_count


def test_anonymous_get_loops_do_not_inflate_the_count(client, resource):
    before = downloads(resource)
    for _ in range(25):
        response = client.get(resource.download_url())
        # A plain link still hands over the file: nothing breaks for people.
        assert response.status_code == 302 and response["Location"] == resource.document.url
    assert downloads(resource) == before
    assert client.head(resource.download_url()).status_code == 302
    assert downloads(resource) == before


def test_the_download_button_works_without_javascript_and_counts(client, resource):
    html = BeautifulSoup(client.get(resource.url).content, "html.parser")
    form = html.select_one("form.resource__download")
    assert form["method"] == "post" and form["action"] == resource.download_url()
    assert form.select_one("button").get_text(strip=True).startswith("Download (PDF")
    before = downloads(resource)
    # As a browser sends it: the page carries no per-visitor token, so none is needed.
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(form["action"], follow=True)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert downloads(resource) == before + 1


def test_one_visitor_pressing_again_and_again_counts_once(client, resource):
    before = downloads(resource)
    for _ in range(10):
        assert client.post(resource.download_url()).status_code == 303
    assert downloads(resource) == before + 1
    # Someone else's download still counts.
    client.post(resource.download_url(), REMOTE_ADDR="192.0.2.77")
    assert downloads(resource) == before + 2


def test_members_only_downloads_still_need_a_member(client, resource):
    restriction = PageViewRestriction.objects.create(
        page=resource, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    before = downloads(resource)
    for method in (client.get, client.post):
        response = method(resource.download_url())
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert downloads(resource) == before
    client.force_login(make_person("downloading.member@example.org"))
    response = client.post(resource.download_url())
    assert response.status_code == 303 and response["Location"] == resource.document.url
    assert downloads(resource) == before + 1


@pytest.mark.parametrize("method", ["get", "post"])
def test_refused_downloads_do_not_reveal_the_members_only_resource(client, resource, method):
    """Download addresses are numbered in sequence: looping over them must not list
    the addresses (and so the titles) of members-only resources. A pending applicant
    gets the same 403 as the page gives them."""
    restriction = PageViewRestriction.objects.create(
        page=resource, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    response = getattr(client, method)(resource.download_url())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert resource.slug not in response["Location"]
    client.force_login(make_person("pending.downloader@example.org", status=Profile.Status.APPLIED))
    response = getattr(client, method)(resource.download_url())
    assert response.status_code == 403
    assert resource.slug not in response.content.decode()
