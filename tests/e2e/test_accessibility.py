"""The accessibility gate: every page type and form state, in a real browser."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from members.models import Profile

from .accessibility import (
    axe_violations,
    has_horizontal_scroll,
    skipped_heading_levels,
    tab_through,
)
from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)

# One address per page type and per form state that exists on the site.
PAGES = {
    "home page": "/",
    "standard page": "/about/",
    "standard page with children": "/about/pilot-schemes/",
    "standard page with downloads": "/about/pilot-schemes/heritage-connectors/",
    "standard page with a table": "/about/heritage-and-wellbeing/",
    "standard page with an accordion": "/about/what-is-social-prescribing/",
    "search form": "/search/",
    "search results": "/search/?q=heritage",
    "search with no results": "/search/?q=zzqxjv",
    "search error state (empty query)": "/search/?q=",
    "search error state (very long query)": "/search/?q=" + "heritage+" * 400,
    "page not found": "/no-such-page/",
    "guidance index page": "/guidance/",
    "guidance index filtered to nothing": "/guidance/?kind=toolkit&topic=ethics",
    "guide (ethics standards)": "/guidance/ethical-standards/",
    "guide chapter, nested": (
        "/guidance/getting-started/understanding-social-prescribing/working-with-link-workers/"
    ),
    "guide with downloads": "/guidance/heritage-buddies-toolkit/",
    "whole-guide print view": "/guidance/getting-started/print/",
    "resource library": "/resources/",
    "resource library, searched and filtered": "/resources/?q=heritage&type=case-study",
    "resource library, nothing found": "/resources/?q=zzqxjv",
    "resource page": "/resources/template-referral-form/",
    "resource page, case study": "/resources/case-study-dig-day/",
    "event index page": "/events/",
    "event page, upcoming": "/events/quarterly-meeting-winter/",
    "event page, past with minutes": "/events/quarterly-meeting-spring/",
    "event page, cancelled": "/events/site-visit-historic-mill/",
    "partner sectors index": "/about/partner-sectors/",
    "partner sector page": "/about/partner-sectors/health/",
    "Welsh home page": "/cy/",
    "Welsh translated page": "/cy/about/",
    "Welsh guide chapter": "/cy/guidance/getting-started/understanding-social-prescribing/",
    "Welsh page not yet translated (notice)": "/cy/about/what-is-social-prescribing/",
    "Welsh resource library": "/cy/resources/",
    "Welsh search results": "/cy/search/?q=canllaw",
}


@pytest.mark.readonly_demo
@pytest.mark.parametrize("name", PAGES)
def test_no_axe_violations(page, site_url, name):
    page.goto(site_url + PAGES[name])
    assert axe_violations(page) == ""


# Pages seen only when logged in, and forms in their error state.
MEMBER_PAGES = {
    "my account": "/members/account/",
    "share a resource": "/resources/submit/",
    "event page, registered with joining link": "/events/quarterly-meeting-winter/",
    "event page, registration form": "/events/workshop-referral-pathways/",
    "member directory": "/members/",
    "member profile with contact form": "/members/{profile}/",
    "delete account": "/members/account/delete/",
    "change password": "/accounts/password/change/",
    "change e-mail": "/accounts/email/",
}
FORM_ERRORS = {
    "sign-up form with errors": ("/accounts/signup/", "Join"),
    "log-in form with errors": ("/accounts/login/", "Log in"),
    "password reset with errors": ("/accounts/password/reset/", "Send me the link"),
    "Welsh sign-up form with errors": ("/cy/accounts/signup/", "Ymuno"),
}


@pytest.mark.readonly_demo
@pytest.mark.parametrize(
    "path", ["/accounts/signup/", "/accounts/login/", "/accounts/password/reset/"]
)
def test_account_forms_have_no_axe_violations(page, site_url, path):
    page.goto(site_url + path)
    assert axe_violations(page) == ""
    assert skipped_heading_levels(page) == []


@pytest.mark.readonly_demo
@pytest.mark.parametrize("name", FORM_ERRORS)
def test_forms_in_their_error_state_have_no_axe_violations(page, site_url, name):
    path, button = FORM_ERRORS[name]
    page.goto(site_url + path)
    page.get_by_role("button", name=button).click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    # Every error in the summary links to its field, which names the error.
    for link in summary.locator("a").all():
        target = link.get_attribute("href")
        field = page.locator(target)
        described_by = field.get_attribute("aria-describedby") or ""
        assert field.get_attribute("aria-invalid") == "true", target
        assert any(part.endswith("_error") for part in described_by.split()), target
    assert axe_violations(page) == ""


@pytest.mark.parametrize("name", MEMBER_PAGES)
def test_member_pages_have_no_axe_violations(page, site_url, name):
    profile = (
        Profile.objects.filter(listed_in_directory=True, status="approved")
        .exclude(user__email="member@example.org")
        .first()
    )
    log_in(page, site_url, "member@example.org")
    page.goto(site_url + MEMBER_PAGES[name].format(profile=profile.pk))
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == ""
    assert skipped_heading_levels(page) == []


def test_resource_form_error_state_has_no_axe_violations(page, site_url):
    log_in(page, site_url, "member@example.org")
    page.goto(site_url + "/resources/submit/")
    page.get_by_role("button", name="Send for review").click()
    expect(page.locator(".error-summary")).to_be_focused()
    assert axe_violations(page) == ""


def test_contact_form_error_state_has_no_axe_violations(page, site_url):
    profile = (
        Profile.objects.filter(listed_in_directory=True, status="approved")
        .exclude(user__email="member@example.org")
        .first()
    )
    log_in(page, site_url, "member@example.org")
    page.goto(f"{site_url}/members/{profile.pk}/")
    page.get_by_role("button", name="Send message").click()
    expect(page.locator(".error-summary")).to_be_focused()
    assert axe_violations(page) == ""


def test_pending_applicant_page_has_no_axe_violations(page, site_url):
    user = get_user_model().objects.get(email="demo.member33@example.org")
    user.set_password("pending-password-1")
    user.save()
    log_in(page, site_url, user.email, "pending-password-1")
    page.goto(site_url + "/members/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "This part of the site is for approved members"
    )
    assert axe_violations(page) == ""


@pytest.mark.readonly_demo
@pytest.mark.parametrize("name", PAGES)
def test_headings_do_not_skip_levels(page, site_url, name):
    page.goto(site_url + PAGES[name])
    assert page.locator("h1").count() == 1
    assert skipped_heading_levels(page) == []


@pytest.mark.readonly_demo
@pytest.mark.parametrize(
    "path", ["/", "/about/pilot-schemes/heritage-connectors/", "/search/?q=heritage", "/cy/about/"]
)
def test_every_interactive_element_shows_its_focus(page, site_url, path):
    page.goto(site_url + path)
    stops = tab_through(page)
    assert len(stops) > 5
    assert [stop["label"] for stop in stops if not stop["visible"]] == []


@pytest.mark.readonly_demo
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/about/heritage-and-wellbeing/",
        "/about/pilot-schemes/",
        "/search/?q=heritage",
        "/cy/about/",
    ],
)
def test_content_reflows_at_400_percent_zoom(page, site_url, path):
    # 400% zoom of a 1280 x 1024 screen leaves a 320 x 256 CSS-pixel viewport.
    page.set_viewport_size({"width": 320, "height": 256})
    page.goto(site_url + path)
    assert not has_horizontal_scroll(page)
    assert page.locator("main h1").is_visible()
