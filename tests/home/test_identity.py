"""The site's identity: icons, the web manifest, link previews, the palette's
contrast, the type scale and the admin's branding."""

import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.template import Context, Template
from django.test import RequestFactory
from wagtail_factories import ImageFactory

from home.models import StandardPage
from tests.factories import UserFactory, english

STATIC = settings.PROJECT_DIR / "static"
CSS = (STATIC / "css" / "site.css").read_text()

pytestmark = pytest.mark.django_db


def test_favicon_answers_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_every_page_names_its_icons_and_manifest(client, soup):
    head = soup(client.get("/")).head
    assert head.select_one('link[rel=icon][type="image/svg+xml"]')["href"].endswith("icon.svg")
    assert head.select_one('link[rel=icon][href="/favicon.ico"]')
    for link in ("apple-touch-icon", "manifest"):
        href = head.select_one(f"link[rel={link}]")["href"]
        assert finders.find(href.removeprefix(settings.STATIC_URL)), href


def test_the_manifest_lists_icons_that_exist():
    manifest = json.loads((STATIC / "icons" / "site.webmanifest").read_text())
    assert manifest["name"] == "Heritage and Social Prescribing Community of Practice"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert (STATIC / "icons" / icon["src"]).exists(), icon["src"]


def test_link_previews_use_the_default_card_with_absolute_addresses(client, soup):
    about = english(StandardPage).get(slug="about")
    about.image = None
    about.save_revision().publish()
    head = soup(client.get("/about/")).head

    def meta(key):
        tag = head.select_one(f'meta[property="{key}"]') or head.select_one(f'meta[name="{key}"]')
        return tag["content"] if tag else None

    assert meta("og:title") == "About the community"
    assert meta("og:url") == "http://testserver/about/"
    assert meta("og:image") == "http://testserver/static/brand/social-card.png"
    assert (meta("og:image:width"), meta("og:image:height")) == ("1200", "630")
    assert meta("twitter:card") == "summary_large_image"
    assert meta("twitter:image") == meta("og:image")
    assert meta("og:description") and meta("description") == meta("og:description")


def test_a_page_with_its_own_image_shares_that_image(home_page):
    """A page type with an `image` field shares a 1200×630 cut of it."""
    image = ImageFactory(
        title="Canal at dusk",
        description="A canal lock at dusk",
        file__width=1600,
        file__height=1000,
    )

    class PageWithImage:
        title = "A walk along the canal"
        search_description = ""

    page = PageWithImage()
    page.image = image
    request = RequestFactory().get("/walk/")
    html = Template(
        "{% load identity_tags %}{% social_image as card %}{{ card.url }} "
        "{{ card.width }}x{{ card.height }} {{ card.alt }}"
    ).render(Context({"page": page, "request": request}))
    url, size, alt = html.split(" ", 2)
    assert url.startswith("http://testserver/") and "social-card" not in url
    assert size == "1200x630"
    assert alt == "A canal lock at dusk"


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one, two):
    lighter, darker = sorted((luminance(one), luminance(two)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


PALETTE = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", CSS))

# Every text colour on every ground it is used on.
TEXT_ON_GROUND = [
    ("ink", "paper"),
    ("ink", "paper-alt"),
    ("ink-muted", "paper"),
    ("ink-muted", "paper-alt"),
    ("brand", "paper"),
    ("brand", "paper-alt"),
    ("brand-dark", "paper"),
    ("brand-dark", "paper-alt"),
    ("brand-dark", "brand-tint"),
    ("brand-dark", "ochre"),
    ("accent", "paper"),
    ("accent", "paper-alt"),
    ("error", "paper"),
    ("success", "paper"),
    ("on-dark", "brand-dark"),
    ("on-dark", "brand"),
    ("ink", "focus"),
]


@pytest.mark.parametrize("text,ground", TEXT_ON_GROUND)
def test_text_colours_have_at_least_4_5_to_1_contrast(text, ground):
    ratio = contrast(PALETTE[text], PALETTE[ground])
    assert ratio >= 4.5, f"{text} on {ground}: {ratio:.2f}:1"


def test_no_heading_is_smaller_than_body_text():
    steps = {
        name: float(value) for name, value in re.findall(r"--(step-[-0-9]+):\s*([0-9.]+)rem", CSS)
    }
    body = steps["step-0"]
    # The heading elements' sizes, and any rule that sizes something called a heading.
    sizes = re.findall(r"(h[1-6][^{]*)\{[^}]*font-size:\s*var\(--(step-[-0-9]+)\)", CSS)
    assert sizes, "the type scale is not applied to headings"
    for selector, step in sizes:
        assert steps[step] >= body, selector
    for selector, size in re.findall(
        r"([^{}]*(?:heading|title|h[1-6])[^{}]*)\{[^}]*font-size:\s*([0-9.]+)rem", CSS
    ):
        assert float(size) >= body, f"{selector.strip()}: {size}rem is smaller than body text"


def test_admin_shows_the_community_mark_and_name(client):
    editor = UserFactory(
        email="branding.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "brand/mark.svg" in html
    assert "Community of Practice admin" in html
    assert "icons/icon.svg" in html
