"""Sitemap, robots.txt and error pages."""

import pytest
from django.contrib.auth.models import Group
from django.template.loader import render_to_string
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_pages_only(client, home_page):
    StandardPageFactory(parent=home_page, title="Draft", slug="draft-only", live=False)
    private = StandardPageFactory(parent=home_page, title="Members area", slug="members-area")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Members"))
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    for path in ["/about/", "/about/pilot-schemes/heritage-buddies/", "/privacy/"]:
        assert f"{path}</loc>" in xml
    assert "/draft-only/" not in xml
    assert "/members-area/" not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_unknown_address_gives_404_in_the_site_layout(client, soup):
    response = client.get("/no-such-page/at-all/")
    assert response.status_code == 404
    html = soup(response)
    assert html.h1.get_text() == "Page not found"
    assert html.body["class"] == ["template-404"]
    assert html.select_one("nav.main-nav") is not None
    assert html.select_one("main form[role=search]") is not None


def test_server_error_page_renders_without_a_database_or_request():
    html = render_to_string("500.html")
    assert "Sorry, something went wrong" in html
    assert "<main" in html and html.count("<h1") == 1


def test_server_error_page_shows_no_template_comment():
    # A {# #} comment spanning lines is not a comment to Django: it would be shown.
    html = render_to_string("500.html")
    assert "{#" not in html and "#}" not in html
    assert "Rendered without a request" not in html
