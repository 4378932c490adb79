"""Security headers: a Content-Security-Policy and a Permissions-Policy on every
response, and pages with personal data kept out of every cache."""

import base64
import datetime
import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from events.registration import register
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = [
    "/",
    "/cy/",
    "/search/?q=heritage",
    "/resources/",
    "/resources/feed/",
    "/events/",
    "/events/feed.ics",
    "/robots.txt",
    "/sitemap.xml",
    "/no-such-page/",
    "/accounts/login/",
    "/cy/accounts/signup/",
    "/admin/login/",
]


def directives(response):
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_every_response_has_a_strict_content_security_policy(client, path):
    response = client.get(path)
    assert "Content-Security-Policy" in response, path
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "frame-ancestors" in policy and "base-uri" in policy and "form-action" in policy
    if not path.startswith("/admin/"):
        for directive in ("script-src", "style-src"):
            sources = policy.get(directive, policy["default-src"])
            assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_every_response_has_a_permissions_policy(client, path):
    header = client.get(path)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in header


def test_editors_admin_has_a_policy_too(client):
    client.force_login(UserFactory(email="csp.editor@example.org", is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert directives(response)["default-src"] == ["'self'"]
    assert directives(response)["object-src"] == ["'none'"]


def test_public_pages_for_visitors_stay_cacheable(client):
    assert "no-store" not in client.get("/").get("Cache-Control", "")


def assert_private(response, path):
    assert response.status_code == 200, path
    cache_control = response.get("Cache-Control", "")
    assert "private" in cache_control and "no-store" in cache_control, (path, cache_control)


@pytest.fixture
def event_with_link(home_page):
    index = english(EventIndexPage).get(slug="events")
    start = timezone.now() + datetime.timedelta(days=5)
    event = EventPage(
        title="Online catch-up",
        slug="online-catch-up",
        start=start,
        end=start + datetime.timedelta(hours=1),
        joining_link="https://meet.example.org/private-room",
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return english(EventPage).get(pk=event.pk)


def test_pages_with_personal_data_are_never_cached(client, event_with_link):
    member = make_person("cached.member@example.org", full_name="Cached Member")
    listed = make_person("listed.member@example.org")
    register(event_with_link, member)
    client.force_login(member)
    paths = [
        reverse("members:account"),
        reverse("members:download_data"),
        reverse("members:directory"),
        listed.profile.get_absolute_url(),
        reverse("members:delete_account"),
        "/accounts/email/",
        "/accounts/password/change/",
        "/cy/members/account/",
    ]
    for path in paths:
        assert_private(client.get(path), path)
    event_page = client.get(event_with_link.url)
    assert "private-room" in event_page.content.decode()
    assert_private(event_page, event_with_link.url)


@pytest.mark.parametrize(
    "path",
    ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/cy/accounts/login/"],
)
def test_account_pages_are_never_cached_even_for_visitors(client, path):
    assert_private(client.get(path), path)


def test_editor_pages_are_never_cached(client):
    editor = UserFactory(
        email="nocache.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )
    client.force_login(editor)
    assert_private(client.get("/admin/"), "/admin/")


# No inline script or style in the site's own templates: the policy allows none.

INLINE = [
    (
        re.compile(
            r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I
        ),
        "inline <script>",
    ),
    (re.compile(r"<style\b", re.I), "inline <style>"),
    (re.compile(r"\sstyle=", re.I), "style attribute"),
    (re.compile(r"\son[a-z]+=", re.I), "event handler attribute"),
    (re.compile(r"javascript:", re.I), "javascript: URL"),
]


def is_email(template):
    """E-mails are not pages the browser's content security policy governs, and
    mail programs read only inline styles."""
    parts = template.parts
    return "email" in parts or ("wagtailadmin" in parts and "notifications" in parts)


INLINE_SCRIPT = re.compile(r"<script>([^<]*)</script>")


def test_site_templates_have_no_inline_script_or_style():
    found = []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        if is_email(template.relative_to(settings.BASE_DIR)):
            continue
        text = template.read_text(encoding="utf-8")
        for pattern, what in INLINE:
            if pattern.search(text):
                found.append(f"{template.relative_to(settings.BASE_DIR)}: {what}")
    assert not found, found


@pytest.mark.parametrize(
    "path", ["/", "/accounts/signup/", "/accounts/login/", "/resources/", "/cy/accounts/signup/"]
)
def test_rendered_pages_have_no_inline_script_or_style(client, path):
    """Widgets from libraries (allauth's sign-up trap, for one) are checked too. The
    one inline script a page may have is the policy's own, allowed by its hash."""
    response = client.get(path)
    html = response.content.decode()
    scripts = INLINE_SCRIPT.findall(html)
    assert scripts == [settings.HAS_SCRIPT_MARKER], (path, scripts)
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in response["Content-Security-Policy"]
    html = INLINE_SCRIPT.sub("", html)
    found = [what for pattern, what in INLINE if pattern.search(html)]
    assert not found, (path, found)
