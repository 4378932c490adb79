"""Every page type, loaded in Chromium under the site's Content-Security-Policy,
runs without a single violation: nothing the page needs is blocked, and nothing
inline slips in. Violations are caught both from the console and from the
`securitypolicyviolation` event."""

import pytest
from wagtail.models import Page

from events.models import EventPage
from home.models import StandardPage
from members.models import Profile
from resources.models import ResourcePage

from .accessibility import axe_violations
from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)

# Installed before any page script runs (through the browser's debugging
# protocol, so the policy itself cannot block it).
CATCH_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
        `(${event.sourceFile}:${event.lineNumber})`
    );
});
"""

PUBLIC_PAGES = {
    "home": "/",
    "standard page": "/about/",
    "standard page with downloads": "/about/pilot-schemes/heritage-connectors/",
    "guidance index": "/guidance/",
    "guide chapter": (
        "/guidance/getting-started/understanding-social-prescribing/working-with-link-workers/"
    ),
    "whole-guide print view": "/guidance/getting-started/print/",
    "library": "/resources/",
    "resource": "/resources/template-referral-form/",
    "events index": "/events/",
    "event": "/events/quarterly-meeting-winter/",
    "search": "/search/?q=heritage",
    "sign-up": "/accounts/signup/",
    "log in": "/accounts/login/",
    "page not found": "/no-such-page/",
    "Welsh home": "/cy/",
    "Welsh translated page": "/cy/about/",
    "Welsh guide chapter": "/cy/guidance/getting-started/understanding-social-prescribing/",
}


@pytest.fixture
def csp_page(page):
    """A page that records every policy violation, from the console or the event."""
    console = []
    page.add_init_script(CATCH_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.csp_console = console
    return page


def visit(page, url, wait_until="load"):
    """Open the address; return its violations (with the address), or []."""
    response = page.goto(url, wait_until=wait_until)
    assert response is not None
    headers = response.all_headers()
    assert "content-security-policy" in headers, f"{url} has no Content-Security-Policy"
    page.wait_for_load_state("networkidle")
    found = page.evaluate("window.__cspViolations") + page.csp_console
    page.csp_console.clear()
    return [f"{url}: {violation}" for violation in found]


def test_public_pages_run_without_policy_violations(csp_page, site_url):
    violations = []
    for path in PUBLIC_PAGES.values():
        violations += visit(csp_page, site_url + path)
    assert violations == []
    # The accessibility checks evaluate axe-core in the page; the policy must not stop them.
    csp_page.goto(site_url + "/")
    assert axe_violations(csp_page) == ""


def test_member_pages_run_without_policy_violations(csp_page, site_url):
    profile = (
        Profile.objects.filter(listed_in_directory=True, status="approved")
        .exclude(user__email="member@example.org")
        .first()
    )
    log_in(csp_page, site_url, "member@example.org")
    violations = []
    for path in [
        "/members/account/",
        "/members/",
        f"/members/{profile.pk}/",
        "/resources/submit/",
        "/events/quarterly-meeting-winter/",
        "/accounts/email/",
        "/accounts/password/change/",
        "/cy/members/account/",
    ]:
        violations += visit(csp_page, site_url + path)
    assert violations == []


def test_admin_runs_without_policy_violations(csp_page, site_url):
    log_in(csp_page, site_url, "editor@example.org")
    english = {"locale__language_code": "en"}
    pages = [
        StandardPage.objects.filter(**english).first(),
        EventPage.objects.filter(**english).first(),
        ResourcePage.objects.filter(**english).first(),
    ]
    violations = visit(csp_page, site_url + "/")  # the editor's userbar on the site
    for path in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{Page.objects.get(depth=2, **english).pk}/",
        *(f"/admin/pages/{page.pk}/edit/" for page in pages),
        "/admin/documents/",
        "/admin/images/",
        "/admin/reports/site-history/",
    ]:
        violations += visit(csp_page, site_url + path)
    assert violations == []
