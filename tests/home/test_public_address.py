"""One public address (SITE_URL): the Site record, the sitemap and robots.txt
use it, whatever host name the request came in on."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site

pytestmark = pytest.mark.django_db

ADDRESS = "http://127.0.0.1:8111"


@override_settings(SITE_URL=ADDRESS, WAGTAILADMIN_BASE_URL=ADDRESS)
def test_the_demo_site_record_follows_the_public_address():
    call_command("load_demo_content", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8111)
    assert site.root_page.specific.full_url.startswith(ADDRESS + "/")


@override_settings(SITE_URL=ADDRESS, WAGTAILADMIN_BASE_URL=ADDRESS)
def test_sitemap_and_robots_name_the_public_address(client):
    sitemap = client.get("/sitemap.xml", HTTP_HOST="localhost").content.decode()
    locations = sitemap.split("<loc>")[1:]
    assert locations
    assert all(loc.startswith(ADDRESS + "/") for loc in locations)
    robots = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert f"Sitemap: {ADDRESS}/sitemap.xml" in robots
