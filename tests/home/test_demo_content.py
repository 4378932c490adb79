"""The demo command builds a complete, working site, and running it twice changes nothing."""

import io
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.models import Page, Revision, Site

from home.models import HomePage

pytestmark = pytest.mark.django_db

DEMO_PAGE_PATHS = [
    "/",
    "/about/",
    "/about/what-is-social-prescribing/",
    "/about/heritage-and-wellbeing/",
    "/about/pilot-schemes/",
    "/about/pilot-schemes/heritage-connectors/",
    "/about/pilot-schemes/heritage-buddies/",
    "/join/",
    "/privacy/",
    "/accessibility/",
]


def run_demo_command():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def test_second_run_changes_nothing():
    counts_before = (
        Page.objects.count(),
        Document.objects.count(),
        Revision.objects.count(),
        get_user_model().objects.count(),
        Site.objects.count(),
    )
    run_demo_command()
    counts_after = (
        Page.objects.count(),
        Document.objects.count(),
        Revision.objects.count(),
        get_user_model().objects.count(),
        Site.objects.count(),
    )
    assert counts_after == counts_before


def test_demo_site_is_served_from_the_community_home_page(site):
    assert isinstance(site.root_page.specific, HomePage)
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


@pytest.mark.parametrize("path", DEMO_PAGE_PATHS)
def test_every_demo_page_has_one_main_one_h1_and_a_language(client, soup, path):
    response = client.get(path)
    assert response.status_code == 200
    html = soup(response)
    assert len(html.find_all("main")) == 1
    assert len(html.find_all("h1")) == 1
    assert html.html["lang"] == "en"


def test_about_page_lists_the_seven_objectives(client, soup):
    html = soup(client.get("/about/"))
    objectives = html.select("main ol li")
    assert len(objectives) == 7
    assert "repository" in objectives[6].get_text() or "library" in objectives[6].get_text()


def test_pilot_pages_offer_real_pdf_downloads(client, soup):
    for path in [
        "/about/pilot-schemes/heritage-connectors/",
        "/about/pilot-schemes/heritage-buddies/",
    ]:
        links = soup(client.get(path)).select(".document-links a")
        assert len(links) == 3
        for link in links:
            response = client.get(link["href"])
            assert response.status_code == 200
            content = b"".join(response.streaming_content)
            assert content.startswith(b"%PDF-")
            assert response["Content-Type"] == "application/pdf"


def test_demo_accounts_log_in_with_the_demo_password(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "a-demo-password-for-tests")
    output = run_demo_command()
    assert "a-demo-password-for-tests" in output
    editor = authenticate(email="editor@example.org", password="a-demo-password-for-tests")
    member = authenticate(email="member@example.org", password="a-demo-password-for-tests")
    assert editor is not None and editor.has_perm("wagtailadmin.access_admin")
    assert member is not None and not member.has_perm("wagtailadmin.access_admin")
    assert member.groups.filter(name="Members").exists()


def test_generated_demo_password_is_kept_between_runs(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    first = run_demo_command()
    second = run_demo_command()
    line = [line for line in first.splitlines() if "password" in line]
    assert line and line == [line for line in second.splitlines() if "password" in line]


def test_every_page_reachable_from_home_answers_with_the_site_layout(client, soup):
    """Follow every internal link from / and check nothing is broken."""
    seen, queue = set(), deque(["/"])
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        # Members-only links lead to the login page, downloads to their file.
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = soup(response)
        assert len(html.find_all("main")) == 1, path
        assert len(html.find_all("h1")) == 1, path
        assert html.html.get("lang"), path
        for link in html.select("a[href]"):
            href = link["href"]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue
            if parts.path.startswith("/admin/"):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert set(DEMO_PAGE_PATHS) <= seen
